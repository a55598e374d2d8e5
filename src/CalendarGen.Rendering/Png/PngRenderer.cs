using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Drawing;
using CalendarGen.Rendering.Fonts;
using SkiaSharp;

namespace CalendarGen.Rendering.Png;

/// <summary>PNG previews, drawn by the same code as the PDF with the palette's screen colours.</summary>
public static class PngRenderer
{
    /// <summary>The largest image drawn, in pixels (about 480 MB of memory while it is drawn).</summary>
    public const long MaxPixels = 120_000_000;

    /// <summary>One page at <paramref name="dpi"/>: the trim area, or the whole sheet with bleed and marks.</summary>
    public static byte[] Page(LaidOutPage page, double dpi, bool showBleed, FontCache fonts, SoftProof? softProof = null)
    {
        var area = showBleed ? new PtBox(0, 0, page.MediaWidth, page.MediaHeight) : page.Trim;
        double scale = dpi / 72.0;
        int width = Math.Max(1, (int)Math.Round(area.Width * scale)), height = Math.Max(1, (int)Math.Round(area.Height * scale));
        CheckSize(width, height, $"a page of {area.Width / 72 * 25.4:0} × {area.Height / 72 * 25.4:0} mm at {dpi:0} dpi");
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot create a {width} × {height} image");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        canvas.Translate((float)-area.X, (float)-area.Y);
        new PageRenderer(fonts, Colors(softProof), pressImages: null, softProof).Draw(page, canvas);
        return Encode(surface);
    }

    /// <summary>Every page as a thumbnail <paramref name="thumbWidth"/> pixels wide, in rows, on one sheet.</summary>
    public static byte[] ContactSheet(IEnumerable<LaidOutPage> pages, int pageCount, int thumbWidth, FontCache fonts, SoftProof? softProof = null)
    {
        var renderer = new PageRenderer(fonts, Colors(softProof), pressImages: null, softProof);
        int columns = Math.Clamp((int)Math.Ceiling(Math.Sqrt(pageCount * 1.4)), 1, 24);
        int rows = (pageCount + columns - 1) / columns;
        const int gap = 12;
        SKSurface? surface = null;
        double scale = 0;
        int cellHeight = 0, index = 0;
        try
        {
            foreach (var page in pages)
            {
                if (surface is null)
                {
                    scale = thumbWidth / page.Trim.Width;
                    cellHeight = (int)Math.Ceiling(page.Trim.Height * scale);
                    int width = gap + columns * (thumbWidth + gap), height = gap + rows * (cellHeight + gap);
                    CheckSize(width, height, $"a contact sheet of {pageCount} pages {thumbWidth} pixels wide");
                    surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
                        ?? throw new InvalidOperationException($"cannot create a {width} × {height} image");
                    surface.Canvas.Clear(new SKColor(0xE6, 0xE6, 0xE6));
                }

                var canvas = surface.Canvas;
                float x = gap + index % columns * (thumbWidth + gap), y = gap + index / columns * (cellHeight + gap);
                canvas.Save();
                canvas.ClipRect(SKRect.Create(x, y, thumbWidth, cellHeight));
                canvas.Translate(x, y);
                canvas.Clear(SKColors.White);
                canvas.Scale((float)scale);
                canvas.Translate((float)-page.Trim.X, (float)-page.Trim.Y);
                renderer.Draw(page, canvas);
                canvas.Restore();
                index++;
            }

            return surface is null ? throw new InvalidOperationException("the document has no pages") : Encode(surface);
        }
        finally
        {
            surface?.Dispose();
        }
    }

    private static ColorTable Colors(SoftProof? softProof) => softProof is null ? ColorTable.Screen() : ColorTable.SoftProof(softProof);

    /// <summary>PNG with the Sub filter and zlib level 4: encoding dominates preview time, and flat-colour pages
    /// compress almost as well this way at a third of the default's cost.</summary>
    internal static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("cannot read the rendered pixels");
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 4))
            ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }

    /// <summary>Refuses an image too large to draw, before memory is asked for it (bad input: a lower resolution helps).</summary>
    private static void CheckSize(long width, long height, string what)
    {
        if (width * height > MaxPixels)
        {
            throw new LayoutException($"{what} would be {width} × {height} pixels, more than {MaxPixels / 1_000_000} megapixels; use a lower --dpi");
        }
    }
}
