using ImageMagick;

namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// Converts a raster image (JPEG, PNG, TIFF; grey, RGB or CMYK) for a press PDF with Magick.NET (LittleCMS does the
/// colour): RGB through its embedded profile (untagged: sRGB) to the output profile's CMYK; grey stays grey; a CMYK or
/// grey 8-bit JPEG goes in unchanged, byte for byte.
/// </summary>
internal static class ColorEngine
{
    private static int conversions;

    /// <summary>How many images were decoded and converted in this process (the cache's tests watch it).</summary>
    public static int Conversions => Volatile.Read(ref conversions);

    public static PrintImage Convert(byte[] source, PrintColor color)
    {
        Interlocked.Increment(ref conversions);
        var markers = JpegMarkers.Read(source);
        bool sourceJpeg = markers is not null;
        using var image = new MagickImage(source);
        if (markers is { Precision: 8, Components: 4 or 1 } m)
        {
            // CMYK or grey JPEG: never decoded and re-encoded. Decoded here only to measure its ink.
            bool gray = m.Components == 1;
            var passed = new PrintImage((int)image.Width, (int)image.Height, gray, Jpeg: true, InvertedCmyk: !gray && m.Adobe, source, 0, 0);
            return gray ? passed : Measured(passed, image);
        }

        if (image.HasAlpha)
        {
            // PDF/X-1a has no transparency: a logo with alpha is flattened on white paper.
            image.BackgroundColor = MagickColors.White;
            image.Alpha(AlphaAction.Remove);
        }

        bool grayImage = image.ColorSpace == ColorSpace.Gray;
        byte[] samples;
        if (grayImage)
        {
            samples = image.ToByteArray(MagickFormat.Gray);
        }
        else
        {
            if (image.ColorSpace != ColorSpace.CMYK)
            {
                image.RenderingIntent = Intent(color.Intent);
                image.BlackPointCompensation = color.BlackPointCompensation;
                var embedded = image.GetColorProfile();
                var source2 = embedded is { ColorSpace: ColorSpace.sRGB or ColorSpace.RGB } ? embedded : new ColorProfile(color.SourceRgb);
                if (embedded is not null && embedded.ColorSpace is not (ColorSpace.sRGB or ColorSpace.RGB))
                {
                    image.RemoveProfile("icc");
                }

                if (!image.TransformColorSpace(source2, new ColorProfile(color.OutputProfile), ColorTransformMode.HighRes) || image.ColorSpace != ColorSpace.CMYK)
                {
                    throw new InvalidDataException("could not be converted to the output profile's CMYK");
                }
            }

            image.Depth = 8;
            samples = image.ToByteArray(MagickFormat.Cmyk);
        }

        var (percentile, max) = grayImage ? (0.0, 0.0) : Ink(samples);
        image.Strip();

        // Photos that came as JPEG go in as a high-quality CMYK JPEG (quality 95, no chroma subsampling): their detail is
        // already JPEG-shaped, and Flate would make a 6-megapixel photo about 20 MB instead of about 3. PNG and TIFF
        // sources are usually logos, charts and line art, whose sharp edges JPEG would smear: they go in lossless (Flate).
        if (sourceJpeg)
        {
            image.Quality = 95;
            image.Settings.SetDefine(MagickFormat.Jpeg, "sampling-factor", "1x1");
            image.Settings.SetDefine(MagickFormat.Jpeg, "optimize-coding", "true");
            byte[] jpeg = image.ToByteArray(MagickFormat.Jpeg);
            var written = JpegMarkers.Read(jpeg) ?? throw new InvalidDataException("the converted JPEG cannot be read back");
            return new PrintImage((int)image.Width, (int)image.Height, grayImage, Jpeg: true, InvertedCmyk: !grayImage && written.Adobe, jpeg, percentile, max);
        }

        return new PrintImage((int)image.Width, (int)image.Height, grayImage, Jpeg: false, InvertedCmyk: false, Deflate(samples), percentile, max);
    }

