namespace CalendarGen.Rendering.Preflight;

/// <summary>How much a preflight finding matters: only errors make `calendargen preflight` exit 1.</summary>
public enum PreflightSeverity
{
    /// <summary>The file must not go to press as it is (a PDF/X-1a rule, a wrong date, a missing annotation).</summary>
    Error,

    /// <summary>Good practice broken, or something the checks could not decide; the printer should look.</summary>
    Warning,
}
