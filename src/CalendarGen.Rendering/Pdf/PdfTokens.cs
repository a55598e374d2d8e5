namespace CalendarGen.Rendering.Pdf;

/// <summary>The lexical rules of PDF content streams (PDF 32000 §7.2) shared by the readers in this folder.</summary>
internal static class PdfTokens
{
    /// <summary>Whether the byte is PDF white space.</summary>
    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    /// <summary>Whether the byte ends a regular token.</summary>
    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>The index just past the literal string that opens at <paramref name="i"/> (balanced parentheses, escapes).</summary>
    public static int SkipString(byte[] source, int i)
    {
        int depth = 0;
        for (; i < source.Length; i++)
        {
            switch (source[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')' when --depth == 0:
                    return i + 1;
            }
        }

        return i;
    }
}
