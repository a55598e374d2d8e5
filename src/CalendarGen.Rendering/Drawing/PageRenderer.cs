using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using SkiaSharp;

namespace CalendarGen.Rendering.Drawing;

/// <summary>
/// Draws a laid-out page on a Skia canvas in points (y down), the same code for PDF and PNG, so what a designer
/// previews is what prints. Only opaque flat colours are used: no alpha, gradients, layers or blend modes, which
/// PDF/X-1a forbids and the CMYK rewrite could not convert.
/// </summary>
internal sealed class PageRenderer(FontCache fonts, ColorTable colors, bool printImages)
{
    public void Draw(LaidOutPage page, SKCanvas canvas)
    {
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true, StrokeCap = SKStrokeCap.Butt };
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case RectOp r:
                    var rect = SKRect.Create((float)r.Box.X, (float)r.Box.Y, (float)r.Box.Width, (float)r.Box.Height);
                    if (r.Fill is { } f)
                    {
                        fill.Color = colors[f];
                        canvas.DrawRect(rect, fill);
                    }

                    if (r.Stroke is { } s)
                    {
                        stroke.Color = colors[s];
                        stroke.StrokeWidth = (float)r.StrokeWidth;
                        canvas.DrawRect(rect, stroke);
                    }

                    break;
                case LineOp l:
                    stroke.Color = colors[l.Color];
                    stroke.StrokeWidth = (float)l.Width;
                    canvas.DrawLine((float)l.X1, (float)l.Y1, (float)l.X2, (float)l.Y2, stroke);
                    break;
                case CircleOp c:
                    stroke.Color = colors[c.Color];
                    stroke.StrokeWidth = (float)c.Width;
                    canvas.DrawCircle((float)c.CenterX, (float)c.CenterY, (float)c.Radius, stroke);
                    break;
                case TextOp t:
                    var loaded = fonts.Get(t.Font);
                    // Unhinted, linear metrics: glyphs sit where layout measured them at any size and resolution.
                    using (var font = new SKFont(loaded.Typeface, (float)t.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias })
                    {
                        fill.Color = colors[t.Color];
                        canvas.DrawText(t.Text, (float)t.X, (float)t.Baseline, SKTextAlign.Left, font, fill);
                    }

                    break;
                case ImageOp i:
                    DrawImage(i, canvas);
                    break;
            }
        }
    }

    private void DrawImage(ImageOp op, SKCanvas canvas)
    {
        if (printImages)
        {
            // Skia would embed raster images as DeviceRGB, which press files must not contain.
            throw new LayoutException($"image {op.Path}: raster images cannot go into press or proof PDFs yet (they would stay RGB); use the screen profile, or leave the image out of press templates");
        }

        if (op.Path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new LayoutException($"image {op.Path}: SVG images are not supported yet; use PNG or JPEG for previews");
        }

        using var image = SKImage.FromEncodedData(op.Path) ?? throw new LayoutException($"image {op.Path} cannot be decoded");
        double scale = Math.Min(op.Box.Width / image.Width, op.Box.Height / image.Height);
        double w = image.Width * scale, h = image.Height * scale;
        var rect = SKRect.Create((float)(op.Box.X + (op.Box.Width - w) / 2), (float)(op.Box.Y + (op.Box.Height - h) / 2), (float)w, (float)h);
        canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }
}
