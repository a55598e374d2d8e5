using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// Image XObjects as Skia images: JPEG (DCTDecode) through Skia's decoder, and 8-bit gray, RGB or CMYK samples
/// (unfiltered or FlateDecode) converted pixel by pixel. The header is checked against the caps before any pixel is
/// decoded; anything else (masks, 1-bit, Indexed, other filters) answers null and is counted as skipped.
/// </summary>
internal static class PdfImages
{
    /// <exception cref="PdfPreviewException">The image claims more pixels than the caps allow.</exception>
    public static SKImage? Decode(PdfDictionary image, PdfDictionary? resources)
    {
        long width = (long)(PdfItems.Number(image, "/Width") ?? 0), height = (long)(PdfItems.Number(image, "/Height") ?? 0);
        if (width <= 0 || height <= 0)
        {
            return null;
        }

        if (width > RasterLimits.MaxImageSide || height > RasterLimits.MaxImageSide || width * height > RasterLimits.MaxImagePixels)
        {
            throw new PdfPreviewException($"an image claims {width} × {height} pixels, more than a preview reads "
                + $"(at most {RasterLimits.MaxImageSide} a side and {RasterLimits.MaxImagePixels / 1_000_000} megapixels)");
        }

        if (StreamData.IsJpeg(image))
        {
            using var data = SKData.CreateCopy(image.Stream?.Value ?? []);
            return SKImage.FromEncodedData(data);
        }

        var space = ColourSpace.Resolve(image.Elements["/ColorSpace"], resources);
        if (space.Unsupported || PdfItems.Number(image, "/BitsPerComponent") != 8 || image.Elements.ContainsKey("/Decode")
            || PdfItems.Boolean(image, "/ImageMask") == true)
        {
            return null;
        }

        int n = space.Components;
        long size = width * height * n;
        if (StreamData.Decode(image, size) is not { } samples || samples.LongLength < size)
        {
            return null;
        }

        var info = new SKImageInfo((int)width, (int)height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        var pixels = bitmap.GetPixelSpan();
        Span<double> values = stackalloc double[n];
        for (long p = 0; p < width * height; p++)
        {
            for (int c = 0; c < n; c++)
            {
                values[c] = samples[(p * n) + c] / 255.0;
            }

            var colour = space.Colour(values) ?? SKColors.White;
            long o = p * 4;
            pixels[(int)o] = colour.Red;
            pixels[(int)o + 1] = colour.Green;
            pixels[(int)o + 2] = colour.Blue;
            pixels[(int)o + 3] = 255;
        }

        return SKImage.FromBitmap(bitmap);
    }
}
