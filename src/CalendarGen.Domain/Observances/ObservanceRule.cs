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

    /// <summary>The same solar day and month every year (29/2 only in leap years).</summary>
    public sealed record FixedSolar(int Month, int Day) : ObservanceRule
    {
        /// <inheritdoc />
        public override bool Matches(LocalDate date, LunarDate lunar, LunarMonth lunarMonth) => date.Month == Month && date.Day == Day;

        /// <inheritdoc />
        public override string Describe() => $"{Day}/{Month}";
    }

    /// <summary>The same lunar day and month every lunar year, in the ordinary month only, never a leap month of that number.</summary>
    public sealed record FixedLunar(int Month, int Day) : ObservanceRule
    {
        /// <inheritdoc />
        public override bool Matches(LocalDate date, LunarDate lunar, LunarMonth lunarMonth) =>
            !lunar.IsLeapMonth && lunar.Month == Month && lunar.Day == Day;

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
