namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// One problem found in a PDF: a stable rule id (for CI and tests), the 1-based page (0 for the document), what on
/// the page (an operator with its index, a resource name, a position) and a message in English and Vietnamese.
/// <paramref name="Count"/> says how many times the same problem occurred on the page (reported once).
/// </summary>
/// <param name="Rule">A stable id such as "colour-rgb" or "lunar-date".</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Page">The 1-based page, or 0 for the whole document.</param>
/// <param name="Where">The object, operator or position the finding is about.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="MessageVi">What is wrong, in Vietnamese.</param>
/// <param name="Count">How many occurrences this one line stands for.</param>
public sealed record PreflightFinding(
    string Rule,
    PreflightSeverity Severity,
    int Page,
    string Where,
    string Message,
    string MessageVi,
    int Count = 1);
