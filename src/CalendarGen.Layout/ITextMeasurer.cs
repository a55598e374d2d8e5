namespace CalendarGen.Layout;

/// <summary>Font metrics in points at a given size.</summary>
/// <param name="Ascent">Distance from the baseline up to the top of the tallest glyphs (positive).</param>
/// <param name="Descent">Distance from the baseline down (positive).</param>
/// <param name="CapHeight">Height of capital letters and figures.</param>
public readonly record struct FontMetrics(double Ascent, double Descent, double CapHeight);

/// <summary>Measures text with real font metrics. Implemented by the rendering project; layout never draws.</summary>
public interface ITextMeasurer
{
    /// <summary>The advance width in points of <paramref name="text"/> in the font file at <paramref name="size"/> points.</summary>
    double Width(string font, double size, string text);

    /// <summary>The metrics of a font at a size.</summary>
    FontMetrics Metrics(string font, double size);

    /// <summary>The first character of <paramref name="text"/> the font has no glyph for, or null.</summary>
    int? FirstMissing(string font, string text);
}
