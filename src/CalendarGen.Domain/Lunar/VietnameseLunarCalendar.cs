using NodaTime;

namespace CalendarGen.Domain.Lunar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch) over 1900-01-01 … 2199-12-31: conversions both ways, the months of a
/// lunar year and its leap month. Months are computed from astronomy (see <see cref="LunisolarEngine"/>) once per
/// year and cached, so after the first use of a year a conversion is a table lookup. Thread-safe.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>The first solar date served.</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>The last solar date served.</summary>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    internal static LunisolarEngine Engine { get; } = new(CivilTimeRule.Vietnam);

    private static readonly int MinDayNumber = DayNumber.From(MinDate);
    private static readonly int MaxDayNumber = DayNumber.From(MaxDate);

    /// <summary>Whether a solar date lies in the supported range.</summary>
    public static bool Supports(LocalDate date) => date >= MinDate && date <= MaxDate;

    /// <summary>The months of lunar year <paramref name="year"/> (the Gregorian year in which it begins, 1899–2199).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1899–2199.</exception>
    public static LunarYear GetYear(int year) => Engine.Year(year);

    /// <summary>The lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="MinDate"/> … <see cref="MaxDate"/>.</exception>
    public static LunarDate ToLunarDate(LocalDate date)
    {
        if (!Supports(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, OutOfRangeMessage(date));
        }

        return FromDayNumber(DayNumber.From(date), date.Year);
    }

    /// <summary>The solar date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The solar date falls outside the supported range.</exception>
    public static LocalDate ToLocalDate(LunarDate date) => date.ToLocalDate();

    internal static string OutOfRangeMessage(LocalDate date) =>
        $"{date:yyyy-MM-dd} is outside the supported range {MinDate:yyyy-MM-dd} … {MaxDate:yyyy-MM-dd}";

    internal static bool SupportsDayNumber(int dayNumber) => dayNumber >= MinDayNumber && dayNumber <= MaxDayNumber;

    /// <summary>The lunar date of a day; <paramref name="gregorianYear"/> is the year the day falls in.</summary>
    private static LunarDate FromDayNumber(int dayNumber, int gregorianYear)
    {
        // The lunar year that begins in the same Gregorian year, or the one before if the day precedes its Tết.
        var lunarYear = Engine.Year(gregorianYear);
        if (dayNumber < lunarYear.StartDayNumber)
        {
            lunarYear = Engine.Year(gregorianYear - 1);
        }

        int index = lunarYear.MonthIndexOf(dayNumber);
        var month = lunarYear.Months[index];
        int day = dayNumber - lunarYear.MonthStartDayNumber(index) + 1;
        return new LunarDate(lunarYear.Year, month.Month, day, month.IsLeap, dayNumber);
    }
}
