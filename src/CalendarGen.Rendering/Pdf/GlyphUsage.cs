using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// Which glyphs each embedded font draws, read from content streams: Tf chooses the font (kept across q/Q) and the
/// strings of Tj, TJ, ' and " are runs of two-byte glyph ids, since Skia writes Type0 fonts with Identity-H. Fonts
/// are keyed by their dictionary object, which every page that shares a font shares too. Print files are read by
/// <see cref="ContentStreamRewriter"/> as it tokenizes them anyway; <see cref="Scan"/> reads the rest.
/// </summary>
internal sealed class GlyphUsage
{
    // A flag per glyph id (TrueType has at most 65,536): cheaper than a set for the hundreds of thousands of glyph
    // shows of a year of day pages.
    private readonly Dictionary<PdfDictionary, bool[]> used = new(ReferenceEqualityComparer.Instance);

    /// <summary>The glyph ids drawn with each Identity-H Type0 font, in ascending order.</summary>
    public IEnumerable<(PdfDictionary Font, IReadOnlyList<int> Glyphs)> Fonts
    {
        get
        {
            foreach (var (font, flags) in used)
            {
                var glyphs = new List<int>();
                for (int g = 0; g < flags.Length; g++)
                {
                    if (flags[g])
                    {
                        glyphs.Add(g);
                    }
                }

                yield return (font, glyphs);
            }
        }
    }

    /// <summary>A reader for one content stream, whose font names resolve in <paramref name="resources"/>.</summary>
    public Reader Begin(PdfDictionary? resources) => new(this, resources?.Elements.GetDictionary("/Font"));

    /// <summary>Reads a content stream that is not rewritten (screen files, forms of screen files).</summary>
    public void Scan(byte[] content, PdfDictionary? resources)
    {
        var reader = Begin(resources);
        int i = 0, n = content.Length;
        while (i < n)
        {
            byte b = content[i];
            int start = i;
            switch (b)
            {
                case (byte)'%':
                    while (i < n && content[i] is not (10 or 13))
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    i = PdfTokens.SkipString(content, i);
                    reader.String(content, start, i);
                    continue;
                case (byte)'<' when i + 1 < n && content[i + 1] == '<':
                case (byte)'>' when i + 1 < n && content[i + 1] == '>':
                    i += 2;
                    continue;
                case (byte)'<':
                    int close = Array.IndexOf(content, (byte)'>', i);
                    i = close < 0 ? n : close + 1;
                    reader.String(content, start, i);
                    continue;
                case (byte)'/':
                    i++;
                    while (i < n && !PdfTokens.IsWhite(content[i]) && !PdfTokens.IsDelimiter(content[i]))
                    {
                        i++;
                    }

                    reader.Name(content, start, i);
                    continue;
            }

            while (i < n && !PdfTokens.IsWhite(content[i]) && !PdfTokens.IsDelimiter(content[i]))
            {
                i++;
            }

            if (i == start)
            {
                i++;
                continue;
            }

            if (content[start] is not ((byte)'-' or (byte)'+' or (byte)'.' or (>= (byte)'0' and <= (byte)'9')))
            {
                i = reader.Operator(content, start, i - start, i);
            }
        }
    }

    private bool[] For(PdfDictionary font)
    {
        if (!used.TryGetValue(font, out var set))
        {
            used[font] = set = new bool[65536];
        }

        return set;
    }

    /// <summary>The state of reading one content stream: the current font and the string bytes since the last operator.</summary>
    internal sealed class Reader(GlyphUsage usage, PdfDictionary? fonts)
    {
        private readonly Stack<bool[]?> saved = new();
        private readonly List<byte> pending = new(256);
        private bool[]? font;
        private int nameStart = -1, nameEnd;
        private byte[]? nameSource;

        /// <summary>A literal "(…)" or hex "&lt;…&gt;" string token at [start, end).</summary>
        public void String(byte[] source, int start, int end)
        {
            if (source[start] == '<')
            {
                Hex(source, start + 1, end - 1);
            }
            else
            {
                Literal(source, start + 1, end - 1);
            }
        }

        /// <summary>A name token "/Name" at [start, end).</summary>
        public void Name(byte[] source, int start, int end) => (nameSource, nameStart, nameEnd) = (source, start, end);

        /// <summary>An operator token; returns where reading goes on (past inline image data after BI).</summary>
        public int Operator(byte[] source, int start, int length, int next)
        {
            byte first = source[start];
            if (length == 2 && first == 'T' && source[start + 1] == 'f')
            {
                string? name = nameSource is null ? null : System.Text.Encoding.ASCII.GetString(nameSource, nameStart, nameEnd - nameStart);
                font = name is not null && fonts?.Elements.GetDictionary(name) is { } dict
                    && dict.Elements.GetName("/Subtype") == "/Type0" && dict.Elements.GetName("/Encoding") == "/Identity-H" ? usage.For(dict) : null;
            }
            else if (length == 2 && first == 'T' && source[start + 1] is (byte)'j' or (byte)'J' || length == 1 && first is (byte)'\'' or (byte)'"')
            {
                // Two bytes a glyph id; an odd last byte names no glyph.
                for (int k = 0; font is not null && k + 1 < pending.Count; k += 2)
                {
                    font[pending[k] << 8 | pending[k + 1]] = true;
                }
            }
            else if (length == 1 && first == 'q')
            {
                saved.Push(font);
            }
            else if (length == 1 && first == 'Q' && saved.Count > 0)
            {
                font = saved.Pop();
            }
            else if (length == 2 && first == 'B' && source[start + 1] == 'I')
            {
                int ei = source.AsSpan(next).IndexOf("EI"u8);
                next = ei < 0 ? source.Length : next + ei + 2;
            }

            pending.Clear();
            return next;
        }

        private void Hex(byte[] source, int from, int to)
        {
            int high = -1;
            for (int i = from; i < to; i++)
            {
                int digit = source[i] switch
                {
                    >= (byte)'0' and <= (byte)'9' => source[i] - '0',
                    >= (byte)'a' and <= (byte)'f' => source[i] - 'a' + 10,
                    >= (byte)'A' and <= (byte)'F' => source[i] - 'A' + 10,
                    _ => -1,
                };
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
                    pending.Add((byte)(high << 4 | digit));
                    high = -1;
                }
            }

            if (high >= 0)
            {
                pending.Add((byte)(high << 4));
            }
        }

        private void Literal(byte[] source, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                byte b = source[i];
                if (b != '\\' || i + 1 >= to)
                {
                    pending.Add(b);
                    continue;
                }

                byte e = source[++i];
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    int value = 0, digits = 0;
                    for (; digits < 3 && i < to && source[i] is >= (byte)'0' and <= (byte)'7'; i++, digits++)
                    {
                        value = value * 8 + source[i] - '0';
                    }

                    i--;
                    pending.Add((byte)value);
                }
                else if (e == 13 && i + 1 < to && source[i + 1] == 10)
                {
                    i++; // a backslash before a line break continues the string
                }
                else if (e is not (10 or 13))
                {
                    pending.Add(e switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, _ => e });
                }
            }
        }
    }
}
