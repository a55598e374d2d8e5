using System.Globalization;
using System.Text;
using CalendarGen.Rendering.Drawing;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// Rewrites the colour operators of a PDF content stream: every "r g b rg" (fill) and "r g b RG" (stroke) whose triple
/// is a stand-in of the <see cref="ColorTable"/> becomes "c m y k k" / "c m y k K". A small tokenizer skips strings,
/// hex strings, names, dictionaries, comments and inline images, so an "rg" inside text is never touched; every other
/// byte is copied unchanged. An RGB triple with no CMYK entry is an error: press files must hold no RGB.
/// With overprint on, each colour change is followed by the <see cref="Overprint"/> state that matches the current
/// fill and stroke colours (overprint for 100 % K alone, knockout otherwise); the state travels with q/Q like the
/// colours themselves, so a Q that restores a colour also restores its overprint.
/// The die spot colour's reserved stand-in (<see cref="DieSeparation"/>) becomes "/CSdie CS 1 SCN" instead, always
/// overprinting.
/// </summary>
internal static class ContentStreamRewriter
{
    /// <param name="source">The decoded content stream.</param>
    /// <param name="colors">The stand-in table.</param>
    /// <param name="overprint">Whether to set overprint for K-only colours.</param>
    /// <param name="isForm">A form inherits an unknown overprint state from where it is drawn, so its first colour
    /// always states its overprint; a page starts from the default (off).</param>
    /// <param name="glyphs">Told of every string, name and operator, to learn which glyphs the stream draws.</param>
    /// <param name="rewritten">How many colour operators were rewritten.</param>
    /// <param name="die">The die spot colour: its stand-in becomes "/CSdie CS 1 SCN" (or cs/scn), always overprinting,
    /// and with it the states are set even when black does not overprint; null when the document has no die lines.</param>
    public static byte[] Rewrite(byte[] source, ColorTable colors, bool overprint, bool isForm, GlyphUsage.Reader? glyphs, out int rewritten, DieSeparation? die = null)
    {
        bool states = overprint || die is not null;
        var output = new MemoryStream(source.Length + 256);
        int copied = 0, i = 0, n = source.Length;
        rewritten = 0;
        var state = new Overprint.State(false, false, isForm ? null : Overprint.Knockout);
        var saved = new Stack<Overprint.State>();
        Span<(int Start, double Value, bool IsNumber)> operands = stackalloc (int, double, bool)[8];
        int count = 0;
        while (i < n)
        {
            byte b = source[i];
            if (IsWhite(b))
            {
                i++;
                continue;
            }

            int start = i;
            switch (b)
            {
                case (byte)'%':
                    while (i < n && source[i] is not (10 or 13))
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    i = PdfTokens.SkipString(source, i);
                    glyphs?.String(source, start, i);
                    Push(ref operands, ref count, (start, 0, false));
                    continue;
                case (byte)'<':
                    // "<<" opens a dictionary; otherwise a hex string runs to the next '>'.
                    int close = Array.IndexOf(source, (byte)'>', i);
                    bool dictionary = i + 1 < n && source[i + 1] == '<';
                    i = dictionary ? i + 2 : close >= 0 ? close + 1 : n;
                    if (!dictionary)
                    {
                        glyphs?.String(source, start, i);
                    }

                    Push(ref operands, ref count, (start, 0, false));
                    continue;
                case (byte)'>':
                    i += i + 1 < n && source[i + 1] == '>' ? 2 : 1;
                    Push(ref operands, ref count, (start, 0, false));
                    continue;
                case (byte)'[' or (byte)']' or (byte)'{' or (byte)'}':
                    i++;
                    Push(ref operands, ref count, (start, 0, false));
                    continue;
                case (byte)'/':
                    i++;
                    while (i < n && !IsWhite(source[i]) && !IsDelimiter(source[i]))
                    {
                        i++;
                    }

                    glyphs?.Name(source, start, i);
                    Push(ref operands, ref count, (start, 0, false));
                    continue;
            }

            while (i < n && !IsWhite(source[i]) && !IsDelimiter(source[i]))
            {
                i++;
            }

            var token = source.AsSpan(start, i - start);
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
            {
                Push(ref operands, ref count, (start, number, true));
                continue;
            }

            glyphs?.Operator(source, start, i - start, i);
            if (token.SequenceEqual("rg"u8) || token.SequenceEqual("RG"u8))
            {
                if (count != 3 || !operands[0].IsNumber || !operands[1].IsNumber || !operands[2].IsNumber)
                {
                    throw new InvalidDataException($"malformed colour operator at byte {start}");
                }

                byte r = ToByte(operands[0].Value), g = ToByte(operands[1].Value), bl = ToByte(operands[2].Value);
                bool fill = token[0] == 'r';
                bool overprints;
                output.Write(source, copied, operands[0].Start - copied);
                if (die is not null && die.IsStandIn(r, g, bl))
                {
                    output.Write(fill ? die.FillOperators : die.StrokeOperators);
                    die.Uses++;
                    overprints = true;
                }
                else if (colors.TryGetCmyk(r, g, bl, out var cmyk))
                {
                    output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                        $"{cmyk.C / 100:0.####} {cmyk.M / 100:0.####} {cmyk.Y / 100:0.####} {cmyk.K / 100:0.####} {(fill ? "k" : "K")}")));
                    overprints = overprint && Overprint.IsBlackOnly(cmyk);
                }
                else
                {
                    throw new InvalidDataException($"the colour #{r:X2}{g:X2}{bl:X2} (from an SVG image?) is not the screen value of a palette colour, so it has no CMYK value; press output must be CMYK only");
                }

                if (states)
                {
                    state = fill ? state with { FillBlack = overprints } : state with { StrokeBlack = overprints };
                    string wanted = Overprint.StateName(state.StrokeBlack, state.FillBlack);
                    if (state.Emitted != wanted)
                    {
                        output.Write(Encoding.ASCII.GetBytes($" {wanted} gs"));
                        state = state with { Emitted = wanted };
                    }
                }

                copied = i;
                rewritten++;
            }
            else if (token.SequenceEqual("q"u8))
            {
                saved.Push(state);
            }
            else if (token.SequenceEqual("Q"u8) && saved.Count > 0)
            {
                state = saved.Pop();
            }
            else if (token.SequenceEqual("BI"u8))
            {
                // Inline image data is binary: skip to "EI".
                int ei = source.AsSpan(i).IndexOf("EI"u8);
                i = ei < 0 ? n : i + ei + 2;
            }

            count = 0;
        }

        output.Write(source, copied, n - copied);
        return output.ToArray();
    }

    private static void Push(ref Span<(int, double, bool)> operands, ref int count, (int, double, bool) operand)
    {
        // Only the last few operands matter (rg takes three); long arrays drop their oldest.
        if (count == operands.Length)
        {
            operands[1..].CopyTo(operands);
            count--;
        }

        operands[count++] = operand;
    }

    private static byte ToByte(double value) => (byte)Math.Clamp(Math.Round(value * 255), 0, 255);

    private static bool IsWhite(byte b) => PdfTokens.IsWhite(b);

    private static bool IsDelimiter(byte b) => PdfTokens.IsDelimiter(b);
}
