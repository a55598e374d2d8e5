using System.Collections.Immutable;
using CalendarGen.Domain.Almanac;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.Observances;
using NodaTime;

namespace CalendarGen.Domain.Calendar;

/// <summary>An observance on a particular day.</summary>
/// <param name="Observance">The entry.</param>
/// <param name="Date">The day.</param>
/// <param name="DayOfSpan">1 for the entry's own day, 2… for the following days of a span (Mùng 2, Mùng 3 Tết).</param>
public sealed record ObservanceDay(Observance Observance, LocalDate Date, int DayOfSpan);

/// <summary>Everything a calendar prints for one solar day.</summary>
/// <param name="Date">The solar date.</param>
/// <param name="Lunar">The lunar calendar's facts: lunar date, can chi, solar term.</param>
/// <param name="Observances">The observances of the day, in the order of the set.</param>
/// <param name="IsDayOff">Whether the day is a public day off (holiday, scheduled day off or substitute day).</param>
/// <param name="Schedule">The yearly schedule's entry for the day, if any.</param>
/// <param name="Almanac">Giờ hoàng đạo, hoàng/hắc đạo, trực.</param>
public sealed record CalendarDay(
    LocalDate Date,
    LunarDay Lunar,
    ImmutableArray<ObservanceDay> Observances,
    bool IsDayOff,
    ScheduledDay? Schedule,
    AlmanacDay Almanac)
{
    /// <summary>The weekday.</summary>
    public IsoDayOfWeek Weekday => Date.DayOfWeek;

    /// <summary>Whether the day is a Sunday.</summary>
    public bool IsSunday => Date.DayOfWeek == IsoDayOfWeek.Sunday;

    /// <summary>Whether a lunar month begins on this day.</summary>
    public bool IsLunarMonthStart => Lunar.Lunar.Day == 1;

    /// <summary>
    /// The small lunar figure printed under a date in a month grid: the day ("17"), or day/month on the first day of
    /// a lunar month ("1/8"; "1/6N" for a leap month).
    /// </summary>
    public string LunarLabel => IsLunarMonthStart
        ? $"1/{Lunar.Lunar.Month}{(Lunar.Lunar.IsLeapMonth ? "N" : "")}"
        : Lunar.Lunar.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
