using System.Globalization;
using NodaTime;

namespace CalendarGen.Domain.Tests.Oracles;

/// <summary>
/// .NET's <see cref="ChineseLunisolarCalendar"/> (a table of the Chinese calendar, 1901-02-19 … 2101-01-28) read as
/// (lunar year, month 1–12, leap flag, day), for cross-checks. It is the Chinese calendar (UTC+8), not Vietnam's.
/// </summary>
internal static class DotNetChineseCalendar
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    public static LocalDate MinDate { get; } = LocalDate.FromDateTime(Calendar.MinSupportedDateTime);

    public static LocalDate MaxDate { get; } = LocalDate.FromDateTime(Calendar.MaxSupportedDateTime);

    public static (int Year, int Month, bool IsLeap, int Day) ToLunar(LocalDate date)
    {
        var dt = date.ToDateTimeUnspecified();
        int year = Calendar.GetYear(dt);
        int ordinal = Calendar.GetMonth(dt);
        int day = Calendar.GetDayOfMonth(dt);

        // GetLeapMonth gives the ordinal (1–13) of the leap month, which repeats the month before it.
        int leapOrdinal = Calendar.GetLeapMonth(year);
        if (leapOrdinal == 0 || ordinal < leapOrdinal)
        {
            return (year, ordinal, false, day);
        }

        return (year, ordinal - 1, ordinal == leapOrdinal, day);
    }
}
