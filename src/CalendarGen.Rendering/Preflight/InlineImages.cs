using System.Globalization;
using System.Text;
using static CalendarGen.Rendering.Pdf.PdfTokens;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Inline images (BI … ID binary data EI) in a content stream. PDFsharp's content parser cannot read them (it fails on
/// the binary data), so before parsing this pass cuts each one out, keeps its dictionary, and puts a Do of a reserved
/// name in its place: the walker then checks the image where it was drawn, with the graphics state of that point.
/// The data is skipped by its computed length when it is not filtered, else up to the first "EI" between white-space
/// (ISO 32000-1 §8.9.7) — strings and comments are skipped too, so a "BI" inside them is not an image.
/// </summary>
internal static class InlineImages
{
    /// <summary>The resource name a cut-out image is drawn under; a real XObject will not be called this.</summary>
    public const string MarkerPrefix = "CalendarGenInlineImage.";

    /// <summary>One inline image's dictionary, as far as the checks need it.</summary>
    /// <param name="Width">W, in pixels.</param>
    /// <param name="Height">H, in pixels.</param>
    /// <param name="Bits">BPC, bits per component (1 for a mask).</param>
    /// <param name="ColourSpace">The colour space as written: "DeviceRGB", "Indexed/DeviceRGB", or a resource name "/CS0".</param>
    /// <param name="Filters">The filters, with their abbreviations expanded ("LZWDecode").</param>
    /// <param name="ImageMask">Whether it is a stencil mask (no colour space of its own).</param>
    internal sealed record Image(int Width, int Height, int Bits, string ColourSpace, IReadOnlyList<string> Filters, bool ImageMask);

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["G"] = "DeviceGray", ["RGB"] = "DeviceRGB", ["CMYK"] = "DeviceCMYK", ["I"] = "Indexed",
        ["AHx"] = "ASCIIHexDecode", ["A85"] = "ASCII85Decode", ["LZW"] = "LZWDecode", ["Fl"] = "FlateDecode",
        ["RL"] = "RunLengthDecode", ["CCF"] = "CCITTFaxDecode", ["DCT"] = "DCTDecode",
    };

    /// <summary>
    /// The content with every inline image replaced by "/CalendarGenInlineImage.N Do", and the images in order;
    /// the content itself when it has none.
    /// </summary>
    /// <exception cref="FormatException">An inline image has no ID or no EI.</exception>
    public static byte[] CutOut(byte[] content, List<Image> images)
    {
        if (content.AsSpan().IndexOf("BI"u8) < 0)
        {
            return content;
        }

        var output = new MemoryStream(content.Length);
        int copied = 0, i = 0;
        while (i < content.Length)
        {
            byte b = content[i];
            if (b == '%')
            {
                while (i < content.Length && content[i] is not (byte)'\n' and not (byte)'\r')
                {
                    i++;
                }
            }
            else if (b == '(')
            {
                i = SkipString(content, i);
            }
            else if (b == '<' && i + 1 < content.Length && content[i + 1] != '<')
            {
                int end = content.AsSpan(i).IndexOf((byte)'>');
                i = end < 0 ? content.Length : i + end + 1;
            }
            else if (IsWhite(b) || IsDelimiter(b))
            {
                i++;
            }
            else
            {
                int start = i;
                while (i < content.Length && !IsWhite(content[i]) && !IsDelimiter(content[i]))
                {
                    i++;
                }

                if (i - start == 2 && content[start] == 'B' && content[start + 1] == 'I')
                {
                    int end = ReadImage(content, i, out var image);
                    output.Write(content, copied, start - copied);
                    output.Write(Encoding.ASCII.GetBytes($"/{MarkerPrefix}{images.Count.ToString(CultureInfo.InvariantCulture)} Do "));
                    images.Add(image);
                    copied = i = end;
                }
            }
        }

        if (images.Count == 0)
        {
            return content;
        }

        output.Write(content, copied, content.Length - copied);
        return output.ToArray();
    }

    /// <summary>Reads the dictionary after BI, skips the data; returns the index just after EI.</summary>
    private static int ReadImage(byte[] content, int at, out Image image)
    {
        var tokens = new List<string>();
        int i = at;
        while (true)
        {
            while (i < content.Length && IsWhite(content[i]))
            {
                i++;
            }

            if (i >= content.Length)
            {
                throw new FormatException("an inline image (BI) has no ID");
            }

            int start = i;
            if (content[i] is (byte)'[' or (byte)']')
            {
                i++;
            }
            else if (content[i] == '<')
            {
                int end = content.AsSpan(i).IndexOf((byte)'>');
                i = end < 0 ? content.Length : i + end + 1;
            }
            else if (content[i] == '(')
            {
                i = SkipString(content, i);
            }
            else
            {
                i++;
                while (i < content.Length && !IsWhite(content[i]) && !IsDelimiter(content[i]))
                {
                    i++;
                }
            }

            string token = Encoding.Latin1.GetString(content, start, i - start);
            if (token == "ID")
            {
                break;
            }

            tokens.Add(token);
        }

        // One white-space byte ends ID; the data follows.
        int data = i + 1;
        image = Parse(tokens);
        int length = image.Filters.Count == 0 ? UnfilteredLength(image) : -1;
        if (length > 0 && data + length <= content.Length && EndsAt(content, data + length) is { } exact)
        {
            return exact;
        }

        for (int p = data; p + 2 < content.Length + 1; p++)
        {
            if (IsWhite(content[p - 1]) && content[p] == 'E' && p + 1 < content.Length && content[p + 1] == 'I'
                && (p + 2 == content.Length || IsWhite(content[p + 2]) || IsDelimiter(content[p + 2])))
            {
                return p + 2;
            }
        }

        throw new FormatException("an inline image has no EI after its data");
    }

    /// <summary>The index after "EI" when only white-space separates it from <paramref name="at"/>, else null.</summary>
    private static int? EndsAt(byte[] content, int at)
    {
        while (at < content.Length && IsWhite(content[at]))
        {
            at++;
        }

        return at + 1 < content.Length && content[at] == 'E' && content[at + 1] == 'I'
            && (at + 2 == content.Length || IsWhite(content[at + 2]) || IsDelimiter(content[at + 2]))
            ? at + 2
            : null;
    }

    private static Image Parse(List<string> tokens)
    {
        int width = 0, height = 0, bits = 8;
        string space = "DeviceGray";
        var filters = new List<string>();
        bool mask = false;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            switch (tokens[t])
            {
                case "/W" or "/Width":
                    width = Integer(tokens[++t]);
                    break;
                case "/H" or "/Height":
                    height = Integer(tokens[++t]);
                    break;
                case "/BPC" or "/BitsPerComponent":
                    bits = Integer(tokens[++t]);
                    break;
                case "/IM" or "/ImageMask":
                    mask = tokens[++t] == "true";
                    break;
                case "/CS" or "/ColorSpace" when tokens[t + 1] == "[":
                    // [/I base hival lookup]: the base decides the colour.
                    space = t + 3 < tokens.Count && Expand(tokens[t + 2]) == "Indexed" ? "Indexed/" + Space(tokens[t + 3])
                        : t + 2 < tokens.Count ? Space(tokens[t + 2]) : "Unknown";
                    t = tokens.IndexOf("]", t) is int close and >= 0 ? close : tokens.Count;
                    break;
                case "/CS" or "/ColorSpace":
                    space = Space(tokens[++t]);
                    break;
                case "/F" or "/Filter" when tokens[t + 1] == "[":
                    for (t += 2; t < tokens.Count && tokens[t] != "]"; t++)
                    {
                        filters.Add(Expand(tokens[t]));
                    }

                    break;
                case "/F" or "/Filter":
                    filters.Add(Expand(tokens[++t]));
                    break;
            }
        }

        return new Image(width, height, mask ? 1 : bits, mask ? "ImageMask" : space, filters, mask);

        static int Integer(string token) => int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 0;
    }

    /// <summary>A device space by its full or short name, or a resource name kept with its slash.</summary>
    private static string Space(string token)
    {
        string name = Expand(token);
        return name is "DeviceGray" or "DeviceRGB" or "DeviceCMYK" or "Indexed" ? name : token;
    }

    private static string Expand(string token)
    {
        string name = token.TrimStart('/');
        return Abbreviations.GetValueOrDefault(name, name);
    }

    private static int UnfilteredLength(Image image)
    {
        int components = image.ColourSpace switch
        {
            "DeviceRGB" => 3,
            "DeviceCMYK" => 4,
            "DeviceGray" or "ImageMask" => 1,
            _ when image.ColourSpace.StartsWith("Indexed", StringComparison.Ordinal) => 1,
            _ => -1,
        };
        long length = components < 0 || image.Width <= 0 || image.Height <= 0 || image.Bits is not (1 or 2 or 4 or 8 or 16)
            ? -1
            : ((((long)image.Width * components * image.Bits) + 7) / 8) * image.Height;
        return length is > 0 and < int.MaxValue ? (int)length : -1;
    }
}
