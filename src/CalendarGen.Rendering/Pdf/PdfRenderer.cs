using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Drawing;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Imaging;
using SkiaSharp;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// Renders a laid-out document to PDF: Skia draws each page as it is laid out (pages stream through, the layout of a
/// whole year is never held at once), then <see cref="PrintFinisher"/> sets the boxes, CMYK and metadata. The file
/// is written by the caller (OutputFile, or standard output).
/// </summary>
public static class PdfRenderer
{
    /// <summary>The finished PDF's bytes.</summary>
    public static byte[] Render(LaidOutDocument document, OutputProfile profile, DateTime timestamp, FontCache fonts, PressOptions? options = null)
    {
        options ??= new PressOptions();
        bool print = profile != OutputProfile.Screen;
        var colors = print ? ColorTable.Print(document.Palette) : ColorTable.Screen();
        var (color, intent) = print ? OutputCondition.Resolve(document.Press, options) : (null, null);
        var images = color is null ? null : new PressImages(color, document.Press, options.Warnings);
        var renderer = new PageRenderer(fonts, colors, images);
        var boxes = new List<(PtBox, PtBox, PtBox)>(document.PageCount);
        var bookmarks = new List<(int, string)>();
        var labels = new List<string>(document.PageCount);
        bool dieLines = false;

        // Skia writes no dates here: its PDF dates depend on the machine's time zone. The finisher sets them.
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Subject = document.Subject,
            Creator = "calendargen",
            Producer = "calendargen (SkiaSharp, PDFsharp)",
            RasterDpi = 72,
            PdfA = false,

            // Print: 101 is lossless (Flate), so a photo's stand-in keeps the exact pixels that name it. Screen: JPEG at
            // quality 90 (left unset, the struct's 0 would make photos JPEGs of the lowest quality).
            EncodingQuality = print ? 101 : 90,
        };
        using var skia = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(skia, metadata))
        {
            foreach (var page in document.Pages)
            {
                // Skia rounds the page to whole points; ask for the next whole size and shift the drawing so that the
                // page sits at (0, 0)–(W, H); the finisher then sets the exact boxes.
                float width = (float)Math.Ceiling(page.MediaWidth), height = (float)Math.Ceiling(page.MediaHeight);
                var canvas = pdf.BeginPage(width, height);
                canvas.Translate(0, (float)(height - page.MediaHeight));
                renderer.Draw(page, canvas);
                dieLines |= page.Ops.Any(op => op is DieLineOp);
                pdf.EndPage();
                boxes.Add((new PtBox(0, 0, page.MediaWidth, page.MediaHeight), page.Trim, page.Bleed));
                labels.Add(page.Label);
                if (page.Bookmark is { } title)
                {
                    bookmarks.Add((page.Number - 1, title));
                }
            }

            pdf.Close();
        }

        images?.Finish();

        var settings = new PrintFinisher.Settings(profile, document.Title, document.Subject, DateTime.SpecifyKind(timestamp, DateTimeKind.Utc), bookmarks, labels)
        {
            OverprintBlack = document.Press.OverprintBlack,
            Author = document.Author,
            DieSpot = dieLines ? document.DieSpot : null,
            Images = images,
            Intent = intent,
        };
        try
        {
            return PrintFinisher.Finish(skia.ToArray(), boxes, colors, settings);
        }
        catch (InvalidDataException e)
        {
            // What the template drew cannot be printed (artwork in colours outside the palette, gradients, alpha).
            throw new LayoutException($"{profile.ToString().ToLowerInvariant()} output: {e.Message}");
        }
    }
}
