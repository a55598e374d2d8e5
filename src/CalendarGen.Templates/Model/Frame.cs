namespace CalendarGen.Templates.Model;

/// <summary>A positioned box on a page holding one component.</summary>
/// <param name="Id">The frame's name, unique on its page (an extending template moves or restyles frames by id).</param>
/// <param name="Box">Position and size in millimetres from the top-left trim corner.</param>
/// <param name="Component">What it shows.</param>
/// <param name="Source">Where it is defined, for errors found later (a text that does not fit).</param>
public sealed record Frame(string Id, Box Box, Component Component, SourceLocation Source);

/// <summary>A place in a template file.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>"file:line:col".</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>Horizontal alignment.</summary>
public enum Align
{
    /// <summary>Left.</summary>
    Left,

    /// <summary>Centre.</summary>
    Center,

    /// <summary>Right.</summary>
    Right,
}

/// <summary>Vertical alignment.</summary>
public enum VAlign
{
    /// <summary>Top.</summary>
    Top,

    /// <summary>Middle.</summary>
    Middle,

    /// <summary>Bottom.</summary>
    Bottom,
}

/// <summary>How text is set: font role, size in points, colour, alignment, and the smallest size it may shrink to.</summary>
/// <param name="Font">A font role of the template.</param>
/// <param name="Size">Size in points.</param>
/// <param name="MinSize">The fit rule: the text shrinks down to this size to fit its frame, never overflows.</param>
/// <param name="Color">A palette colour name.</param>
/// <param name="Align">Horizontal alignment.</param>
/// <param name="VAlign">Vertical alignment.</param>
/// <param name="DayColors">Whether Sundays and days off take their role colours instead of <paramref name="Color"/>; null
/// when the template does not say, and the component decides (grids, mini-months, the year overview and the day hero
/// take them, other text does not).</param>
/// <param name="Uppercase">Whether the text is set in capitals.</param>
public sealed record TextStyle(string Font, double Size, double MinSize, string Color, Align Align, VAlign VAlign, bool? DayColors, bool Uppercase);

/// <summary>What a frame shows.</summary>
public abstract record Component
{
    private protected Component()
    {
    }

    /// <summary>The component's type name as written in templates.</summary>
    public abstract string TypeName { get; }
}

/// <summary>
/// Text with placeholders ("{day}", "{weekday}", …), on as many lines as it has; with <paramref name="Wrap"/>, lines
/// too wide for the frame break between words before the text shrinks.
/// </summary>
public sealed record TextComponent(string Text, TextStyle Style, bool Wrap = false) : Component
{
    /// <inheritdoc />
    public override string TypeName => "text";
}

/// <summary>A month grid: weekday header, week rows (six when the month needs them), a small lunar line under each day.</summary>
/// <param name="Title">Style of the month title ("THÁNG 7 · 2027"); null for no title.</param>
/// <param name="Header">Style of the weekday header.</param>
/// <param name="Day">Style of the solar day figures.</param>
/// <param name="Lunar">Style of the lunar figures (null to leave them out).</param>
/// <param name="MonthOffset">Which month of the page: 0 the page's first, 1 its second (two-month sheets).</param>
/// <param name="Rules">Palette colour of the grid rules, or null for none.</param>
public sealed record MonthGridComponent(TextStyle? Title, TextStyle Header, TextStyle Day, TextStyle? Lunar, int MonthOffset, string? Rules) : Component
{
    /// <summary>The width of the rules between week rows and under the header, in points: 0.5, the thinnest a rule in
    /// a tint prints cleanly (design.md §7.2).</summary>
    public const double RuleWidth = 0.5;

    /// <inheritdoc />
    public override string TypeName => "month-grid";
}

/// <summary>
/// The day hero of a block page: the solar day as large as the frame allows, the weekday beneath it, both in the
/// Sunday or day-off colour when the day is one.
/// </summary>
/// <param name="Day">Style of the day figure (its size is the largest tried; it shrinks to fit).</param>
/// <param name="Weekday">Style of the weekday line, or null for none.</param>
public sealed record DayHeroComponent(TextStyle Day, TextStyle? Weekday) : Component
{
    /// <inheritdoc />
    public override string TypeName => "day-hero";
}

/// <summary>The lunar facts of a day, one per line: lunar day and month, can chi of year, month and day, solar term.</summary>
public sealed record LunarPanelComponent(TextStyle Style, TextStyle? Label) : Component
{
    /// <inheritdoc />
    public override string TypeName => "lunar-panel";
}

/// <summary>Giờ hoàng đạo with clock ranges, and the day's spirit and trực.</summary>
public sealed record AuspiciousHoursComponent(TextStyle Style, TextStyle? Label) : Component
{
    /// <inheritdoc />
    public override string TypeName => "auspicious-hours";
}

/// <summary>
/// The observances of the day (block), of the month(s) on the page (desk, wall) or of the year (poster), one per line,
/// in <paramref name="Columns"/> columns.
/// </summary>
public sealed record ObservanceListComponent(TextStyle Style, int MaxLines, int Columns = 1) : Component
{
    /// <inheritdoc />
    public override string TypeName => "observances";
}

/// <summary>Small month grids: the previous and next month around the page's month.</summary>
public sealed record MiniMonthsComponent(TextStyle Style, bool Previous, bool Next) : Component
{
    /// <inheritdoc />
    public override string TypeName => "mini-months";
}

/// <summary>All twelve months of the year as small grids, in <paramref name="Columns"/> columns.</summary>
public sealed record YearOverviewComponent(TextStyle Title, TextStyle Day, TextStyle? Lunar, int Columns, string? Rules) : Component
{
    /// <inheritdoc />
    public override string TypeName => "year-overview";
}

/// <summary>How an image fills its frame.</summary>
public enum ImageFit
{
    /// <summary>The whole image, as large as fits, proportions kept (the frame may show margins).</summary>
    Contain,

    /// <summary>The whole frame, proportions kept; what overflows the frame is clipped (a full-bleed photo).</summary>
    Cover,

    /// <summary>Stretched to the frame exactly, proportions not kept.</summary>
    Fill,
}

/// <summary>An image file (PNG, JPEG, TIFF or SVG) placed in its frame.</summary>
/// <param name="Path">The file.</param>
/// <param name="Fit">How it fills the frame.</param>
/// <param name="AnchorX">Where the image sits when it is narrower or wider than the frame: 0 left, 0.5 centre, 1 right
/// (with <see cref="ImageFit.Cover"/>, the point of the image kept in view: its focal point).</param>
/// <param name="AnchorY">The same, vertically: 0 top, 1 bottom.</param>
public sealed record ImageComponent(string Path, ImageFit Fit = ImageFit.Contain, double AnchorX = 0.5, double AnchorY = 0.5) : Component
{
    /// <inheritdoc />
    public override string TypeName => "image";
}

/// <summary>A horizontal rule across the frame's middle (or vertical if the frame is taller than wide).</summary>
public sealed record RuleComponent(string Color, double Width) : Component
{
    /// <inheritdoc />
    public override string TypeName => "rule";
}

/// <summary>A rectangle, filled and/or stroked; a fill may extend into the bleed.</summary>
public sealed record BoxComponent(string? Fill, string? Stroke, double StrokeWidth) : Component
{
    /// <inheritdoc />
    public override string TypeName => "box";
}

/// <summary>The imprint line: publisher, registration number, printer.</summary>
public sealed record ImprintComponent(TextStyle Style) : Component
{
    /// <inheritdoc />
    public override string TypeName => "imprint";
}
