namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// What a preflight found and how much it looked at, so that "0 wrong" never hides "checked nothing".
/// </summary>
/// <param name="Pages">Pages in the file.</param>
/// <param name="Year">The calendar year checked (from --year or found on the pages), or null.</param>
/// <param name="Findings">Every problem, document first, then by page.</param>
/// <param name="ChecksRun">How many individual checks ran (rules × objects, operators and pairs).</param>
/// <param name="LunarPairsFound">Solar/lunar pairs found on the pages.</param>
/// <param name="LunarPairsChecked">Pairs compared with the engine (found pairs whose solar date is known).</param>
/// <param name="WeekdaysChecked">Printed weekday names compared with their dates.</param>
/// <param name="TetMarksChecked">Tết marks (Tết Nguyên Đán, Mùng 1–3 Tết, Giao thừa) found next to a date and checked.</param>
/// <param name="AnnotationPages">Pages that carry 30 July and had their two annotations checked.</param>
/// <param name="OperatorsWalked">Content-stream operators walked (pages and forms).</param>
/// <param name="SpotInks">
/// The spot colorants the content uses (Separation and DeviceN names), sorted: a calendar usually has none, a die line
/// for finishing is one ("CutContour"). They are extra plates, not counted in total ink.
/// </param>
public sealed record PreflightReport(
    int Pages,
    int? Year,
    IReadOnlyList<PreflightFinding> Findings,
    int ChecksRun,
    int LunarPairsFound,
    int LunarPairsChecked,
    int WeekdaysChecked,
    int TetMarksChecked,
    IReadOnlyList<int> AnnotationPages,
    int OperatorsWalked,
    IReadOnlyList<string> SpotInks)
{
    /// <summary>Whether any finding is an error (the command then exits 1).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == PreflightSeverity.Error);
}
