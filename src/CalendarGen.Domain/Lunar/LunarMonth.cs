using NodaTime;

namespace CalendarGen.Domain.Lunar;

/// <summary>One month of the Vietnamese lunar calendar.</summary>
/// <param name="Year">The lunar year, named by the Gregorian year in which it begins.</param>
/// <param name="Month">1 (tháng Giêng) to 12 (tháng Chạp).</param>
/// <param name="IsLeap">Whether this is the leap month (tháng nhuận) repeating <paramref name="Month"/>.</param>
/// <param name="FirstDay">The solar date of day 1 (mùng 1): the civil day of the new moon.</param>
/// <param name="Length">29 (tháng thiếu) or 30 (tháng đủ).</param>
public readonly record struct LunarMonth(int Year, int Month, bool IsLeap, LocalDate FirstDay, int Length)
{
    /// <summary>Whether the month has 30 days (tháng đủ) rather than 29 (tháng thiếu).</summary>
    public bool IsFull => Length == 30;

    /// <summary>The solar date of the last day of the month.</summary>
    public LocalDate LastDay => FirstDay.PlusDays(Length - 1);
}
