namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// A solar date and the lunar date printed beside it, as found on a page: the lunar month is 0 when only the day is
/// printed (month grids print the month on the first day of a lunar month only).
/// </summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="X">Left of the solar day number, in points from the page's left.</param>
/// <param name="Y">Bottom of the solar day number, in points from the page's bottom.</param>
/// <param name="Solar">The solar date the number stands for.</param>
/// <param name="PrintedDay">The lunar day printed.</param>
/// <param name="PrintedMonth">The lunar month printed, or 0 when not printed.</param>
/// <param name="PrintedLeap">Whether the printed month is marked leap (nhuận).</param>
/// <param name="PrintedText">The lunar date as printed, for messages.</param>
public sealed record LunarPair(
    int Page,
    double X,
    double Y,
    NodaTime.LocalDate Solar,
    int PrintedDay,
    int PrintedMonth,
    bool PrintedLeap,
    string PrintedText);
