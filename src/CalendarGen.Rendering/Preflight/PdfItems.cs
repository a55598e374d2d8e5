using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace CalendarGen.Rendering.Preflight;

/// <summary>Small readers over PDFsharp's object model that follow indirect references and tolerate odd files.</summary>
internal static class PdfItems
{
    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    public static PdfDictionary? Dictionary(PdfDictionary? owner, string key) => Resolve(owner?.Elements[key]) as PdfDictionary;

    public static PdfArray? Array(PdfDictionary? owner, string key) => Resolve(owner?.Elements[key]) as PdfArray;

    /// <summary>A name value without its slash ("DeviceRGB"), or null.</summary>
    public static string? Name(PdfItem? item) => Resolve(item) is PdfName name ? name.Value.TrimStart('/') : null;

    public static string? Name(PdfDictionary? owner, string key) => Name(owner?.Elements[key]);

    public static double? Number(PdfItem? item) => Resolve(item) switch
    {
        PdfInteger i => i.Value,
        PdfReal r => r.Value,
        PdfLongInteger l => l.Value,
        _ => null,
    };

    public static double? Number(PdfDictionary? owner, string key) => Number(owner?.Elements[key]);

    public static bool? Boolean(PdfDictionary? owner, string key) =>
        Resolve(owner?.Elements[key]) is PdfBoolean b ? b.Value : null;

    /// <summary>The filter names of a stream dictionary (one name or an array of them).</summary>
    public static IEnumerable<string> Filters(PdfDictionary dictionary)
    {
        switch (Resolve(dictionary.Elements["/Filter"]))
        {
            case PdfName name:
                yield return name.Value.TrimStart('/');
                break;
            case PdfArray array:
                foreach (var element in array.Elements)
                {
                    if (Name(element) is { } n)
                    {
                        yield return n;
                    }
                }

                break;
        }
    }

    /// <summary>A rectangle array as (llx, lly, urx, ury), normalised, or null.</summary>
    public static (double X0, double Y0, double X1, double Y1)? Box(PdfDictionary? owner, string key)
    {
        // PDFsharp turns a page's boxes into rectangles when it reads the page.
        if (Resolve(owner?.Elements[key]) is PdfRectangle rectangle)
        {
            return (Math.Min(rectangle.X1, rectangle.X2), Math.Min(rectangle.Y1, rectangle.Y2), Math.Max(rectangle.X1, rectangle.X2), Math.Max(rectangle.Y1, rectangle.Y2));
        }

        if (Array(owner, key) is not { Elements.Count: 4 } array)
        {
            return null;
        }

        double?[] v = [.. array.Elements.Select(Number)];
        if (v.Any(x => x is null))
        {
            return null;
        }

        return (Math.Min(v[0]!.Value, v[2]!.Value), Math.Min(v[1]!.Value, v[3]!.Value),
            Math.Max(v[0]!.Value, v[2]!.Value), Math.Max(v[1]!.Value, v[3]!.Value));
    }

