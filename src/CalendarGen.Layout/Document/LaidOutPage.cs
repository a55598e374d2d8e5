using System.Collections.Immutable;

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

/// <summary>A laid-out document: metadata and pages, produced one page at a time so output can stream.</summary>
/// <param name="Title">Document title (Vietnamese).</param>
/// <param name="Subject">Document subject (Vietnamese).</param>
/// <param name="PageCount">How many pages <paramref name="Pages"/> yields.</param>
/// <param name="Pages">The pages, laid out lazily as they are enumerated.</param>
public sealed record LaidOutDocument(string Title, string Subject, int PageCount, IEnumerable<LaidOutPage> Pages);
