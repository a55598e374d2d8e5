using CalendarGen.Layout.Document;
using CalendarGen.Layout;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Imaging;
using CalendarGen.Templates.Files;
using SkiaSharp;

namespace CalendarGen.Rendering.Drawing;

/// <summary>
/// Draws a laid-out page on a Skia canvas in points (y down), the same code for PDF and PNG, so what a designer
/// previews is what prints. Only opaque flat colours are used: no alpha, gradients, layers or blend modes, which
/// PDF/X-1a forbids and the CMYK rewrite could not convert.
/// </summary>
/// <param name="fonts">The fonts text is set in.</param>
/// <param name="colors">Palette colours as drawn (screen RGB, or the RGB stand-ins of print).</param>
/// <param name="pressImages">Press and proof: raster images go in as stand-ins the finisher replaces with CMYK; null on screen.</param>
/// <param name="softProof">Previews in press colours: photos go through the output profile and back (null: as they are).</param>
internal sealed class PageRenderer(FontCache fonts, ColorTable colors, PressImages? pressImages, Png.SoftProof? softProof = null)
{
    private readonly Dictionary<string, ImageData> images = new(StringComparer.Ordinal);

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
                    DrawImage(i, page, canvas);
                    break;
                case DieLineOp d when colors.DieStandIn is { } die:
                    DieLines.Draw(d, canvas, die);
                    break;
            }
        }
    }

    private void DrawImage(ImageOp op, LaidOutPage page, SKCanvas canvas)
    {
        // Read and checked as the validator does (ordinary file, size caps, header size, SVG made safe) before a decoder
        // sees it — once per document, not once per page that shows it (a logo on 367 block pages).
        if (!images.TryGetValue(op.Path, out var image))
        {
            image = ImageFile.Read(op.Path, out string? problem) ?? throw new LayoutException($"image {op.Path}: {problem}");
            images[op.Path] = image;
        }

        if (image.Format == ImageFormat.Svg)
        {
            DrawSvg(op, image.Bytes, canvas);
            return;
        }

        if (pressImages is not null)
        {
            // Skia would embed the photo as DeviceRGB, which press files must not contain: a stand-in takes its place
            // and the finisher swaps in the CMYK image (nearest sampling: Skia must not filter the stand-in's pixels).
            var placed = op.Place(image.Width, image.Height);
            var standIn = pressImages.StandIn(op, image, placed, page);
            canvas.Save();
            canvas.ClipRect(Rect(op.Box));
            using var paint = new SKPaint { Color = colors.ImagePaint };
            canvas.DrawImage(standIn, Rect(placed), new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None), paint);
            canvas.Restore();
            return;
        }

        // Skia decodes no TIFF: Magick.NET turns it into a PNG for screen output.
        using var data = SKData.CreateCopy(softProof is not null ? softProof.Image(op.Path, image.Bytes)
            : image.Format == ImageFormat.Tiff ? ColorEngine.ToPng(image.Bytes) : image.Bytes);
        using var decoded = SKImage.FromEncodedData(data) ?? throw new LayoutException($"image {op.Path} cannot be decoded");
        canvas.Save();
        canvas.ClipRect(Rect(op.Box));
        canvas.DrawImage(decoded, Rect(op.Place(decoded.Width, decoded.Height)), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        canvas.Restore();
    }

    /// <summary>SVG stays vector: its picture is replayed into the page, scaled to fit.</summary>
    private static void DrawSvg(ImageOp op, byte[] safeSvg, SKCanvas canvas)
    {
        using var svg = new Svg.Skia.SKSvg();
        SKPicture? picture;
        try
        {
            picture = svg.Load(new MemoryStream(safeSvg));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new LayoutException($"image {op.Path} is not an SVG file that can be read");
        }

        if (picture is null)
        {
            throw new LayoutException($"image {op.Path} is not an SVG file that can be read");
        }

        var bounds = picture.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0)
        {
            throw new LayoutException($"image {op.Path} has no size");
        }

        var rect = Rect(op.Place(bounds.Width, bounds.Height));
        canvas.Save();
        canvas.ClipRect(Rect(op.Box));
        canvas.ClipRect(rect); // an SVG may draw outside its own view box
        canvas.Translate(rect.Left, rect.Top);
        canvas.Scale(rect.Width / bounds.Width, rect.Height / bounds.Height);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    private static SKRect Rect(PtBox box) => SKRect.Create((float)box.X, (float)box.Y, (float)box.Width, (float)box.Height);
}
