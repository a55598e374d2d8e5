using System.Collections.Immutable;

namespace CalendarGen.Templates.Model;

/// <summary>What a calendar product is.</summary>
public enum ProductKind
{
    /// <summary>Tear-off block (lịch bloc): one page a day, optional cover and back.</summary>
    Block,

    /// <summary>Desk tent calendar (lịch để bàn): cover and 12 month pages.</summary>
    Desk,

    /// <summary>Wall calendar (lịch treo tường): cover and 12 months, cover and 6 sheets of two months, or a one-page poster.</summary>
    Wall,
}

/// <summary>Which languages labels are printed in.</summary>
public enum LabelLanguage
{
    /// <summary>Vietnamese.</summary>
    Vi,

    /// <summary>English.</summary>
    En,

    /// <summary>Vietnamese with English beneath.</summary>
    ViEn,
}

/// <summary>A calendar template: everything needed to lay out a product, in millimetres from the trim corner.</summary>
/// <param name="Name">The template's name ("block-dai").</param>
/// <param name="Description">What product it is.</param>
/// <param name="Kind">Block, desk or wall.</param>
/// <param name="Language">Label language.</param>
/// <param name="ObservanceSet">The observance set it prints ("vn").</param>
/// <param name="Page">Trim size, bleed, safe margin, binding zone, first weekday.</param>
/// <param name="Fonts">Font files by role, paths resolved.</param>
/// <param name="Palette">Named colours.</param>
/// <param name="Colors">Which palette colours mark text, Sundays, days off, lunar month starts, the background.</param>
/// <param name="Pages">The frames of each page role.</param>
/// <param name="Imprint">The publisher's imprint (calendars are registered publications).</param>
/// <param name="SourceFile">The file it was loaded from (the outermost one when it extends another).</param>
/// <param name="Quotes">The proverbs or quotes printed one a day by {quote}; empty for none.</param>
public sealed record Template(
    string Name,
    string Description,
    ProductKind Kind,
    LabelLanguage Language,
    string ObservanceSet,
    PageSpec Page,
    ImmutableSortedDictionary<string, string> Fonts,
    ImmutableSortedDictionary<string, PaletteColor> Palette,
    ColorRoles Colors,
    ImmutableSortedDictionary<PageRole, ImmutableArray<Frame>> Pages,
    Imprint Imprint,
    string SourceFile,
    ImmutableArray<string> Quotes)
{
    /// <summary>Press settings (overprint); the defaults when the template has no "press" section.</summary>
    public PressSettings Press { get; init; } = PressSettings.Default;

    /// <summary>Keep-out zones and die, fold and perforation lines; none when the template has no "production" section.</summary>
    public ProductionGeometry Production { get; init; } = ProductionGeometry.None;

    /// <summary>The frames of a page role, empty if the template has none.</summary>
    public ImmutableArray<Frame> FramesOf(PageRole role) => Pages.TryGetValue(role, out var frames) ? frames : [];
}

/// <summary>The kinds of page a product is made of.</summary>
public enum PageRole
{
    /// <summary>The cover (block, desk, wall).</summary>
    Cover,

    /// <summary>One day (block).</summary>
    Day,

    /// <summary>One month (desk, 13-sheet wall).</summary>
    Month,

    /// <summary>Two months on a sheet (7-sheet wall).</summary>
    TwoMonths,

    /// <summary>The whole year on one sheet (wall poster).</summary>
    Year,

    /// <summary>The back page (block).</summary>
    Back,

    /// <summary>The printed back of each day's leaf (block): after each day page, for duplex printing.</summary>
    DayBack,

    /// <summary>The printed back of each month's sheet (desk, 13-sheet wall): after each month page.</summary>
    MonthBack,

    /// <summary>
    /// The unprinted back of a page whose role has no back (cover, back page) in a product with printed backs, so
    /// that fronts and backs alternate; no template names it.
    /// </summary>
    BlankBack,
}

/// <summary>The publisher's imprint line required of a registered publication.</summary>
public sealed record Imprint(string Publisher, string Registration, string? Printer, string? Note);
