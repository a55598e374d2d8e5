using CalendarGen.Domain.Calendar;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Observances;
using SkiaSharp;

/// <summary>
/// The photo-press benchmark (bench/photo-press.sh): wall-13 in press with a different 6-megapixel photo on each of its
/// 13 sheets, as one process, so /usr/bin/time measures a real render's wall time and peak memory. The photos are drawn
/// here (procedural landscapes with fine noise, so that JPEG has detail to encode), once, into the given folder.
/// </summary>
internal static class PhotoPress
{
    public static int Run(string[] args)
    {
        string folder = args[1];
        if (args[0] == "photo-press-photos")
        {
            Directory.CreateDirectory(folder);
            Parallel.For(0, 13, i => File.WriteAllBytes(Path.Combine(folder, $"{i:00}.jpg"), Photo(i)));
            return 0;
        }

        var template = TemplateLoader.Load("wall-13").Value!;
        using var fonts = new FontCache();
        var calendar = CalendarYear.Build(2027, ObservanceSets.Shipped("vn"), null, template.Page.WeekStart);
        var document = Composer.Compose(template, calendar, new SkiaTextMeasurer(fonts), OutputProfile.Press, new NodaTime.LocalDate(2026, 1, 1));

        // Each sheet gets its own full-bleed photo in the top half (cover fit), drawn under the sheet's own content.
        var pages = document.Pages.Select((page, i) =>
        {
            var box = new PtBox(page.Bleed.X, page.Bleed.Y, page.Bleed.Width, page.Bleed.Height * 0.42);
            var photo = new ImageOp(box, Path.GetFullPath(Path.Combine(folder, $"{i % 13:00}.jpg")), ImageFit.Cover);
            return page with { Ops = page.Ops.Insert(0, photo) };
        });
        var warnings = 0;
        byte[] pdf = PdfRenderer.Render(document with { Pages = pages }, OutputProfile.Press, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), fonts,
            new PressOptions { Warnings = _ => warnings++ });
        File.WriteAllBytes(args[2], pdf);
        Console.WriteLine($"{args[2]}: {document.PageCount} pages, {pdf.Length:N0} bytes, {warnings} warnings");
        return 0;
    }

    /// <summary>A 3000 × 2000 landscape: sky gradient, sun, hills, and per-pixel noise (deterministic per index).</summary>
    private static byte[] Photo(int index)
    {
        const int width = 3000, height = 2000;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            float hue = index * 360f / 13;
            using var sky = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                    [SKColor.FromHsv(hue, 60, 95), SKColor.FromHsv((hue + 40) % 360, 30, 100)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, sky);
            using var sun = new SKPaint { Color = SKColor.FromHsv((hue + 180) % 360, 80, 100), IsAntialias = true };
            canvas.DrawCircle(600 + (index * 170), 500, 220, sun);
            for (int hill = 0; hill < 4; hill++)
            {
                using var paint = new SKPaint { Color = SKColor.FromHsv((hue + 90 + (hill * 15)) % 360, 70, 70 - (hill * 12)), IsAntialias = true };
                using var builder = new SKPathBuilder();
                builder.MoveTo(0, height);
                for (int x = 0; x <= width; x += 50)
                {
                    builder.LineTo(x, (float)(1100 + (hill * 220) + (Math.Sin((x / (300.0 + (hill * 90))) + index + hill) * 160)));
                }

                builder.LineTo(width, height);
                builder.Close();
                using var path = builder.Detach();
                canvas.DrawPath(path, paint);
            }
        }

        // Fine noise, as a camera sensor leaves it, so that the JPEG is photo-sized.
        var pixels = bitmap.GetPixelSpan();
        var random = new Random(index);
        var noise = new byte[pixels.Length];
        random.NextBytes(noise);
        for (int i = 0; i < pixels.Length; i++)
        {
            if ((i & 3) != 3)
            {
                pixels[i] = (byte)Math.Clamp(pixels[i] + ((noise[i] & 15) - 8), 0, 255);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
