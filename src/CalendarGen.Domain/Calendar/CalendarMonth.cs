using System.Collections.Immutable;
using NodaTime;

namespace CalendarGen.Domain.Calendar;

/// <summary>One week row of a month grid: seven cells from the chosen first weekday; null outside the month.</summary>
public sealed record CalendarWeek(ImmutableArray<CalendarDay?> Cells);

/// <summary>A Gregorian month with its days and its week rows.</summary>
/// <param name="Year">The Gregorian year.</param>
/// <param name="Month">1–12.</param>
/// <param name="Days">Every day of the month in order.</param>
/// <param name="Weeks">The week rows the month needs (4 to 6) for the year's first weekday.</param>
public sealed record CalendarMonth(int Year, int Month, ImmutableArray<CalendarDay> Days, ImmutableArray<CalendarWeek> Weeks)
{
    /// <summary>Week rows for a month, starting each row on <paramref name="firstDayOfWeek"/>.</summary>
    internal static ImmutableArray<CalendarWeek> WeeksOf(ImmutableArray<CalendarDay> days, IsoDayOfWeek firstDayOfWeek)
    {
        int lead = ((int)days[0].Weekday - (int)firstDayOfWeek + 7) % 7;
        int rows = (lead + days.Length + 6) / 7;
        var weeks = ImmutableArray.CreateBuilder<CalendarWeek>(rows);
        for (int row = 0; row < rows; row++)
        {
            var cells = ImmutableArray.CreateBuilder<CalendarDay?>(7);
            for (int column = 0; column < 7; column++)
            {
                int index = row * 7 + column - lead;
                cells.Add(index >= 0 && index < days.Length ? days[index] : null);
            }

            weeks.Add(new CalendarWeek(cells.MoveToImmutable()));
        }

        return weeks.MoveToImmutable();
    }
}
