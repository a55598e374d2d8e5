namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Collects findings, folding repeats of the same problem on the same page (one RGB colour set 400 times) into one
/// line with a count, so a report stays readable; counts checks run.
/// </summary>
internal sealed class FindingSink
{
    private readonly List<PreflightFinding> findings = [];
    private readonly Dictionary<(string Rule, int Page, string Key), int> index = [];

    public int ChecksRun { get; private set; }

    public IReadOnlyList<PreflightFinding> Findings => findings;

    public void Checked(int count = 1) => ChecksRun += count;

    /// <summary>
    /// Counts one more occurrence of an earlier finding with this rule and key on the page, and says whether there was
    /// one, so hot paths (a colour set on every text run) skip building the message again.
    /// </summary>
    public bool Repeat(string rule, int page, string key)
    {
        if (!index.TryGetValue((rule, page, key), out int at))
        {
            return false;
        }

        findings[at] = findings[at] with { Count = findings[at].Count + 1 };
        return true;
    }

    /// <summary>Adds a finding, or counts it against an earlier one with the same <paramref name="key"/> on the page.</summary>
    public void Add(PreflightFinding finding, string? key = null)
    {
        var k = (finding.Rule, finding.Page, key ?? finding.Where + "\n" + finding.Message);
        if (index.TryGetValue(k, out int at))
        {
            findings[at] = findings[at] with { Count = findings[at].Count + 1 };
            return;
        }

        index[k] = findings.Count;
        findings.Add(finding);
    }

    public void Error(string rule, int page, string where, string message, string messageVi, string? key = null) =>
        Add(new PreflightFinding(rule, PreflightSeverity.Error, page, where, message, messageVi), key);

    public void Warning(string rule, int page, string where, string message, string messageVi, string? key = null) =>
        Add(new PreflightFinding(rule, PreflightSeverity.Warning, page, where, message, messageVi), key);
}
