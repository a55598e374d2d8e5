using System.Buffers.Binary;
using System.Text;

namespace CalendarGen.Templates.Files;

/// <summary>A CMYK output profile read and checked: its bytes (embedded unchanged) and its description.</summary>
public sealed record IccProfile(byte[] Bytes, string Description);

/// <summary>
/// Reads the ICC profile that names a press output condition (ICC.1:2010 §7.2 header, §9.2.41 'desc' tag): only a
/// printer ('prtr') profile in CMYK is accepted, since that is what a PDF/X OutputIntent describes and what photos
/// are converted to.
/// </summary>
public static class IccProfileFile
{
    /// <summary>Reads and checks a profile through <see cref="InputFile"/>; null with the problem when it cannot be used.</summary>
    public static IccProfile? Read(string path, out string? problem)
    {
        byte[]? bytes = InputFile.TryRead(path, InputKind.ColorProfile, out problem);
        return bytes is null ? null : Check(bytes, out problem);
    }

    /// <summary>Checks profile bytes; null with the problem when they are not a CMYK output profile.</summary>
    public static IccProfile? Check(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length < 132 || !bytes.AsSpan(36, 4).SequenceEqual("acsp"u8) || BinaryPrimitives.ReadUInt32BigEndian(bytes) > bytes.Length)
        {
            problem = "is not an ICC profile";
            return null;
        }

        string deviceClass = Ascii(bytes, 12), space = Ascii(bytes, 16);
        if (deviceClass != "prtr" || space != "CMYK")
        {
            problem = $"is an ICC profile for '{deviceClass.Trim()}' in {space.Trim()}, not a CMYK output ('prtr') profile a press prints with";
            return null;
        }

        return new IccProfile(bytes, Description(bytes) ?? "CMYK output profile");
    }

    private static string Ascii(byte[] bytes, int at) => Encoding.ASCII.GetString(bytes, at, 4);

    /// <summary>The profile description (v2 textDescriptionType or v4 multiLocalizedUnicodeType), or null.</summary>
    private static string? Description(byte[] b)
    {
        uint count = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(128));
        for (long i = 0; i < count && 132 + (i * 12) + 12 <= b.Length; i++)
        {
            int entry = (int)(132 + (i * 12));
            if (!b.AsSpan(entry, 4).SequenceEqual("desc"u8))
            {
                continue;
            }

            uint offset = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(entry + 4)), size = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(entry + 8));
            if (offset + (long)size > b.Length || size < 12)
            {
                return null;
            }

            var tag = b.AsSpan((int)offset, (int)size);
            string? text = null;
            if (tag[..4].SequenceEqual("desc"u8))
            {
                int length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(tag[8..]), (uint)(tag.Length - 12));
                text = Encoding.ASCII.GetString(tag.Slice(12, length));
            }
            else if (tag[..4].SequenceEqual("mluc"u8) && tag.Length >= 28)
            {
                // The first record (its language is the profile's first); strings are UTF-16BE.
                int length = (int)BinaryPrimitives.ReadUInt32BigEndian(tag[20..]), start = (int)BinaryPrimitives.ReadUInt32BigEndian(tag[24..]);
                if (start >= 0 && length >= 0 && (long)start + length <= tag.Length)
                {
                    text = Encoding.BigEndianUnicode.GetString(tag.Slice(start, length));
                }
            }

            text = text?.TrimEnd('\0').Trim();
            return string.IsNullOrEmpty(text) || text.Any(char.IsControl) ? null : text;
        }

        return null;
    }
}
