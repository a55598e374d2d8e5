using PdfSharp.Pdf;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// What a document's pages share, read once: fonts (an imposed sheet draws the same subset in every leaf), parsed
/// form contents and decoded images. Keyed by the PDF object, so two leaves that share a font share its typeface.
/// </summary>
internal sealed class DocumentResources : IDisposable
{
    private readonly Dictionary<PdfDictionary, FontFace> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PdfDictionary, PdfSharp.Pdf.Content.Objects.CSequence> forms = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PdfDictionary, SKImage?> images = new(ReferenceEqualityComparer.Instance);

    public FontFace Font(PdfDictionary font)
    {
        if (!fonts.TryGetValue(font, out var face))
        {
            face = FontFace.Load(font);
            fonts[font] = face;
        }

        return face;
    }

    public PdfSharp.Pdf.Content.Objects.CSequence? Form(PdfDictionary form, Func<PdfDictionary, PdfSharp.Pdf.Content.Objects.CSequence?> parse)
    {
        if (!forms.TryGetValue(form, out var content))
        {
            content = parse(form);
            if (content is not null)
            {
                forms[form] = content;
            }
        }

        return content;
    }

    public SKImage? Image(PdfDictionary image, PdfDictionary? resources)
    {
        if (!images.TryGetValue(image, out var decoded))
        {
            decoded = PdfImages.Decode(image, resources);
            images[image] = decoded;
        }

        return decoded;
    }

    public void Dispose()
    {
        foreach (var face in fonts.Values)
        {
            face.Dispose();
        }

        foreach (var image in images.Values)
        {
            image?.Dispose();
        }
    }
}
