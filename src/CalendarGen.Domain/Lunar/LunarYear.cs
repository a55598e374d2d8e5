using System.Collections.Immutable;
using NodaTime;

namespace CalendarGen.Domain.Lunar;

/// <summary>The 12 or 13 months of one lunar year, in order.</summary>
public sealed class LunarYear
{
    // Start of each month as a Julian Day Number, plus the day after the year ends: conversions search this.
    private readonly int[] starts;

    internal LunarYear(int year, ImmutableArray<LunarMonth> months, int[] starts)
    {
        Year = year;
        Months = months;
        this.starts = starts;
        foreach (var month in months)
        {
            if (month.IsLeap)
            {
                LeapMonth = month.Month;
            }
        }
    }

    /// <summary>The lunar year, named by the Gregorian year in which its first day (Tết) falls.</summary>
    public int Year { get; }

    /// <summary>The months in order; a leap month directly follows the month it repeats.</summary>
    public ImmutableArray<LunarMonth> Months { get; }

    /// <summary>The number of the leap month, or null in a common year.</summary>
    public int? LeapMonth { get; }

    /// <summary>Whether the year has a leap month (13 months).</summary>
    public bool IsLeapYear => LeapMonth is not null;

    /// <summary>Tết Nguyên Đán: the solar date of 1/1 of this lunar year.</summary>
    public LocalDate FirstDay => Months[0].FirstDay;

    /// <summary>The solar date of the last day of tháng Chạp (giao thừa).</summary>
    public LocalDate LastDay => Months[^1].LastDay;

    /// <summary>The number of days in the year (353–355 or 383–385).</summary>
    public int Length => starts[^1] - starts[0];

    /// <summary>The month with a given number; <paramref name="isLeap"/> selects the leap month of that number.</summary>
    /// <returns>The month, or null if the year has no such month.</returns>
    public LunarMonth? Find(int month, bool isLeap = false)
    {
        foreach (var m in Months)
        {
            if (m.Month == month && m.IsLeap == isLeap)
            {
                return m;
            }
        }

        return null;
    }

    internal int StartDayNumber => starts[0];

    /// <summary>The index of the month containing a day, which must lie within the year.</summary>
    internal int MonthIndexOf(int dayNumber)
    {
        int i = starts.Length - 2;
        while (dayNumber < starts[i])
        {
            i--;
        }

        return i;
    }

    internal int MonthStartDayNumber(int index) => starts[index];
}
