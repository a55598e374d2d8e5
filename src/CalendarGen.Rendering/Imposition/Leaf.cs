using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace CalendarGen.Rendering.Imposition;

/// <summary>
/// One input page's boxes, in points relative to its MediaBox's top-left corner (y down), and its label (a
/// calendargen page carries its date or name as its page label).
/// </summary>
/// <param name="Page">Page number, from 1.</param>
/// <param name="MediaWidth">MediaBox width.</param>
/// <param name="MediaHeight">MediaBox height.</param>
/// <param name="Trim">TrimBox.</param>
/// <param name="Bleed">BleedBox.</param>
/// <param name="Label">Page label, or null.</param>
public sealed record Leaf(int Page, double MediaWidth, double MediaHeight, SheetRect Trim, SheetRect Bleed, string? Label)
{
    /// <summary>Reads every page's boxes and labels; throws <see cref="ImpositionException"/> for a page without them.</summary>
    public static IReadOnlyList<Leaf> ReadAll(PdfDocument document)
    {
        var labels = PageLabels.Read(document);
        var leaves = new List<Leaf>(document.PageCount);
        for (int i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            var media = page.MediaBox;
            var missing = new[] { "/TrimBox", "/BleedBox" }.Where(key => page.Elements[key] is null).ToList();
            if (missing.Count > 0)
            {
                throw new ImpositionException($"page {i + 1} has no {string.Join(" or ", missing.Select(k => k[1..]))}: impose needs press PDFs (calendargen render --profile press)");
            }

            if (page.Elements.GetInteger("/Rotate") % 360 != 0)
            {
                throw new ImpositionException($"page {i + 1} is rotated (/Rotate {page.Elements.GetInteger("/Rotate")}); impose places pages upright only");
            }

            SheetRect Box(PdfRectangle box) => new(box.X1 - media.X1, media.Y2 - box.Y2, box.Width, box.Height);
            var trim = Box(page.TrimBox);
            var bleed = Box(page.BleedBox);
            if (trim.X < bleed.X - 0.01 || trim.Right > bleed.Right + 0.01 || trim.Y < bleed.Y - 0.01 || trim.Bottom > bleed.Bottom + 0.01)
            {
                throw new ImpositionException($"page {i + 1}: the TrimBox is not inside the BleedBox");
            }

            leaves.Add(new Leaf(i + 1, media.Width, media.Height, trim, bleed, labels.GetValueOrDefault(i)));
        }

        return leaves;
    }

    /// <summary>Opens a PDF for reading; throws <see cref="ImpositionException"/> when it is not one.</summary>
    public static PdfDocument Open(byte[] pdf)
    {
        try
        {
            return PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp's parser throws many kinds of exception for a damaged file; each is bad input, not a failure.
            throw new ImpositionException($"not a readable PDF ({e.Message})");
        }
    }
}
