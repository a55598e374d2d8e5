using CalendarGen.Templates.Files;
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

    /// <summary>
    /// CALENDARGEN_IMAGE_TIMING=1: for each photo converted to JPEG, one line on standard error with the milliseconds
    /// of each step (decode, resize, colour transform, ink statistics, encode), for profiling; off, nothing is written.
    /// </summary>
    private static readonly bool Timing = Environment.GetEnvironmentVariable("CALENDARGEN_IMAGE_TIMING") == "1";

    // Photos are converted one per core (PressImages); ImageMagick's own OpenMP threads on top of that only contend
    // (and spin) for the same cores.
    static ColorEngine() => ResourceLimits.Thread = 1;

    /// <summary>How many images were decoded and converted in this process (the cache's tests watch it).</summary>
    public static int Conversions => Volatile.Read(ref conversions);

    /// <summary>
    /// The image for press; with a <paramref name="size"/>, an RGB or grey image is first resampled to that many pixels
    /// (Lanczos, ImageMagick's choice for reduction) — a CMYK or grey JPEG still goes in unchanged.
    /// </summary>
    public static PrintImage Convert(byte[] source, PrintColor color, (int Width, int Height)? size = null)
    {
        NativeHeap.KeepLargeBlocksMapped();
        Interlocked.Increment(ref conversions);
        var markers = JpegHeader.Read(source) is { Intact: true } header ? header : (JpegHeader?)null;
        bool sourceJpeg = markers is not null;
        var clock = Timing ? System.Diagnostics.Stopwatch.StartNew() : null;
        var steps = new List<string>();
        void Step(string name)
        {
            if (clock is not null)
            {
                steps.Add($"{name} {clock.Elapsed.TotalMilliseconds:0}");
                clock.Restart();
            }
        }

        using var image = new MagickImage(source);
        Step("decode");
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

        if (size is { } target)
        {
            // Before the colour transform, which then has fewer pixels to convert.
            image.FilterType = FilterType.Lanczos;
            image.Resize(new MagickGeometry((uint)target.Width, (uint)target.Height) { IgnoreAspectRatio = true });
            Step("resize");
        }

        bool grayImage = image.ColorSpace == ColorSpace.Gray;
        if (!grayImage && image.ColorSpace != ColorSpace.CMYK)
        {
            image.RenderingIntent = Intent(color.Intent);
            image.BlackPointCompensation = color.BlackPointCompensation;
            var embedded = image.GetColorProfile();
            var from = embedded is { ColorSpace: ColorSpace.sRGB or ColorSpace.RGB } ? embedded : new ColorProfile(color.SourceRgb);
            if (embedded is not null && embedded.ColorSpace is not (ColorSpace.sRGB or ColorSpace.RGB))
            {
                image.RemoveProfile("icc");
            }

            // Quantum: LittleCMS's optimised 8-bit transform. HighRes (floating point) took 2.7 s of CPU a 6-megapixel
            // photo against 0.7 s, for differences under one 8-bit step in the CMYK written.
            if (!image.TransformColorSpace(from, new ColorProfile(color.OutputProfile), ColorTransformMode.Quantum) || image.ColorSpace != ColorSpace.CMYK)
            {
                throw new InvalidDataException("could not be converted to the output profile's CMYK");
            }

            Step("transform");
        }

        image.Depth = 8;
        var ink = new InkHistogram();

        // Photos that came as JPEG go in as a high-quality CMYK JPEG (quality 95, no chroma subsampling): their detail is
        // already JPEG-shaped, and Flate would make a 6-megapixel photo about 20 MB instead of about 3. PNG and TIFF
        // sources are usually logos, charts and line art, whose sharp edges JPEG would smear: they go in lossless (Flate).
        // The standard Huffman tables, not optimised ones: optimising took a second pass over the coefficients (about
        // two thirds of the encoding time in bench/photo-press.sh) for files about 8 % smaller.
        if (sourceJpeg)
        {
            if (!grayImage)
            {
                Bands(image, "CMYK", ink.Add);
            }

            Step("ink");
            image.Strip();
            image.Quality = 95;
            image.Settings.SetDefine(MagickFormat.Jpeg, "sampling-factor", "1x1");
            image.Settings.SetDefine(MagickFormat.Jpeg, "optimize-coding", "false");
            byte[] jpeg = image.ToByteArray(MagickFormat.Jpeg);
            var written = JpegHeader.Read(jpeg) is { Intact: true } back ? back : throw new InvalidDataException("the converted JPEG cannot be read back");
            Step("encode");
            if (clock is not null)
            {
                Console.Error.WriteLine($"image timing ms: {string.Join(", ", steps)} ({image.Width} × {image.Height})");
            }

            return new PrintImage((int)image.Width, (int)image.Height, grayImage, Jpeg: true, InvertedCmyk: !grayImage && written.Adobe, jpeg, ink.Percentile, ink.Max);
        }

        // The samples go through zlib a band of rows at a time: no copy of the whole image is held.
        var buffer = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            Bands(image, grayImage ? "R" : "CMYK", band =>
            {
                if (!grayImage)
                {
                    ink.Add(band);
                }

                zlib.Write(band);
            });
        }

        return new PrintImage((int)image.Width, (int)image.Height, grayImage, Jpeg: false, InvertedCmyk: false, buffer.ToArray(), ink.Percentile, ink.Max);
    }

    /// <summary>The image's 8-bit samples in the given channel order, a band of rows (about 4 MB) at a time.</summary>
    private static void Bands(MagickImage image, string mapping, Action<byte[]> take)
    {
        using var pixels = image.GetPixelsUnsafe();
        uint width = image.Width, height = image.Height;
        uint rows = Math.Max(1, (4u << 20) / (width * (uint)mapping.Length));

        // 8-bit samples already stored in the order asked for are copied as they are, without ImageMagick's per-pixel
        // channel mapping (which cost as much as the ink statistics themselves).
        bool stored = image.ChannelCount == mapping.Length && (mapping, image.ColorSpace) is ("CMYK", ColorSpace.CMYK) && !image.HasAlpha;
        for (uint y = 0; y < height; y += rows)
        {
            uint band = Math.Min(rows, height - y);
            take((stored ? pixels.GetArea(0, (int)y, width, band) : pixels.ToByteArray(0, (int)y, width, band, mapping))
                ?? throw new InvalidDataException("its pixels cannot be read"));
        }
    }

    /// <summary>
    /// An image as the press will print it, for a screen: converted to the output profile's CMYK as for press (a CMYK
    /// image as it is), then back to sRGB (relative colorimetric with black-point compensation), as PNG. In floating
    /// point (HighRes): two 8-bit round trips would shift a colour by several steps, and a preview is one image.
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
        var ink = new InkHistogram();
        Bands(image, "CMYK", ink.Add);
        return passed with { InkPercentile = ink.Percentile, InkMax = ink.Max };
    }

    private static ImageMagick.RenderingIntent Intent(Templates.Model.RenderingIntent intent) => intent switch
    {
        Templates.Model.RenderingIntent.Perceptual => ImageMagick.RenderingIntent.Perceptual,
        Templates.Model.RenderingIntent.Saturation => ImageMagick.RenderingIntent.Saturation,
        Templates.Model.RenderingIntent.Absolute => ImageMagick.RenderingIntent.Absolute,
        _ => ImageMagick.RenderingIntent.Relative,
    };
}
