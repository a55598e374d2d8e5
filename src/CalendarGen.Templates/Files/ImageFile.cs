using System.Buffers.Binary;

namespace CalendarGen.Templates.Files;

/// <summary>The image formats a template can place.</summary>
public enum ImageFormat
{
    /// <summary>PNG.</summary>
    Png,

    /// <summary>JPEG (JFIF or Adobe).</summary>
    Jpeg,

    /// <summary>SVG, kept as vectors.</summary>
    Svg,

    /// <summary>TIFF (baseline; the photo formats of prepress).</summary>
    Tiff,
}

/// <summary>An image file read and checked: its bytes (an SVG already made safe), format and pixel size (0 for SVG).</summary>
public sealed record ImageData(ImageFormat Format, byte[] Bytes, int Width, int Height);

/// <summary>
/// Reads an image through <see cref="InputFile"/> and checks it before any decoder sees it: the format from the
/// content, the pixel size from the header (so a small file claiming 100000 × 100000 pixels is refused before memory
/// is allocated for it), and an SVG through <see cref="SvgSanitizer"/>.
/// </summary>
public static class ImageFile
{
    /// <summary>The longest side a raster image may have, in pixels.</summary>
    public const int MaxSide = 30_000;

    /// <summary>The most pixels a raster image may have (about 10 × a 300 ppi A2 photo).</summary>
    public const long MaxPixels = 200_000_000;

    /// <summary>Reads and checks an image file; null with the problem when it cannot be used.</summary>
    public static ImageData? Read(string path, out string? problem)
    {
        var kind = path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? InputKind.Svg : InputKind.Image;
        byte[]? bytes = InputFile.TryRead(path, kind, out problem);
        return bytes is null ? null : Check(bytes, out problem);
    }

    /// <summary>Checks image bytes; null with the problem when they cannot be used.</summary>
    public static ImageData? Check(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Sized(ImageFormat.Png, bytes, PngSize(bytes), out problem);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return Sized(ImageFormat.Jpeg, bytes, JpegSize(bytes), out problem);
        }

        if (bytes.Length >= 8 && (bytes.AsSpan(0, 4).SequenceEqual("II*\0"u8) || bytes.AsSpan(0, 4).SequenceEqual("MM\0*"u8)))
        {
            return Sized(ImageFormat.Tiff, bytes, TiffSize(bytes), out problem);
        }

        if (SvgSanitizer.LooksLikeXml(bytes))
        {
            byte[]? safe = SvgSanitizer.Sanitize(bytes, out problem);
            return safe is null ? null : new ImageData(ImageFormat.Svg, safe, 0, 0);
        }

        problem = "is not a PNG, JPEG, TIFF or SVG image";
        return null;
    }

    private static ImageData? Sized(ImageFormat format, byte[] bytes, (int Width, int Height)? size, out string? problem)
    {
        problem = null;
        if (size is not { } s || s.Width <= 0 || s.Height <= 0)
        {
            problem = $"is not a readable {format.ToString().ToUpperInvariant()} image (its header gives no size)";
            return null;
        }

        if (s.Width > MaxSide || s.Height > MaxSide || (long)s.Width * s.Height > MaxPixels)
        {
            problem = $"claims {s.Width} × {s.Height} pixels, more than calendargen reads (at most {MaxSide} pixels a side and {MaxPixels / 1_000_000} megapixels)";
            return null;
        }

        return new ImageData(format, bytes, s.Width, s.Height);
    }

    /// <summary>Width and height from the IHDR chunk, which must come first.</summary>
    private static (int, int)? PngSize(byte[] b)
    {
        if (b.Length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R')
        {
            return null;
        }

        uint width = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16));
        uint height = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20));
        return width > int.MaxValue || height > int.MaxValue ? (int.MaxValue, int.MaxValue) : ((int)width, (int)height);
    }

    /// <summary>Width and height (tags 256 and 257) from the first image file directory (TIFF 6.0 §2).</summary>
    private static (int, int)? TiffSize(byte[] b)
    {
        bool little = b[0] == 'I';
        uint Read32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
        int Read16(int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at));
        uint ifd = Read32(4);
        if (ifd < 8 || ifd > b.Length - 2)
        {
            return null;
        }

        int count = Read16((int)ifd);
        long width = -1, height = -1;
        for (int i = 0; i < count; i++)
        {
            int entry = (int)ifd + 2 + (i * 12);
            if (entry + 12 > b.Length)
            {
                return null;
            }

            int tag = Read16(entry), type = Read16(entry + 2);
            long value = type == 3 ? Read16(entry + 8) : type == 4 ? Read32(entry + 8) : -1;
            if (tag == 256)
            {
                width = value;
            }
            else if (tag == 257)
            {
                height = value;
            }
        }

        return width < 0 || height < 0 ? null : ((int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue));
    }

    /// <summary>Width and height from the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).</summary>
    private static (int, int)? JpegSize(byte[] b)
    {
        int i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            byte marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                int height = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5));
                int width = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7));
                return (width, height);
            }

            if (marker == 0xDA || length < 2)
            {
                return null;
            }

            i += 2 + length;
        }

        return null;
    }
}
