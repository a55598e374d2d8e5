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

    /// <summary>TIFF (baseline, 8 bits a sample).</summary>
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

        if (bytes.Length >= 4 && ((bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && bytes[3] == 0) || (bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] == 42)))
        {
            var tiff = TiffSize(bytes, out string? unsupported);
            if (unsupported is not null)
            {
                problem = unsupported;
                return null;
            }

            return Sized(ImageFormat.Tiff, bytes, tiff, out problem);
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

    /// <summary>
    /// Width and height from the first image file directory (TIFF 6.0, section 2: an 8-byte header with the byte order
    /// and the IFD's offset; the IFD a count and 12-byte entries of tag, type, count and value or offset). Every
    /// offset is checked against the file's length. Only 8 bits a sample are accepted; null when the header or the
    /// IFD is cut short or lacks a size.
    /// </summary>
    private static (int, int)? TiffSize(byte[] b, out string? unsupported)
    {
        unsupported = null;
        bool little = b[0] == 'I';
        uint U16(long at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan((int)at)) : BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan((int)at));
        uint U32(long at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan((int)at)) : BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan((int)at));
        if (b.Length < 8)
        {
            return null;
        }

        long ifd = U32(4);
        if (ifd < 8 || ifd + 2 > b.Length)
        {
            return null;
        }

        long entries = U16(ifd);
        if (ifd + 2 + entries * 12 > b.Length)
        {
            return null;
        }

        long width = 0, height = 0;
        bool eightBit = false;
        for (long e = ifd + 2; e < ifd + 2 + entries * 12; e += 12)
        {
            uint tag = U16(e), type = U16(e + 2), count = U32(e + 4);
            // SHORT (3) values sit in the first two bytes of the value field, LONG (4) in all four.
            long Value(long at) => type == 3 ? U16(at) : type == 4 ? U32(at) : -1;
            switch (tag)
            {
                case 256:
                    width = count == 1 ? Value(e + 8) : -1;
                    break;
                case 257:
                    height = count == 1 ? Value(e + 8) : -1;
                    break;
                case 258 when type == 3 && count is >= 1 and <= 8:
                    // Bits per sample: inline for up to two samples, else at an offset.
                    long at = count <= 2 ? e + 8 : U32(e + 8);
                    if (at + 2 * count > b.Length)
                    {
                        return null;
                    }

                    for (uint i = 0; i < count; i++)
                    {
                        if (U16(at + 2 * i) != 8)
                        {
                            unsupported = $"is a TIFF with {U16(at + 2 * i)} bits a sample; only 8-bit TIFF images are read";
                            return null;
                        }
                    }

                    eightBit = true;
                    break;
                case 258:
                    unsupported = "is a TIFF whose bits per sample cannot be read; only 8-bit TIFF images are read";
                    return null;
            }
        }

        if (!eightBit && width > 0 && height > 0)
        {
            // Without BitsPerSample a TIFF is bilevel (one bit a sample).
            unsupported = "is a TIFF with 1 bit a sample; only 8-bit TIFF images are read";
            return null;
        }

        return width <= 0 || height <= 0 ? null
            : width > int.MaxValue || height > int.MaxValue ? (int.MaxValue, int.MaxValue) : ((int)width, (int)height);
    }

    /// <summary>Width and height from the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).</summary>
    private static (int, int)? JpegSize(byte[] b) => JpegHeader.Read(b) is { } header ? (header.Width, header.Height) : null;
}
