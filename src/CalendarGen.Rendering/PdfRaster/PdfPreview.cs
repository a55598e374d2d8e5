using CalendarGen.Rendering.Png;
using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>Which page box a PDF preview shows.</summary>
public enum PreviewBox
{
    /// <summary>The whole sheet (MediaBox).</summary>
    Media,

    /// <summary>The finished size (TrimBox; the MediaBox when a page has none).</summary>
    Trim,
}

/// <summary>A PNG of PDF pages and what the preview could not draw, by kind.</summary>
public sealed record PdfPreviewImage(byte[] Png, int Width, int Height, IReadOnlyDictionary<string, int> Skipped);

/// <summary>
/// PNG previews of any PDF page, drawn by calendargen's own small rasteriser (<see cref="ContentPainter"/>) for the
/// features its PDFs use: an imposed press sheet, a press or screen calendar. No external renderer is needed.
/// </summary>
public sealed class PdfPreview : IDisposable
{
    private readonly PdfDocument document;
    private readonly DocumentResources resources = new();

    private PdfPreview(PdfDocument document) => this.document = document;

    /// <summary>How many pages the document has.</summary>
    public int PageCount => document.PageCount;

    /// <exception cref="PdfPreviewException">The bytes are not a readable PDF, or it is encrypted.</exception>
    public static PdfPreview Open(byte[] pdf)
    {
        try
        {
            return new PdfPreview(PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp's parser throws many kinds of exception for a damaged file; each is bad input.
            throw new PdfPreviewException($"not a readable PDF ({e.Message})");
        }
    }

    /// <summary>Page <paramref name="number"/> (from 1) at <paramref name="dpi"/>.</summary>
    public PdfPreviewImage Page(int number, double dpi, PreviewBox box)
    {
        var page = PageAt(number);
        var area = Area(page, box);
        double scale = dpi / 72.0;
        int width = Math.Max(1, (int)Math.Round(area.Width * scale)), height = Math.Max(1, (int)Math.Round(area.Height * scale));
        CheckSize(width, height, $"page {number} at {dpi:0} dpi");
        using var surface = Surface(width, height);
        surface.Canvas.Clear(SKColors.White);
        var skipped = Draw(page, number, surface.Canvas, area, (float)scale, 0, 0);
        return new PdfPreviewImage(PngRenderer.Encode(surface), width, height, skipped);
    }

    /// <summary>The pages as thumbnails <paramref name="thumbWidth"/> pixels wide, in rows, on one PNG.</summary>
    public PdfPreviewImage ContactSheet(IReadOnlyList<int> numbers, int thumbWidth, PreviewBox box)
    {
        var pages = numbers.Select(n => (Number: n, Page: PageAt(n))).ToList();
        var areas = pages.Select(p => Area(p.Page, box)).ToList();
        int columns = Math.Clamp((int)Math.Ceiling(Math.Sqrt(pages.Count * (areas[0].Height / areas[0].Width))), 1, 24);
        int rows = (pages.Count + columns - 1) / columns;
        int cellHeight = areas.Max(a => (int)Math.Ceiling(a.Height * thumbWidth / a.Width));
        const int gap = 12;
        int width = gap + (columns * (thumbWidth + gap)), height = gap + (rows * (cellHeight + gap));
        CheckSize(width, height, $"a contact sheet of {pages.Count} pages {thumbWidth} pixels wide");
        using var surface = Surface(width, height);
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xE6, 0xE6, 0xE6));
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < pages.Count; i++)
        {
            var area = areas[i];
            float x = gap + (i % columns * (thumbWidth + gap)), y = gap + (i / columns * (cellHeight + gap));
            float scale = (float)(thumbWidth / area.Width);
            canvas.Save();
            canvas.ClipRect(SKRect.Create(x, y, thumbWidth, (float)(area.Height * scale)));
            canvas.Clear(SKColors.White);
            foreach (var (kind, count) in Draw(pages[i].Page, pages[i].Number, canvas, area, scale, x, y))
            {
                skipped[kind] = skipped.GetValueOrDefault(kind) + count;
            }

            canvas.Restore();
        }

        return new PdfPreviewImage(PngRenderer.Encode(surface), width, height, skipped);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        resources.Dispose();
        document.Dispose();
    }

    private PdfPage PageAt(int number) =>
        number >= 1 && number <= document.PageCount ? document.Pages[number - 1]
            : throw new ArgumentOutOfRangeException(nameof(number), $"page {number} is not in 1–{document.PageCount}");

    private static SKRect Area(PdfPage page, PreviewBox box)
    {
        var media = PdfItems.Box(page, "/MediaBox") ?? (0, 0, 612, 792);
        var chosen = box == PreviewBox.Trim ? PdfItems.Box(page, "/TrimBox") ?? media : media;
        var rect = new SKRect((float)chosen.X0, (float)chosen.Y0, (float)chosen.X1, (float)chosen.Y1);
        return rect.Width >= 1 && rect.Height >= 1 ? rect : throw new PdfPreviewException("a page has an empty MediaBox or TrimBox");
    }

    /// <summary>Draws the page's <paramref name="area"/> with its lower left corner (PDF y-up) at the top left
    /// (<paramref name="x"/>, <paramref name="y"/>) of the canvas, <paramref name="scale"/> pixels a point.</summary>
    private IReadOnlyDictionary<string, int> Draw(PdfPage page, int number, SKCanvas canvas, SKRect area, float scale, float x, float y)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.Scale(scale, -scale);
        canvas.Translate(-area.Left, -area.Bottom);
        using var painter = new ContentPainter(canvas, resources);
        try
        {
            painter.Paint(Content(page), PdfItems.Dictionary(page, "/Resources"));
        }
        catch (PdfPreviewException e)
        {
            throw new PdfPreviewException($"page {number}: {e.Message}");
        }
        finally
        {
            canvas.Restore();
        }

        if (page.Elements.ContainsKey("/Rotate") && PdfItems.Number(page, "/Rotate") is not (null or 0))
        {
            painter.Skipped["page rotation"] = 1;
        }

        return painter.Skipped;
    }

    /// <summary>The page's content streams, decoded and joined (PDF 32000 §7.7.3.3: an array is one stream).</summary>
    private static byte[] Content(PdfPage page)
    {
        var contents = PdfItems.Resolve(page.Elements["/Contents"]);
        IEnumerable<PdfItem> parts = contents is PdfArray array ? array.Elements : contents is null ? [] : [contents];
        var joined = new MemoryStream();
        foreach (var part in parts)
        {
            if (PdfItems.Resolve(part) is PdfDictionary stream)
            {
                byte[] bytes = StreamData.Decode(stream, RasterLimits.MaxStreamBytes - joined.Length)
                    ?? throw new PdfPreviewException("the page content uses a filter the preview does not read");
                joined.Write(bytes);
                joined.WriteByte((byte)'\n');
            }
        }

        return joined.ToArray();
    }

    private static SKSurface Surface(int width, int height) =>
        SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot create a {width} × {height} image");

    private static void CheckSize(long width, long height, string what)
    {
        if (width * height > PngRenderer.MaxPixels)
        {
            throw new PdfPreviewException($"{what} would be {width} × {height} pixels, more than {PngRenderer.MaxPixels / 1_000_000} megapixels; use a lower --dpi");
        }
    }
}
