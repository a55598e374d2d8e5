using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Imposition;

/// <summary>The sheet's own boxes and the PDF/X identification carried over from the input.</summary>
internal static class SheetBoxes
{
    /// <summary>MediaBox, BleedBox and TrimBox are the sheet: the press prints it whole, the guillotine works inside it.</summary>
    public static void Set(PdfPage page, SheetGeometry geometry)
    {
        var sheet = new PdfRectangle(new PdfSharp.Drawing.XPoint(0, 0), new PdfSharp.Drawing.XPoint(Round(geometry.Width), Round(geometry.Height)));
        page.MediaBox = sheet;
        page.BleedBox = sheet;
        page.TrimBox = sheet;
        page.Elements.Remove("/CropBox");
    }

    /// <summary>Copies the OutputIntent, GTS_PDFXVersion and Trapped keys and the dates, so PDF/X input stays PDF/X.</summary>
    public static void CopyIdentification(PdfDocument source, PdfDocument output, string job)
    {
        if (source.Internals.Catalog.Elements.GetArray("/OutputIntents") is { } intents)
        {
            var copies = new PdfArray(output);
            foreach (var item in intents.Elements)
            {
                var intent = (item is PdfSharp.Pdf.Advanced.PdfReference r ? r.Value : item) as PdfDictionary;
                if (intent is null)
                {
                    continue;
                }

                var copy = new PdfDictionary(output);
                foreach (string key in intent.Elements.Keys)
                {
                    copy.Elements[key] = key == "/DestOutputProfile" ? CopyProfile(intent.Elements.GetDictionary(key), output).Reference
                        : intent.Elements[key] is PdfString s ? new PdfString(s.Value) : intent.Elements[key]!.Clone() as PdfItem;
                }

                output.Internals.AddObject(copy);
                copies.Elements.Add(copy.Reference!);
            }

            output.Internals.Catalog.Elements["/OutputIntents"] = copies;
        }

        foreach (string key in new[] { "/GTS_PDFXVersion" })
        {
            if (source.Info.Elements.GetString(key) is { Length: > 0 } value)
            {
                output.Info.Elements.SetString(key, value);
            }
        }

        if (source.Info.Elements.GetName("/Trapped") is { Length: > 0 } trapped)
        {
            output.Info.Elements.SetName("/Trapped", trapped);
        }

        output.Info.Title = $"{job}: press sheets";
        output.Info.Subject = source.Info.Title;
        output.Info.CreationDate = source.Info.CreationDate;
        output.Info.ModificationDate = source.Info.CreationDate;
    }

    /// <summary>
    /// The embedded ICC profile of an OutputIntent (render --output-profile), copied as it is stored: the encoded bytes
    /// with their /Filter and /N, so the sheet's profile decodes to the same bytes as the input's.
    /// </summary>
    private static PdfDictionary CopyProfile(PdfDictionary? profile, PdfDocument output)
    {
        if (profile?.Stream is null)
        {
            throw new ImpositionException("the input's OutputIntent names a profile that is not a stream");
        }

        var copy = new PdfDictionary(output);
        foreach (string key in profile.Elements.Keys.Where(k => k is "/N" or "/Filter" or "/DecodeParms" or "/Alternate"))
        {
            copy.Elements[key] = profile.Elements[key]!.Clone() as PdfItem;
        }

        copy.CreateStream(profile.Stream.Value);
        output.Internals.AddObject(copy);
        return copy;
    }

    private static double Round(double value) => Math.Round(value, 3);
}
