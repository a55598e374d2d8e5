using System.Globalization;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using SkiaSharp;

namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// The raster images of one press or proof PDF. Skia would write them as DeviceRGB, so the page draws a 2 × 2 stand-in
/// image in each one's place (its pixels spell a marker and the image's number), while the real image is converted in
/// the background (in parallel, through <see cref="ImageCache"/>); <see cref="Pdf.PrintFinisher"/> then swaps each
/// stand-in XObject's dictionary and samples for the converted CMYK or grey image. An image XObject's unit square is
/// mapped to its place by the content stream, so the swap keeps placement and clipping exactly as Skia drew them.
/// </summary>
internal sealed class PressImages(PrintColor color, PressSettings press, Action<string>? warn)
{
    private static readonly byte[] Marker = [0xC4, 0x1E, 0x5A, 0x5A, 0x1E, 0xC4];

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<(string Path, Task<PrintImage> Converted, SKImage StandIn, SortedSet<int> Pages, SortedSet<string> Frames)> images = [];
    private readonly HashSet<string> lowResolution = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>Checks a placed image and returns the stand-in to draw in its place; its conversion starts now.</summary>
    public SKImage StandIn(ImageOp op, ImageData image, PtBox placed, LaidOutPage page)
    {
        Check(op, image, placed, page);
        var size = Downsampled(image, placed);
        string key = size is { } s ? $"{op.Path}\n{s.Width}x{s.Height}" : op.Path;
        if (!ids.TryGetValue(key, out int id))
        {
            id = images.Count;
            ids[key] = id;
            byte[] source = image.Bytes;
            images.Add((op.Path, Task.Run(() => Convert(source, size)), Pixels(id), [], new SortedSet<string>(StringComparer.Ordinal)));
        }

        images[id].Pages.Add(page.Number);
        if (op.FrameName is { } frame)
        {
            images[id].Frames.Add(frame);
        }
        return images[id].StandIn;
    }

    /// <summary>The converted image a stand-in's decoded RGB samples stand for, or null when they are not a stand-in.</summary>
    public PrintImage? Find(ReadOnlySpan<byte> rgb)
    {
        if (rgb.Length != 12 || !rgb[..3].SequenceEqual(Marker.AsSpan(0, 3)) || !rgb.Slice(6, 3).SequenceEqual(Marker.AsSpan(3, 3)))
        {
            return null;
        }

        int id = (rgb[3] << 16) | (rgb[4] << 8) | rgb[5];
        int check = (rgb[9] << 16) | (rgb[10] << 8) | rgb[11];
        if (check != (~id & 0xFFFFFF) || id >= images.Count)
        {
            return null;
        }

        return Wait(id);
    }

    /// <summary>Waits for every conversion and warns about images whose total ink is over the template's limit.</summary>
    public void Finish()
    {
        for (int id = 0; id < images.Count; id++)
        {
            var converted = Wait(id);
            if (!converted.Gray && converted.InkPercentile > press.MaxInk + 0.5)
            {
                Warn(images[id].Path, images[id].Frames, images[id].Pages, $"total ink reaches {converted.InkPercentile:0}% (99.9th percentile of its pixels; highest {converted.InkMax:0}%) after conversion, over the template's limit of {press.MaxInk:0}% (press: max_ink)");
            }
        }
    }

    private PrintImage Wait(int id)
    {
        try
        {
            return images[id].Converted.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ImageMagick.MagickException or InvalidDataException)
        {
            throw new LayoutException($"image {images[id].Path}: cannot be prepared for press ({e.Message.Split('\n')[0]})");
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            throw new LayoutException($"image {images[id].Path}: raster images in press and proof need Magick.NET's native library, which is not available on {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}; use an SVG drawn in palette colours, or the screen profile");
        }
    }

