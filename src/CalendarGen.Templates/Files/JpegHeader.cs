using System.Buffers.Binary;

namespace CalendarGen.Templates.Files;

/// <summary>
/// What a JPEG's markers say, read without decoding: the size, components and precision of the first frame (SOFn), and
/// whether an Adobe APP14 segment is present. Adobe applications write CMYK JPEGs inverted (0 = full ink) and mark them
/// with APP14; a PDF reader needs /Decode [1 0 1 0 1 0 1 0] for those (PDF 1.7 §8.9.5.2; Adobe Technical Note 5116).
/// One reader for the header check before decoding (<see cref="ImageFile"/>) and for embedding a JPEG in a press file.
/// </summary>
/// <param name="Width">The frame's width in pixels.</param>
/// <param name="Height">The frame's height in pixels.</param>
/// <param name="Components">1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK.</param>
/// <param name="Precision">Bits a sample.</param>
/// <param name="Adobe">Whether an Adobe APP14 segment comes before the first scan.</param>
/// <param name="Intact">Whether every segment up to the first scan is whole: the size check reads the frame header
/// alone, embedding a JPEG byte for byte needs the whole header (an APP14 segment may follow the frame).</param>
public readonly record struct JpegHeader(int Width, int Height, int Components, int Precision, bool Adobe, bool Intact)
{
    /// <summary>The header of a JPEG, or null when it has no frame header before its scan.</summary>
    public static JpegHeader? Read(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        bool adobe = false, intact = true;
        JpegHeader? frame = null;
        int i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                intact = false;
                break;
            }

            byte marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                i += 2;
                continue;
            }

            // The segments up to the first scan: the Adobe segment may come before or after the frame header.
            if (marker == 0xDA)
            {
                break;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            var segment = b[(i + 4)..Math.Min(b.Length, i + 2 + Math.Max(length, 2))];
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC) && frame is null && segment.Length >= 6)
            {
                frame = new JpegHeader(BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), segment[5], segment[0], false, true);
            }

            if (marker == 0xEE && segment.Length >= 5 && segment[..5].SequenceEqual("Adobe"u8))
            {
                adobe = true;
            }

            if (length < 2 || i + 2 + length > b.Length)
            {
                intact = false;
                break;
            }

            i += 2 + length;
        }

        return frame is { } f ? f with { Adobe = adobe, Intact = intact } : null;
    }
}