    /// <summary>
    /// The family of a colour space given by name or array, resolved through the resources' /ColorSpace: "DeviceRGB",
    /// "ICCBased" …; an Indexed space answers "Indexed/" and its base's family, a Separation or DeviceN space
    /// "Separation/" or "DeviceN/" and its alternate's family ("Separation/DeviceCMYK"), so that a spot colour whose
    /// alternate is RGB is refused like RGB and one with a process alternate is not. The colorant names of spot spaces
    /// go to <paramref name="spotInks"/> when given (not None and All, which are no ink and every ink, nor the four
    /// process colorants a DeviceN space may name beside its spots).
    /// </summary>
    public static string ColourSpaceFamily(PdfItem? item, PdfDictionary? resources, ISet<string>? spotInks = null, int depth = 0)
    {
        item = Resolve(item);
        if (depth > 4)
        {
            return "Unknown";
        }

        if (item is PdfName name)
        {
            string n = name.Value.TrimStart('/');
            if (n is "DeviceGray" or "DeviceRGB" or "DeviceCMYK" or "Pattern" or "G" or "RGB" or "CMYK")
            {
                return n switch { "G" => "DeviceGray", "RGB" => "DeviceRGB", "CMYK" => "DeviceCMYK", _ => n };
            }

            var named = Dictionary(resources, "/ColorSpace")?.Elements[name.Value];
            return named is null ? "Unknown" : ColourSpaceFamily(named, resources, spotInks, depth + 1);
        }

        if (item is PdfArray { Elements.Count: > 0 } array && Name(array.Elements[0]) is { } family)
        {
            if (family is "Indexed" or "I" && array.Elements.Count > 1)
            {
                return "Indexed/" + ColourSpaceFamily(array.Elements[1], resources, spotInks, depth + 1);
            }

            if (family is "Separation" or "DeviceN" && array.Elements.Count > 2)
            {
                if (spotInks is not null)
                {
                    var names = family == "Separation" ? [array.Elements[1]] : Resolve(array.Elements[1]) is PdfArray list ? list.Elements.ToArray() : [];
                    foreach (var ink in names.Select(Name).OfType<string>().Where(n => n is not ("None" or "All" or "Cyan" or "Magenta" or "Yellow" or "Black")))
                    {
                        spotInks.Add(ink);
                    }
                }

                return family + "/" + ColourSpaceFamily(array.Elements[2], resources, spotInks, depth + 1);
            }

            if (family == "ICCBased" && array.Elements.Count > 1 && Resolve(array.Elements[1]) is PdfDictionary profile)
            {
                // Named by what its components are, so an RGB profile (Skia's sRGB images) is found as RGB.
                return profile.Elements.GetInteger("/N") switch { 1 => "ICCBased Gray", 3 => "ICCBased RGB", 4 => "ICCBased CMYK", _ => family };
            }

            return family;
        }

        return "Unknown";
    }

    /// <summary>The colorant names of a DeviceN space (given by name or array), in component order, or null for any other space.</summary>
    public static string[]? DeviceNColorants(PdfItem? item, PdfDictionary? resources, int depth = 0)
    {
        item = Resolve(item);
        if (item is PdfName name && depth < 4)
        {
            return DeviceNColorants(Dictionary(resources, "/ColorSpace")?.Elements[name.Value], resources, depth + 1);
        }

        return item is PdfArray { Elements.Count: > 2 } array && Name(array.Elements[0]) == "DeviceN" && Resolve(array.Elements[1]) is PdfArray names
            ? [.. names.Elements.Select(n => Name(n) ?? "")]
            : null;
    }

    /// <summary>Whether a colour-space family is one PDF/X-1a refuses (RGB or CIE-based).</summary>
    public static bool IsForbidden(string family) =>
        family.EndsWith("DeviceRGB", StringComparison.Ordinal) || family.EndsWith("CalRGB", StringComparison.Ordinal)
        || family.EndsWith("CalGray", StringComparison.Ordinal) || family.EndsWith("Lab", StringComparison.Ordinal)
        || family.Contains("ICCBased", StringComparison.Ordinal);

    /// <summary>
    /// The rule id a forbidden family breaks: "spot-alternate" for a Separation or DeviceN space whose alternate is not
    /// DeviceCMYK or DeviceGray, else "colour-rgb" or "colour-space".
    /// </summary>
    public static string RuleOf(string family) =>
        IsSpot(family) ? "spot-alternate" : family.Contains("RGB", StringComparison.Ordinal) ? "colour-rgb" : "colour-space";

    /// <summary>Whether a family is a Separation or DeviceN space (possibly as an Indexed base).</summary>
    public static bool IsSpot(string family) =>
        family.Contains("Separation/", StringComparison.Ordinal) || family.Contains("DeviceN/", StringComparison.Ordinal);

    /// <summary>How a finding names a colour space: a spot space as "Separation with a DeviceRGB alternate".</summary>
    public static string Describe(string family, bool vietnamese = false)
    {
        int slash = family.LastIndexOf('/');
        if (!IsSpot(family) || slash < 0)
        {
            return family;
        }

        string spot = family[..slash];
        string alternate = family[(slash + 1)..];
        return vietnamese ? $"{spot} với màu thay thế {alternate}" : $"{spot} with a {alternate} alternate";
    }
}