    /// <summary>
    /// An image as the press will print it, for a screen: converted to the output profile's CMYK as for press (a CMYK
    /// image as it is), then back to sRGB (relative colorimetric with black-point compensation), as PNG.
    /// </summary>
    public static byte[] SoftProof(byte[] source, PrintColor color)
    {
        using var image = new MagickImage(source);
        if (image.HasAlpha)
        {
            image.BackgroundColor = MagickColors.White;
            image.Alpha(AlphaAction.Remove);
        }

        var cmyk = new ColorProfile(color.OutputProfile);
        if (image.ColorSpace is not (ColorSpace.CMYK or ColorSpace.Gray))
        {
            image.RenderingIntent = Intent(color.Intent);
            image.BlackPointCompensation = color.BlackPointCompensation;
            var embedded = image.GetColorProfile();
            image.TransformColorSpace(embedded is { ColorSpace: ColorSpace.sRGB or ColorSpace.RGB } ? embedded : new ColorProfile(color.SourceRgb), cmyk, ColorTransformMode.HighRes);
        }

        if (image.ColorSpace == ColorSpace.CMYK)
        {
            image.RenderingIntent = ImageMagick.RenderingIntent.Relative;
            image.BlackPointCompensation = true;
            image.TransformColorSpace(cmyk, new ColorProfile(color.SourceRgb), ColorTransformMode.HighRes);
        }

        image.Strip();
        return image.ToByteArray(MagickFormat.Png);
    }

    /// <summary>The sRGB a CMYK ink mix shows as on paper, through the output profile (relative colorimetric, BPC).</summary>
    public static (byte R, byte G, byte B) SoftProof(double c, double m, double y, double k, PrintColor color)
    {
        static byte Ink(double percent) => (byte)Math.Round(Math.Clamp(percent, 0, 100) * 2.55);
        byte[] raw = [Ink(c), Ink(m), Ink(y), Ink(k)];
        using var image = new MagickImage(raw, new MagickReadSettings { Width = 1, Height = 1, Format = MagickFormat.Cmyk, Depth = 8 });
        image.RenderingIntent = ImageMagick.RenderingIntent.Relative;
        image.BlackPointCompensation = true;
        image.TransformColorSpace(new ColorProfile(color.OutputProfile), new ColorProfile(color.SourceRgb), ColorTransformMode.HighRes);
        byte[] rgb = image.ToByteArray(MagickFormat.Rgb);
        return (rgb[0], rgb[1], rgb[2]);
    }

    /// <summary>An image as PNG (for screen output of formats Skia does not read).</summary>
    public static byte[] ToPng(byte[] source)
    {
        using var image = new MagickImage(source);
        return image.ToByteArray(MagickFormat.Png);
    }

    private static PrintImage Measured(PrintImage passed, MagickImage image)
    {
        var (percentile, max) = Ink(image.ToByteArray(MagickFormat.Cmyk));
        return passed with { InkPercentile = percentile, InkMax = max };
    }

    /// <summary>
    /// Total ink of CMYK samples: the 99.9th percentile (what the check compares, so that a few stray pixels — sensor
    /// noise, a JPEG ringing edge — do not fail a photo) and the maximum (reported beside it).
    /// </summary>
    internal static (double Percentile, double Max) Ink(ReadOnlySpan<byte> cmyk)
    {
        var histogram = new long[4 * 255 + 1];
        long pixels = cmyk.Length / 4;
        for (int i = 0; i + 3 < cmyk.Length; i += 4)
        {
            histogram[cmyk[i] + cmyk[i + 1] + cmyk[i + 2] + cmyk[i + 3]]++;
        }

        long allowed = pixels - (long)Math.Ceiling(pixels * 0.999), seen = 0;
        int percentile = 0, max = 0;
        for (int sum = histogram.Length - 1; sum >= 0; sum--)
        {
            if (histogram[sum] == 0)
            {
                continue;
            }

            if (max == 0)
            {
                max = sum;
            }

            seen += histogram[sum];
            if (seen > allowed)
            {
                percentile = sum;
                break;
            }
        }

        return (percentile * 100.0 / 255, max * 100.0 / 255);
    }

    private static byte[] Deflate(byte[] samples)
    {
        var buffer = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(samples);
        }

        return buffer.ToArray();
    }

    private static ImageMagick.RenderingIntent Intent(Templates.Model.RenderingIntent intent) => intent switch
    {
        Templates.Model.RenderingIntent.Perceptual => ImageMagick.RenderingIntent.Perceptual,
        Templates.Model.RenderingIntent.Saturation => ImageMagick.RenderingIntent.Saturation,
        Templates.Model.RenderingIntent.Absolute => ImageMagick.RenderingIntent.Absolute,
        _ => ImageMagick.RenderingIntent.Relative,
    };
}
