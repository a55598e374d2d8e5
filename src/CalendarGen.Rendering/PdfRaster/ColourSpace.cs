using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// A colour space reduced to what a preview needs: how many components a colour has and how they become a screen
/// colour. Device spaces and ICCBased (by its component count) are drawn; Separation through a type 2 (exponential)
/// tint function into its alternate device space, or as a grey tint; /None draws nothing. Others are unsupported.
/// </summary>
internal sealed class ColourSpace
{
    public static readonly ColourSpace DeviceGray = new(1, null, null);
    public static readonly ColourSpace DeviceRgb = new(3, null, null);
    public static readonly ColourSpace DeviceCmyk = new(4, null, null);
    private static readonly ColourSpace UnsupportedSpace = new(1, null, null) { Unsupported = true };

    private readonly double[]? c0;
    private readonly double[]? c1;
    private readonly double exponent;

    private ColourSpace(int components, double[]? c0, double[]? c1, double exponent = 1)
    {
        Components = components;
        this.c0 = c0;
        this.c1 = c1;
        this.exponent = exponent;
    }

    public int Components { get; }

    public bool Unsupported { get; private init; }

    /// <summary>A Separation /None: paints nothing.</summary>
    public bool Invisible { get; private init; }

    /// <summary>The initial colour of this space (PDF 32000 §8.6.8: black, or full tint).</summary>
    public double[] Initial => Components == 4 ? [0, 0, 0, 1] : Components == 3 ? [0, 0, 0] : [c0 is null && c1 is null ? 0 : 1];

    public SKColor? Colour(ReadOnlySpan<double> values)
    {
        if (Unsupported || Invisible)
        {
            return null;
        }

        if (c0 is null || c1 is null)
        {
            return values.Length == Components ? InkColours.Device(values) : null;
        }

        double t = values.Length == 1 ? Math.Pow(Math.Clamp(values[0], 0, 1), exponent) : 1;
        Span<double> mixed = stackalloc double[c0.Length];
        for (int i = 0; i < mixed.Length; i++)
        {
            mixed[i] = c0[i] + (t * (c1[i] - c0[i]));
        }

        return InkColours.Device(mixed);
    }

    /// <summary>The space a cs/CS operand or an image's /ColorSpace names, looked up in the resources.</summary>
    public static ColourSpace Resolve(PdfItem? item, PdfDictionary? resources, int depth = 0)
    {
        item = PdfItems.Resolve(item);
        if (depth > 4)
        {
            return UnsupportedSpace;
        }

        if (item is PdfName name)
        {
            switch (name.Value.TrimStart('/'))
            {
                case "DeviceGray" or "G" or "CalGray":
                    return DeviceGray;
                case "DeviceRGB" or "RGB" or "CalRGB":
                    return DeviceRgb;
                case "DeviceCMYK" or "CMYK":
                    return DeviceCmyk;
                case "Pattern":
                    return UnsupportedSpace;
            }

            return PdfItems.Dictionary(resources, "/ColorSpace")?.Elements[name.Value] is { } named
                ? Resolve(named, resources, depth + 1)
                : UnsupportedSpace;
        }

        if (item is not PdfArray { Elements.Count: > 0 } array)
        {
            return UnsupportedSpace;
        }

        switch (PdfItems.Name(array.Elements[0]))
        {
            case "ICCBased" when array.Elements.Count > 1 && PdfItems.Resolve(array.Elements[1]) is PdfDictionary icc:
                return PdfItems.Number(icc, "/N") switch { 1 => DeviceGray, 3 => DeviceRgb, 4 => DeviceCmyk, _ => UnsupportedSpace };
            case "CalGray":
                return DeviceGray;
            case "CalRGB":
                return DeviceRgb;
            case "Separation" when array.Elements.Count == 4:
                return Separation(array, resources, depth);
            default:
                return UnsupportedSpace;
        }
    }

    private static ColourSpace Separation(PdfArray array, PdfDictionary? resources, int depth)
    {
        string? colorant = PdfItems.Name(array.Elements[1]);
        if (colorant == "None")
        {
            return new ColourSpace(1, [0], [0]) { Invisible = true };
        }

        var alternate = Resolve(array.Elements[2], resources, depth + 1);
        if (colorant != "All" && !alternate.Unsupported && PdfItems.Resolve(array.Elements[3]) is PdfDictionary function
            && PdfItems.Number(function, "/FunctionType") == 2)
        {
            double[] from = Numbers(PdfItems.Array(function, "/C0")) ?? [.. Enumerable.Repeat(0.0, alternate.Components)];
            double[] to = Numbers(PdfItems.Array(function, "/C1")) ?? [.. Enumerable.Repeat(1.0, alternate.Components)];
            if (from.Length == alternate.Components && to.Length == alternate.Components)
            {
                return new ColourSpace(1, from, to, PdfItems.Number(function, "/N") ?? 1);
            }
        }

        // Registration (/All) and tint functions not read: a grey of the tint's strength.
        return new ColourSpace(1, [1], [0]);
    }

    private static double[]? Numbers(PdfArray? array) =>
        array?.Elements.Select(PdfItems.Number).ToList() is { } values && values.All(v => v is not null) ? [.. values.Select(v => v!.Value)] : null;
}
