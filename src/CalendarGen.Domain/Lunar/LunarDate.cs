using System.Globalization;
using CalendarGen.Domain.CanChi;
using NodaTime;

namespace CalendarGen.Domain.Lunar;

/// <summary>
/// A date of the Vietnamese lunar calendar: year (the Gregorian year in which that lunar year begins), month 1–12,
/// whether the month is the leap month of that number, and day 1–30. Only dates that exist are constructed: no day 30
/// in a 29-day month, no leap month the year does not have. The default value is not a valid date.
/// </summary>
public readonly struct LunarDate : IEquatable<LunarDate>, IComparable<LunarDate>
{
    private readonly int dayNumber;

    internal LunarDate(int year, int month, int day, bool isLeapMonth, int dayNumber)
    {
        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
        this.dayNumber = dayNumber;
    }

    /// <summary>Creates a lunar date, checking that it exists.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist or lies outside the supported range.</exception>
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        if (!TryCreate(year, month, day, isLeapMonth, out this, out string? error))
        {
            throw new ArgumentOutOfRangeException(null, error);
        }
    }

    /// <summary>The lunar year, named by the Gregorian year in which its Tết falls.</summary>
    public int Year { get; }

    /// <summary>The month number, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1–30.</summary>
    public int Day { get; }

    /// <summary>Whether the month is a leap month (tháng nhuận).</summary>
    public bool IsLeapMonth { get; }

    /// <summary>The can chi of the lunar year, e.g. "Bính Ngọ" for 2026.</summary>
    public Sexagenary YearCanChi => Sexagenary.OfLunarYear(Year);

    /// <summary>The can chi of the lunar month; a leap month takes the name of the month it repeats.</summary>
    public Sexagenary MonthCanChi => Sexagenary.OfLunarMonth(Year, Month);

    /// <summary>The can chi of the day.</summary>
    public Sexagenary DayCanChi => Sexagenary.OfDayNumber(dayNumber);

    /// <summary>The lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static LunarDate FromLocalDate(LocalDate date) => VietnameseLunarCalendar.ToLunarDate(date);

    /// <summary>The solar date of this lunar date.</summary>
    public LocalDate ToLocalDate() => DayNumber.ToLocalDate(dayNumber);

    /// <summary>Tries to create a lunar date, saying why not when it does not exist.</summary>
    public static bool TryCreate(int year, int month, int day, bool isLeapMonth, out LunarDate result, out string? error)
    {
        result = default;
        string name = Format(year, month, day, isLeapMonth);
        if (year < LunisolarEngine.FirstYear || year > LunisolarEngine.LastYear)
        {
            error = $"lunar date {name}: the year must be between {LunisolarEngine.FirstYear} and {LunisolarEngine.LastYear}";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"lunar date {name}: the month must be between 1 and 12";
            return false;
        }

        var lunarYear = VietnameseLunarCalendar.GetYear(year);
        if (lunarYear.Find(month, isLeapMonth) is not { } lunarMonth)
        {
            error = lunarYear.LeapMonth is { } leap
                ? $"lunar date {name}: lunar year {year} has no leap month {month} (its leap month is {leap})"
                : $"lunar date {name}: lunar year {year} has no leap month";
            return false;
        }

        if (day < 1 || day > lunarMonth.Length)
        {
            error = $"lunar date {name}: month {month}{(isLeapMonth ? " (leap)" : "")} of {year} has {lunarMonth.Length} days";
            return false;
        }

        int number = DayNumber.From(lunarMonth.FirstDay) + day - 1;
        if (!VietnameseLunarCalendar.SupportsDayNumber(number))
        {
            error = $"lunar date {name}: " + VietnameseLunarCalendar.OutOfRangeMessage(DayNumber.ToLocalDate(number));
            return false;
        }

        result = new LunarDate(year, month, day, isLeapMonth, number);
        error = null;
        return true;
    }

    /// <summary>
    /// Parses "YYYY-MM-DD" with an "L" after the month for a leap month: "2026-08-15" is Trung Thu 2026,
    /// "2025-06L-01" is the first day of the leap sixth month of 2025.
    /// </summary>
    public static bool TryParse(string text, out LunarDate result, out string? error)
    {
        result = default;
        string[] parts = text.Trim().Split('-');
        bool isLeap = false;
        if (parts.Length == 3 && parts[1].EndsWith('L') || parts.Length == 3 && parts[1].EndsWith('l'))
        {
            isLeap = true;
            parts[1] = parts[1][..^1];
        }

        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int day))
        {
            error = $"'{text}' is not a lunar date; write YYYY-MM-DD, with L after the month for a leap month (2025-06L-01)";
            return false;
        }

        return TryCreate(year, month, day, isLeap, out result, out error);
    }

    /// <inheritdoc />
    public bool Equals(LunarDate other) => dayNumber == other.dayNumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LunarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => dayNumber;

    /// <inheritdoc />
    public int CompareTo(LunarDate other) => dayNumber.CompareTo(other.dayNumber);

    /// <summary>"2026-06-17", or "2025-06L-01" in a leap month: the form <see cref="TryParse"/> reads.</summary>
    public override string ToString() => Format(Year, Month, Day, IsLeapMonth);

    /// <summary>Equality of dates.</summary>
    public static bool operator ==(LunarDate left, LunarDate right) => left.Equals(right);

    /// <summary>Inequality of dates.</summary>
    public static bool operator !=(LunarDate left, LunarDate right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(LunarDate left, LunarDate right) => left.dayNumber < right.dayNumber;

    /// <summary>Later than.</summary>
    public static bool operator >(LunarDate left, LunarDate right) => left.dayNumber > right.dayNumber;

    /// <summary>Earlier than or the same.</summary>
    public static bool operator <=(LunarDate left, LunarDate right) => left.dayNumber <= right.dayNumber;

    /// <summary>Later than or the same.</summary>
    public static bool operator >=(LunarDate left, LunarDate right) => left.dayNumber >= right.dayNumber;

    private static string Format(int year, int month, int day, bool isLeap) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}{(isLeap ? "L" : "")}-{day:D2}");
}
