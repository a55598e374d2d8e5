using NodaTime;

namespace CalendarGen.Domain.Lunar;

/// <summary>Julian Day Numbers (the integer day count astronomers use; 2000-01-01 is 2451545) for ISO dates.</summary>
internal static class DayNumber
{
    // DateOnly.DayNumber counts from 0001-01-01 (proleptic Gregorian), which is JDN 1721426.
    private const int DateOnlyEpoch = 1721426;

    public static int FromYmd(int year, int month, int day) => new DateOnly(year, month, day).DayNumber + DateOnlyEpoch;

    public static int From(LocalDate date) => date.ToDateOnly().DayNumber + DateOnlyEpoch;

    public static LocalDate ToLocalDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber - DateOnlyEpoch));
}
