namespace CalendarGen.Layout;

/// <summary>A template that cannot be laid out for some date: text that does not fit, a glyph a font lacks.</summary>
public sealed class LayoutException(string message) : Exception(message);
