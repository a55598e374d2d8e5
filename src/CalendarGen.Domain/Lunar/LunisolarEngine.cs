using System.Collections.Immutable;
using CalendarGen.Domain.Astronomy;

namespace CalendarGen.Domain.Lunar;

/// <summary>
/// Builds the months of the lunisolar calendar from astronomy, by the rules Hồ Ngọc Đức sets out in
/// "Âm lịch Việt Nam" (the rules Vietnamese almanacs follow):
/// <list type="number">
/// <item>a month begins on the civil day that contains the true new moon;</item>
/// <item>the month containing the December solstice (the day it falls on) is month 11;</item>
/// <item>when 13 months lie between one month 11 and the next, the first of them after month 11 in which no major
/// solar term (a multiple of 30° of solar longitude) begins is the leap month and repeats the previous number.</item>
/// </list>
/// Each "cycle" is the run of months from the month 11 of one Gregorian year to the next; a lunar year takes months
/// 1–10 from one cycle and months 11–12 from the next. Cycles and years are computed once, on first use, and cached;
/// the caches are thread-safe.
/// </summary>
internal sealed class LunisolarEngine
{
    /// <summary>First and last lunar years served (the Gregorian year in which each begins).</summary>
    public const int FirstYear = 1899;
    public const int LastYear = 2199;

    private readonly CivilTimeRule rule;
    private readonly Lazy<Cycle>[] cycles;
    private readonly Lazy<LunarYear>[] years;

    public LunisolarEngine(CivilTimeRule rule)
    {
        this.rule = rule;
        cycles = new Lazy<Cycle>[LastYear - FirstYear + 2];
        for (int i = 0; i < cycles.Length; i++)
        {
            int gregorianYear = FirstYear - 1 + i;
            cycles[i] = new Lazy<Cycle>(() => BuildCycle(gregorianYear), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        years = new Lazy<LunarYear>[LastYear - FirstYear + 1];
        for (int i = 0; i < years.Length; i++)
        {
            int lunarYear = FirstYear + i;
            years[i] = new Lazy<LunarYear>(() => BuildYear(lunarYear), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The months of a lunar year, <paramref name="year"/> being the Gregorian year in which it begins.</summary>
    public LunarYear Year(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"lunar year must be between {FirstYear} and {LastYear}");
        }

        return years[year - FirstYear].Value;
    }

    /// <summary>The civil day (JDN) that contains new moon number <paramref name="k"/>.</summary>
    public int NewMoonDay(int k) => rule.DayOf(NewMoon.JulianDayUniversal(k));

    /// <summary>Index 0–11 of the 30° sector of solar longitude at local midnight starting a civil day.</summary>
    public int SectorAtStartOf(int dayNumber)
    {
        double ut = rule.MidnightStarting(dayNumber);
        double jde = ut + DeltaT.DaysAt(ut);
        return (int)(Sun.ApparentLongitude(jde) / 30.0);
    }

    private Cycle CycleOf(int gregorianYear) => cycles[gregorianYear - (FirstYear - 1)].Value;

    /// <summary>The lunation number of the month 11 that holds the December solstice of a Gregorian year.</summary>
    private int Month11Lunation(int gregorianYear)
    {
        double solsticeTt = Sun.TimeOfLongitude(270.0, DayNumber.FromYmd(gregorianYear, 12, 21) - 0.5);
        int solsticeDay = rule.DayOf(solsticeTt - DeltaT.DaysAt(solsticeTt));
        int k = NewMoon.LunationBefore(solsticeDay);
        while (NewMoonDay(k) > solsticeDay)
        {
            k--;
        }

        while (NewMoonDay(k + 1) <= solsticeDay)
        {
            k++;
        }

        return k;
    }

    private Cycle BuildCycle(int gregorianYear)
    {
        int first = Month11Lunation(gregorianYear);
        int next = Month11Lunation(gregorianYear + 1);
        int count = next - first;
        if (count is not (12 or 13))
        {
            throw new InvalidOperationException($"{count} lunations between the solstices of {gregorianYear} and {gregorianYear + 1}");
        }

        var starts = new int[count + 1];
        for (int i = 0; i <= count; i++)
        {
            starts[i] = NewMoonDay(first + i);
        }

        int leapIndex = -1;
        if (count == 13)
        {
            // The first month after month 11 in which no major term begins: the sector of solar longitude is the
            // same at the start of the month and at the start of the next one.
            int sector = SectorAtStartOf(starts[1]);
            for (int i = 1; i < count; i++)
            {
                int nextSector = SectorAtStartOf(starts[i + 1]);
                if (nextSector == sector)
                {
                    leapIndex = i;
                    break;
                }

                sector = nextSector;
            }

            if (leapIndex < 0)
            {
                throw new InvalidOperationException($"no month without a major solar term after month 11 of {gregorianYear}");
            }
        }

        var months = new (int Month, bool IsLeap)[count];
        int label = 11;
        months[0] = (11, false);
        for (int i = 1; i < count; i++)
        {
            if (i == leapIndex)
            {
                months[i] = (label, true);
            }
            else
            {
                label = label % 12 + 1;
                months[i] = (label, false);
            }
        }

        return new Cycle(starts, months);
    }

    private LunarYear BuildYear(int year)
    {
        var builder = ImmutableArray.CreateBuilder<LunarMonth>(13);
        var starts = new List<int>(14);
        Collect(CycleOf(year - 1), from: 1, to: 10);
        Collect(CycleOf(year), from: 11, to: 12);
        starts.Add(starts[^1] + builder[^1].Length);
        return new LunarYear(year, builder.ToImmutable(), [.. starts]);

        void Collect(Cycle cycle, int from, int to)
        {
            for (int i = 0; i < cycle.Months.Length; i++)
            {
                var (month, isLeap) = cycle.Months[i];
                if (month >= from && month <= to)
                {
                    int start = cycle.Starts[i];
                    int length = cycle.Starts[i + 1] - start;
                    builder.Add(new LunarMonth(year, month, isLeap, DayNumber.ToLocalDate(start), length));
                    starts.Add(start);
                }
            }
        }
    }

    /// <param name="Starts">Civil days (JDN) on which each month begins, plus the day after the last one ends.</param>
    /// <param name="Months">Each month's number and whether it is a leap month; the first is month 11.</param>
    private sealed record Cycle(int[] Starts, (int Month, bool IsLeap)[] Months);
}
