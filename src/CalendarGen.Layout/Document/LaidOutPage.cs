using System.Collections.Immutable;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Document;

/// <summary>What kind of output a document is laid out for.</summary>
public enum OutputProfile
{
    /// <summary>Press: trim + bleed + crop marks, CMYK only.</summary>
    Press,

    /// <summary>Proof for client sign-off: press plus overlay, slug line, colour bar, registration marks.</summary>
    Proof,

    /// <summary>Screen: RGB at trim size, no marks.</summary>
    Screen,
}

/// <summary>One laid-out page: its boxes (points, in media coordinates) and drawing operations in paint order.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Label">What the page is ("2027-07-30", "Tháng 7", "Bìa").</param>
/// <param name="MediaWidth">Media box width.</param>
/// <param name="MediaHeight">Media box height.</param>
/// <param name="Trim">The trim box within the media box.</param>
/// <param name="Bleed">The bleed box within the media box.</param>
/// <param name="Ops">Drawing operations.</param>
/// <param name="Bookmark">The outline entry that starts at this page, if any ("Tháng 7").</param>
public sealed record LaidOutPage(int Number, string Label, double MediaWidth, double MediaHeight, PtBox Trim, PtBox Bleed, ImmutableArray<DrawOp> Ops, string? Bookmark);

/// <summary>What a page covers, known before it is laid out: its number and the dates it shows (none for a cover).</summary>
public sealed record PageInfo(int Number, string Label, NodaTime.LocalDate? FirstDate, NodaTime.LocalDate? LastDate)
{
    /// <summary>Whether the page shows <paramref name="date"/>.</summary>
    public bool Shows(NodaTime.LocalDate date) => FirstDate <= date && date <= LastDate;
}

/// <summary>A laid-out document: metadata and pages, produced one page at a time so output can stream.</summary>
/// <param name="Title">Document title (Vietnamese).</param>
/// <param name="Subject">Document subject (Vietnamese).</param>
/// <param name="Index">Every page's number, label and dates, in order.</param>
/// <param name="Pages">The pages, laid out lazily as they are enumerated (skipping pages costs nothing).</param>
/// <param name="Palette">The template's colours: print output maps vector artwork (SVG) drawn in these colours to their CMYK.</param>
public sealed record LaidOutDocument(string Title, string Subject, ImmutableArray<PageInfo> Index, IEnumerable<LaidOutPage> Pages, ImmutableArray<PaletteColor> Palette)
{
    /// <summary>How press and proof files are finished (overprint); the defaults unless the template says otherwise.</summary>
    public PressSettings Press { get; init; } = PressSettings.Default;

    /// <summary>The spot colour's name for die, fold and perforation lines (the template's, or render --die-spot).</summary>
    public string DieSpot { get; init; } = ProductionGeometry.DefaultSpot;

    /// <summary>Who the document is by (the template imprint's publisher), or null.</summary>
    public string? Author { get; init; }

    /// <summary>The number of pages.</summary>
    public int PageCount => Index.Length;

    /// <summary>Lays out one page (1-based) only.</summary>
    public LaidOutPage Page(int number) => Pages.Skip(number - 1).First();
}
