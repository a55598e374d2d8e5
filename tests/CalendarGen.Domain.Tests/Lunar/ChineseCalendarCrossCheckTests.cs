using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.Tests.Oracles;
using NodaTime;

namespace CalendarGen.Domain.Tests.Lunar;

/// <summary>
/// Cross-checks against .NET's <see cref="System.Globalization.ChineseLunisolarCalendar"/>, a table of the Chinese
/// calendar. Before 1968 Vietnam used the same UTC+8 calendar, so the two must agree day by day; after that the
/// same astronomy run at UTC+8 must still reproduce the Chinese table. Every exception is listed with its reason.
/// </summary>
public sealed class ChineseCalendarCrossCheckTests
{
    // Months whose first day differs, and why:
    //  1914-11-17, 1916-02-03, 1920-11-10: the new moon fell in the first minutes after midnight at UTC+8
    //    (00:01:42, 00:05:16, 00:04:49). Chinese calendars before 1929 were computed for the Beijing meridian
    //    (116°25′ E, UTC+7:45:40), where it was still the previous day; the table follows those printed calendars,
    //    the rule we follow (UTC+8) gives the later day.
    private static readonly string[] BeijingMeridianMonths = ["1914-11-17", "1916-02-03", "1920-11-10"];

    [Fact]
    public void Vietnamese_and_Chinese_calendars_agree_every_day_from_1901_to_1967_except_at_the_Beijing_meridian()
    {
        var from = DotNetChineseCalendar.MinDate;
        var to = new LocalDate(1967, 12, 31);
        var starts = ChineseCrossCheck.DisagreementStarts(VietnameseLunarCalendar.Engine, from, to, out _);
        Assert.Equal(BeijingMeridianMonths, starts);
    }

    [Fact]
    public void The_same_astronomy_at_UTC_plus_8_reproduces_the_Chinese_table_from_1968_to_2100()
    {
        // 2057-09-28: the new moon falls at 23:59:57 UTC+8 by our ΔT forecast (Espenak–Meeus, ~105 s); the table
        // puts it after midnight. Three seconds are within the uncertainty of ΔT that far ahead.
        var china = new LunisolarEngine(CivilTimeRule.China);
        var starts = ChineseCrossCheck.DisagreementStarts(china, new LocalDate(1968, 1, 1), new LocalDate(2100, 12, 31), out _);
        Assert.Equal(["2057-09-28"], starts);
    }

    [Fact]
    public void Vietnam_differs_from_China_after_1968_on_about_two_thousand_days()
    {
        // design.md §4: the Chinese table is wrong for Vietnam on about two thousand days between 1968 and 2100.
        ChineseCrossCheck.DisagreementStarts(VietnameseLunarCalendar.Engine, new LocalDate(1968, 1, 1), new LocalDate(2100, 12, 31), out int days);
        Assert.InRange(days, 1800, 2300);
    }
}
