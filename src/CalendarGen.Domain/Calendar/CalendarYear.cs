using System.Collections.Immutable;
using CalendarGen.Domain.Almanac;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.Observances;
using NodaTime;

namespace CalendarGen.Domain.Calendar;

/// <summary>
/// A Gregorian year with everything a calendar prints: every day with its lunar date, observances, day-off status and
/// almanac; every month with its week rows. Pure: no I/O, no drawing.
/// </summary>
public sealed record CalendarYear(int Year, IsoDayOfWeek FirstDayOfWeek, ImmutableArray<CalendarMonth> Months)
{
    /// <summary>Builds the year.</summary>
    /// <param name="year">1900–2199.</param>
    /// <param name="observances">The observances to place.</param>
    /// <param name="schedule">The year's announced days off and substitute days, if any (it must be for <paramref name="year"/>).</param>
    /// <param name="firstDayOfWeek">The first column of the week rows: Monday (the default) or Sunday.</param>
    public static CalendarYear Build(
        int year,
        ObservanceSet observances,
        DayOffSchedule? schedule = null,
        IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        if (year < VietnameseLunarCalendar.MinDate.Year || year > VietnameseLunarCalendar.MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year must be between 1900 and 2199");
        }

        if (schedule is not null && schedule.Year != year)
        {
            throw new ArgumentException($"the schedule is for {schedule.Year}, not {year}", nameof(schedule));
        }

        if (firstDayOfWeek is not (IsoDayOfWeek.Monday or IsoDayOfWeek.Sunday))
        {
            throw new ArgumentOutOfRangeException(nameof(firstDayOfWeek), firstDayOfWeek, "weeks start on Monday or Sunday");
        }

        // Each day's lunar facts are computed once and shared by the observance scan and the days themselves.
        var lunarDays = LunarDays(year, observances);
        var spans = ObservanceSpans(year, observances, lunarDays);
        var months = ImmutableArray.CreateBuilder<CalendarMonth>(12);
        for (int month = 1; month <= 12; month++)
        {
            int length = CalendarSystem.Iso.GetDaysInMonth(year, month);
            var days = ImmutableArray.CreateBuilder<CalendarDay>(length);
            for (int d = 1; d <= length; d++)
            {
                var date = new LocalDate(year, month, d);
                days.Add(BuildDay(lunarDays[date], spans, schedule));
            }

            var built = days.MoveToImmutable();
            months.Add(new CalendarMonth(year, month, built, CalendarMonth.WeeksOf(built, firstDayOfWeek)));
        }

        return new CalendarYear(year, firstDayOfWeek, months.MoveToImmutable());
    }

    /// <summary>The day for a date of this year.</summary>
    public CalendarDay Day(LocalDate date) =>
        date.Year == Year ? Months[date.Month - 1].Days[date.Day - 1] : throw new ArgumentOutOfRangeException(nameof(date));

    /// <summary>Every day of the year in order.</summary>
    public IEnumerable<CalendarDay> Days => Months.SelectMany(m => m.Days);

    private static CalendarDay BuildDay(LunarDay lunar, Dictionary<LocalDate, List<ObservanceDay>> spans, DayOffSchedule? schedule)
    {
        var date = lunar.Date;
        var observances = spans.TryGetValue(date, out var list) ? [.. list] : ImmutableArray<ObservanceDay>.Empty;
        var scheduled = schedule?.Find(date);
        bool dayOff = scheduled?.Kind switch
        {
            ScheduledDayKind.DayOff or ScheduledDayKind.SubstituteDayOff => true,
            ScheduledDayKind.WorkingDay => false,
            _ => observances.Any(o => o.Observance.DayOff),
        };
        return new CalendarDay(date, lunar, observances, dayOff, scheduled, AlmanacDay.For(lunar));
    }

    /// <summary>
    /// The lunar facts of every day the year needs: its own days, and the few days before it from which the longest
    /// observance span can reach into January.
    /// </summary>
    private static Dictionary<LocalDate, LunarDay> LunarDays(int year, ObservanceSet set)
    {
        int longestSpan = set.Observances.IsEmpty ? 1 : set.Observances.Max(o => o.Days);
        var scanFrom = new LocalDate(year, 1, 1).PlusDays(-(longestSpan - 1));
        if (!VietnameseLunarCalendar.Supports(scanFrom))
        {
            scanFrom = VietnameseLunarCalendar.MinDate;
        }

        var days = new Dictionary<LocalDate, LunarDay>();
        for (var date = scanFrom; date.Year <= year; date = date.PlusDays(1))
        {
            days[date] = LunarDay.For(date);
        }

        return days;
    }

    /// <summary>
    /// Every observance day that falls in the year. Each rule is tested against every solar day from a few days
    /// before the year (so that a span begun in late December carries into January) to its end, which also finds
    /// lunar dates of the previous lunar year (23/12 in a January).
    /// </summary>
    private static Dictionary<LocalDate, List<ObservanceDay>> ObservanceSpans(int year, ObservanceSet set, Dictionary<LocalDate, LunarDay> lunarDays)
    {
        var result = new Dictionary<LocalDate, List<ObservanceDay>>();
        foreach (var (date, lunar) in lunarDays)
        {
            foreach (var observance in set.Observances)
            {
                if (!observance.Rule.Matches(date, lunar.Lunar, lunar.Month))
                {
                    continue;
                }

                for (int i = 0; i < observance.Days; i++)
                {
                    var day = date.PlusDays(i);
                    if (day.Year == year && observance.IsInForceOn(day))
                    {
                        if (!result.TryGetValue(day, out var list))
                        {
                            result[day] = list = [];
                        }

                        list.Add(new ObservanceDay(observance, day, i + 1));
                    }
                }
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort((a, b) => set.Observances.IndexOf(a.Observance).CompareTo(set.Observances.IndexOf(b.Observance)));
        }

        return result;
    }
}
