using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Domain.Observances;

/// <summary>On which day of a year an observance falls. Rules are tested against each solar day of the year.</summary>
public abstract record ObservanceRule
{
    private protected ObservanceRule()
    {
    }

    /// <summary>Whether the rule names this day.</summary>
    public abstract bool Matches(LocalDate date, LunarDate lunar, LunarMonth lunarMonth);

    /// <summary>A short description: "30/7", "15/8 âm lịch", "cuối tháng 12 âm lịch", "2027-03-15".</summary>
    public abstract string Describe();

    /// <summary>The same solar day and month every year (29/2 exists only in leap years: see <paramref name="IfMissing"/>).</summary>
    /// <param name="Month">1–12.</param>
    /// <param name="Day">1–31.</param>
    /// <param name="IfMissing">What happens in a year without that day.</param>
    public sealed record FixedSolar(int Month, int Day, MissingDay IfMissing = MissingDay.Error) : ObservanceRule
    {
        /// <inheritdoc />
        public override bool Matches(LocalDate date, LunarDate lunar, LunarMonth lunarMonth) =>
            date.Month == Month && (date.Day == Day
                || (IfMissing == MissingDay.LastDay && Day > date.Calendar.GetDaysInMonth(date.Year, Month) && date.Day == date.Calendar.GetDaysInMonth(date.Year, Month)));

        /// <inheritdoc />
        public override string Describe() => $"{Day}/{Month}";
    }

    /// <summary>The same lunar day and month every lunar year, in the ordinary month only, never a leap month of that number.</summary>
    /// <param name="Month">1–12.</param>
    /// <param name="Day">1–30 (day 30 exists only in a 30-day month: see <paramref name="IfMissing"/>).</param>
    /// <param name="IfMissing">What happens in a lunar year whose month has no such day.</param>
    public sealed record FixedLunar(int Month, int Day, MissingDay IfMissing = MissingDay.Error) : ObservanceRule
    {
        /// <inheritdoc />
        public override bool Matches(LocalDate date, LunarDate lunar, LunarMonth lunarMonth) =>
            !lunar.IsLeapMonth && lunar.Month == Month
            && (lunar.Day == Day || (IfMissing == MissingDay.LastDay && Day > lunarMonth.Length && lunar.Day == lunarMonth.Length));

        /// <inheritdoc />
        public override string Describe() => $"{Day}/{Month} âm lịch";
    }

    /// <summary>The last day of a lunar month, 29 or 30 (giao thừa is the last day of month 12); ordinary month only.</summary>
    public sealed record LunarMonthEnd(int Month) : ObservanceRule
    {
        /// <inheritdoc />
        public override bool Matches(LocalDate date, LunarDate lunar, LunarMonth lunarMonth) =>
            !lunar.IsLeapMonth && lunar.Month == Month && lunar.Day == lunarMonth.Length;

        /// <inheritdoc />
        public override string Describe() => $"cuối tháng {Month} âm lịch";
    }

    /// <summary>One particular date (an event imported from a calendar file, a one-off company day).</summary>
    public sealed record OnDate(LocalDate Date) : ObservanceRule
    {
        /// <inheritdoc />
        public override bool Matches(LocalDate date, LunarDate lunar, LunarMonth lunarMonth) => date == Date;

        /// <inheritdoc />
        public override string Describe() => Date.ToString("yyyy-MM-dd", null);
    }
}

/// <summary>What a rule does in a year that has no such day (30/12 âm lịch when tháng Chạp has 29 days, 29/2).</summary>
public enum MissingDay
{
    /// <summary>A calendar of that year cannot be made: the user must say what they want.</summary>
    Error,

    /// <summary>The observance is left out that year.</summary>
    Skip,

    /// <summary>The observance moves to the last day of the month.</summary>
    LastDay,
}
