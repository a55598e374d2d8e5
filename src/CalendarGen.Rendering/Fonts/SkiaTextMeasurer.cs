using System.Text;
using CalendarGen.Layout;
using CalendarGen.Templates;

namespace CalendarGen.Rendering.Fonts;

/// <summary>Real font metrics from Skia, for layout (<see cref="ITextMeasurer"/>) and template validation (<see cref="IFontInspector"/>).</summary>
public sealed class SkiaTextMeasurer(FontCache fonts) : ITextMeasurer, IFontInspector
{
    /// <inheritdoc />
    public double Width(string font, double size, string text)
    {
        var loaded = fonts.Get(font);
        lock (loaded.Gate)
        {
            return loaded.Reference.MeasureText(text) * size / FontCache.ReferenceSize;
        }
    }

    /// <inheritdoc />
    public FontMetrics Metrics(string font, double size)
    {
        var m = fonts.Get(font).Metrics;
        double scale = size / FontCache.ReferenceSize;
        return new FontMetrics(-m.Ascent * scale, m.Descent * scale, m.CapHeight * scale);
    }

    /// <inheritdoc />
    public int? FirstMissing(string font, string text)
    {
        var loaded = fonts.Get(font);
        lock (loaded.Gate)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && loaded.Reference.GetGlyph(rune.Value) == 0)
                {
                    return rune.Value;
                }
            }
        }

        return null;
    }

    /// <inheritdoc />
    public string? Check(string path, string characters)
    {
        try
        {
            return FirstMissing(path, characters) is { } missing
                ? $"has no glyph for '{char.ConvertFromUtf32(missing)}' (U+{missing:X4}); Vietnamese needs a font covering Latin Extended Additional"
                : null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }
}
