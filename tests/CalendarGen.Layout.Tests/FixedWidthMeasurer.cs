namespace CalendarGen.Layout.Tests;

/// <summary>
/// A deterministic stand-in for real fonts: every character is 0.55 em wide, ascent 0.95 em, descent 0.25 em; the
/// characters "¤" and "春" are "missing". Layout is tested against it so that tests need no drawing library.
/// </summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double Width(string font, double size, string text) => text.Length * 0.55 * size;

    public FontMetrics Metrics(string font, double size) => new(0.95 * size, 0.25 * size, 0.7 * size);

    public int? FirstMissing(string font, string text)
    {
        foreach (char c in text)
        {
            if (c is '¤' or '春')
            {
                return c;
            }
        }

        return null;
    }
}
