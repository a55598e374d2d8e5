using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// Which glyphs each embedded font draws: a small scan of content streams for Tf (the font, kept across q/Q) and
/// the strings of Tj, TJ, ' and ". Skia writes Type0 fonts with Identity-H, so each string is a run of two-byte
/// glyph ids. Fonts are keyed by their dictionary object, which every page that shares the font shares too.
/// </summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<PdfDictionary, SortedSet<int>> used = new(ReferenceEqualityComparer.Instance);

    /// <summary>The glyph ids drawn with each Type0 font found so far.</summary>
    public IReadOnlyDictionary<PdfDictionary, SortedSet<int>> Fonts => used;

    /// <summary>Adds the glyphs a content stream draws, its font names resolved in <paramref name="resources"/>.</summary>
    public void Scan(byte[] content, PdfDictionary? resources)
    {
        var fonts = resources?.Elements.GetDictionary("/Font");
        var saved = new Stack<SortedSet<int>?>();
        SortedSet<int>? font = null;
        string? lastName = null;
        var strings = new List<byte[]>();
        int i = 0, n = content.Length;
        while (i < n)
        {
            byte b = content[i];
            if (IsWhite(b) || b is (byte)'[' or (byte)']')
            {
                i++;
                continue;
            }

            switch (b)
            {
                case (byte)'%':
                    while (i < n && content[i] is not (10 or 13))
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    strings.Add(Literal(content, ref i));
                    continue;
                case (byte)'<' when i + 1 < n && content[i + 1] == '<':
                case (byte)'>' when i + 1 < n && content[i + 1] == '>':
                    i += 2;
                    continue;
                case (byte)'<':
                    strings.Add(Hex(content, ref i));
                    continue;
                case (byte)'/':
                    int nameStart = i++;
                    while (i < n && !IsWhite(content[i]) && !IsDelimiter(content[i]))
                    {
                        i++;
                    }

                    lastName = System.Text.Encoding.ASCII.GetString(content, nameStart, i - nameStart);
                    continue;
            }

            int start = i;
            while (i < n && !IsWhite(content[i]) && !IsDelimiter(content[i]))
            {
                i++;
            }

            if (i == start)
            {
                i++;
                continue;
            }

            var token = content.AsSpan(start, i - start);
            if (token[0] is (byte)'-' or (byte)'+' or (byte)'.' || char.IsAsciiDigit((char)token[0]))
            {
                continue;
            }

            if (token.SequenceEqual("Tf"u8))
            {
                font = lastName is not null && fonts?.Elements.GetDictionary(lastName) is { } dict && IsIdentityType0(dict) ? For(dict) : null;
            }
            else if (token.SequenceEqual("Tj"u8) || token.SequenceEqual("TJ"u8) || token.SequenceEqual("'"u8) || token.SequenceEqual("\""u8))
            {
                foreach (byte[] s in strings)
                {
                    for (int k = 0; font is not null && k + 1 < s.Length; k += 2)
                    {
                        font.Add(s[k] << 8 | s[k + 1]);
                    }
                }
            }
            else if (token.SequenceEqual("q"u8))
            {
                saved.Push(font);
            }
            else if (token.SequenceEqual("Q"u8) && saved.Count > 0)
            {
                font = saved.Pop();
            }
            else if (token.SequenceEqual("BI"u8))
            {
                int ei = content.AsSpan(i).IndexOf("EI"u8);
                i = ei < 0 ? n : i + ei + 2;
            }

            strings.Clear();
        }
    }

    private SortedSet<int> For(PdfDictionary font)
    {
        if (!used.TryGetValue(font, out var set))
        {
            used[font] = set = [];
        }

        return set;
    }

    private static bool IsIdentityType0(PdfDictionary font) =>
        font.Elements.GetName("/Subtype") == "/Type0" && font.Elements.GetName("/Encoding") == "/Identity-H";

    private static byte[] Hex(byte[] content, ref int i)
    {
        var bytes = new List<byte>();
        int high = -1;
        for (i++; i < content.Length && content[i] != '>'; i++)
        {
            int digit = HexValue(content[i]);
            if (digit < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                bytes.Add((byte)(high << 4 | digit));
                high = -1;
            }
        }

        if (high >= 0)
        {
            bytes.Add((byte)(high << 4));
        }

        i++;
        return [.. bytes];
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static byte[] Literal(byte[] content, ref int i)
    {
        var bytes = new List<byte>();
        int depth = 0;
        for (; i < content.Length; i++)
        {
            byte b = content[i];
            if (b == '\\' && i + 1 < content.Length)
            {
                byte e = content[++i];
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    int value = 0, digits = 0;
                    while (digits < 3 && i < content.Length && content[i] is >= (byte)'0' and <= (byte)'7')
                    {
                        value = value * 8 + content[i++] - '0';
                        digits++;
                    }

                    i--;
                    bytes.Add((byte)value);
                }
                else if (e is not (10 or 13))
                {
                    bytes.Add(e switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, _ => e });
                }
            }
            else if (b == '(' && depth++ == 0)
            {
                continue;
            }
            else if (b == ')' && --depth == 0)
            {
                i++;
                break;
            }
            else
            {
                bytes.Add(b);
            }
        }

        return [.. bytes];
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
