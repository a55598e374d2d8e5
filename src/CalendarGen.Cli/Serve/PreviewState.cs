namespace CalendarGen.Cli.Serve;

/// <summary>The preview's state as the page reads it (JSON).</summary>
/// <param name="Build">The newest build's number; the page reloads when it changes.</param>
/// <param name="Generation">The build number of the document shown (the last good one), or null if none built yet.</param>
/// <param name="Ok">Whether the newest build succeeded.</param>
/// <param name="Template">The template's name, or null.</param>
/// <param name="Year">The year.</param>
/// <param name="Tet">Tết (1/1 âm lịch) in this year, yyyy-mm-dd, if any.</param>
/// <param name="Pages">The pages of the document shown (their text is at /api/pages/N/text).</param>
/// <param name="Problems">The newest build's problems, as `templates validate` prints them.</param>
/// <param name="BuildMs">How long the newest build took, in milliseconds.</param>
internal sealed record PreviewState(int Build, int? Generation, bool Ok, string? Template, int? Year, string? Tet, IReadOnlyList<PageSummary> Pages, IReadOnlyList<ProblemView> Problems, long BuildMs)
{
    public static PreviewState Of(PreviewSnapshot snapshot)
    {
        var good = snapshot.Good;
        return new PreviewState(
            snapshot.Build,
            good?.Number,
            snapshot.Problems.Count == 0,
            good?.Template.Name,
            good?.Year,
            good?.Tet?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            good?.Entries.Select(e => new PageSummary(e.Number, e.Label, e.Kind, e.First, e.Last, e.Key, e.Width, e.Height)).ToList() ?? [],
            [.. snapshot.Problems.Select(p => new ProblemView(p.File, p.Line, p.Column, p.Message, p.ToString()))],
            (long)snapshot.BuildTime.TotalMilliseconds);
    }
}

/// <summary>A page in the state: what <see cref="PageEntry"/> says, without the text.</summary>
internal sealed record PageSummary(int Number, string Label, string Kind, string? First, string? Last, string Key, double Width, double Height);

/// <summary>A problem with its place, and the line `templates validate` prints for it.</summary>
internal sealed record ProblemView(string File, int Line, int Column, string Message, string Text);
