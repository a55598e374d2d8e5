using System.Collections.Immutable;
using NodaTime;

namespace CalendarGen.Domain.Observances;

/// <summary>How a scheduled day differs from the ordinary week.</summary>
public enum ScheduledDayKind
{
    /// <summary>A day off announced for the year (e.g. the days around Tết).</summary>
    DayOff,

    /// <summary>A substitute day off (nghỉ bù) for a holiday that fell on a weekend.</summary>
    SubstituteDayOff,

    /// <summary>A weekend day worked in exchange (làm bù).</summary>
    WorkingDay,
}

/// <summary>One day of a yearly schedule.</summary>
public sealed record ScheduledDay(LocalDate Date, ScheduledDayKind Kind, string Name);

/// <summary>
/// The days off and substitute days the government announces for one year. Optional: without it, the days off are
/// those of the observances marked as days off.
/// </summary>
/// <param name="Year">The Gregorian year.</param>
/// <param name="Days">The scheduled days, each date at most once.</param>
/// <param name="Source">The announcement the schedule copies.</param>
public sealed record DayOffSchedule(int Year, ImmutableArray<ScheduledDay> Days, string? Source)
{
    /// <summary>The entry for a date, if the schedule has one.</summary>
    public ScheduledDay? Find(LocalDate date) => Days.FirstOrDefault(d => d.Date == date);
}
