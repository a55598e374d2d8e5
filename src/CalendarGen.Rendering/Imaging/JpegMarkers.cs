using System.Buffers.Binary;

namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// What a JPEG's markers say, read without decoding: the components and precision of the first frame (SOFn) and
/// whether an Adobe APP14 segment is present. Adobe applications write CMYK JPEGs inverted (0 = full ink) and mark them
/// with APP14; a PDF reader needs /Decode [1 0 1 0 1 0 1 0] for those (PDF 1.7 §8.9.5.2; Adobe Technical Note 5116).
/// </summary>
internal readonly record struct JpegMarkers(int Components, int Precision, bool Adobe)
{
    /// <summary>The markers of a JPEG, or null when it has no frame header before its scan.</summary>
    public static JpegMarkers? Read(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        bool adobe = false;
        (int Components, int Precision)? frame = null;
        int i = 2;
        while (i + 4 <= b.Length)
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
            if (length < 2 || i + 2 + length > b.Length)
            {
                return null;
            }

            var segment = b.Slice(i + 4, length - 2);
            if (marker == 0xEE && segment.Length >= 5 && segment[..5].SequenceEqual("Adobe"u8))
            {
                adobe = true;
            }

            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC) && frame is null && segment.Length >= 6)
            {
                frame = (segment[5], segment[0]);
            }

            i += 2 + length;
        }

        return frame is { } f ? new JpegMarkers(f.Components, f.Precision, adobe) : null;
    }
}