    /// <summary>
    /// The pixel size an image is resampled to before conversion when it is placed above the template's highest
    /// resolution (press: max_image_ppi): 300 ppi at its placed size (or that highest, when lower); null: as it is.
    /// </summary>
    private (int Width, int Height)? Downsampled(ImageData image, PtBox placed)
    {
        double ppi = Math.Min(image.Width / (placed.Width / 72), image.Height / (placed.Height / 72));
        if (press.MaxImagePpi <= 0 || ppi <= press.MaxImagePpi)
        {
            return null;
        }

        double target = Math.Min(300, press.MaxImagePpi);
        int width = Math.Max(1, (int)Math.Round(placed.Width / 72 * target)), height = Math.Max(1, (int)Math.Round(placed.Height / 72 * target));
        return width < image.Width && height < image.Height ? (width, height) : null;
    }

    private PrintImage Convert(byte[] source, (int Width, int Height)? size)
    {
        gate.Wait();
        try
        {
            string? file = color.CacheDirectory is { } folder ? ImageCache.PathOf(folder, source, color, size) : null;
            if (file is not null && ImageCache.TryLoad(file) is { } cached)
            {
                return cached;
            }

            var converted = ColorEngine.Convert(source, color, size);
            if (file is not null)
            {
                ImageCache.Store(file, converted);
            }

            return converted;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Effective resolution at the placed size, and that a cover image covers its frame.</summary>
    private void Check(ImageOp op, ImageData image, PtBox placed, LaidOutPage page)
    {
        const double tolerance = 1e-6;
        if (op.Fit == ImageFit.Cover && (placed.X > op.Box.X + tolerance || placed.Y > op.Box.Y + tolerance
            || placed.Right < op.Box.Right - tolerance || placed.Bottom < op.Box.Bottom - tolerance))
        {
            throw new LayoutException($"image {op.Path}: {Where(op, page)}: fit: cover placed it at {Mm(placed.Width)} × {Mm(placed.Height)} mm, which does not cover its {Mm(op.Box.Width)} × {Mm(op.Box.Height)} mm frame");
        }

        double ppi = Math.Min(image.Width / (placed.Width / 72), image.Height / (placed.Height / 72));
        if (ppi < press.MinImagePpi)
        {
            throw new LayoutException($"image {op.Path}: {Where(op, page)}: {image.Width} × {image.Height} pixels placed at {Mm(placed.Width)} × {Mm(placed.Height)} mm is {ppi:0} ppi, below the template's minimum of {press.MinImagePpi:0} ppi (press: min_image_ppi); use a larger image or a smaller frame");
        }

        if (ppi < 300 && lowResolution.Add(op.Path))
        {
            Warn(op.Path, op.FrameName is { } name ? [name] : [], [page.Number], $"{image.Width} × {image.Height} pixels placed at {Mm(placed.Width)} × {Mm(placed.Height)} mm is {ppi:0} ppi, below the 300 ppi a press photo wants");
        }
    }

    private void Warn(string path, IEnumerable<string> frames, IEnumerable<int> pages, string message)
    {
        var list = pages.ToList();
        string where = list.Count == 1 ? $"page {list[0]}" : $"pages {string.Join(", ", list)}";
        string placed = string.Join(", ", frames);
        warn?.Invoke($"{path}: warning: {(placed.Length == 0 ? "" : placed + ", ")}{where}: {message}");
    }

    /// <summary>"frame 'photo' (wall.yaml:69:7), page 3", or "page 3" for an image no frame placed.</summary>
    private static string Where(ImageOp op, LaidOutPage page) => op.FrameName is { } frame ? $"{frame}, page {page.Number}" : $"page {page.Number}";

    private static string Mm(double points) => (points / 72 * 25.4).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The 2 × 2 opaque stand-in: marker, id, marker reversed, id inverted (so no two images share one).</summary>
    private static SKImage Pixels(int id)
    {
        int inverted = ~id & 0xFFFFFF;
        var info = new SKImageInfo(2, 2, SKColorType.Rgba8888, SKAlphaType.Opaque);
        byte[] rgba =
        [
            Marker[0], Marker[1], Marker[2], 255, (byte)(id >> 16), (byte)(id >> 8), (byte)id, 255,
            Marker[3], Marker[4], Marker[5], 255, (byte)(inverted >> 16), (byte)(inverted >> 8), (byte)inverted, 255,
        ];
        return SKImage.FromPixelCopy(info, rgba) ?? throw new InvalidOperationException("Skia could not make a stand-in image");
    }
}
