using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Domain.CanChi;

/// <summary>
/// A can chi name: one of the sixty stem–branch pairs that name years, months, days and double-hours.
/// The formulas are those of Hồ Ngọc Đức, "Âm lịch Việt Nam": day from the Julian Day Number, month from the lunar
/// year and month number (a leap month takes the name of the month it repeats), year from the lunar year.
/// </summary>
public readonly record struct Sexagenary(HeavenlyStem Stem, EarthlyBranch Branch)
{
    // Names as published Vietnamese almanacs spell them (NFC).
    private static readonly string[] StemNames = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] BranchNames = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The Vietnamese name of a stem, e.g. "Giáp".</summary>
    public static string NameOf(HeavenlyStem stem) => StemNames[(int)stem];

    /// <summary>The Vietnamese name of a branch, e.g. "Tý".</summary>
    public static string NameOf(EarthlyBranch branch) => BranchNames[(int)branch];

    /// <summary>The can chi of a solar day: stem (JDN + 9) mod 10, branch (JDN + 1) mod 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static Sexagenary OfDay(LocalDate date)
    {
        if (!VietnameseLunarCalendar.Supports(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, VietnameseLunarCalendar.OutOfRangeMessage(date));
        }

        return OfDayNumber(DayNumber.From(date));
    }

    /// <summary>The can chi of lunar month <paramref name="month"/> of lunar year <paramref name="lunarYear"/>:
    /// stem (year × 12 + month + 3) mod 10, branch (month + 1) mod 12 (month 1 is always a Dần month).</summary>
    public static Sexagenary OfLunarMonth(int lunarYear, int month) =>
        new((HeavenlyStem)Mod(lunarYear * 12 + month + 3, 10), (EarthlyBranch)Mod(month + 1, 12));

    /// <summary>The can chi of a lunar year: stem (year + 6) mod 10, branch (year + 8) mod 12 (1984 is Giáp Tý).</summary>
    public static Sexagenary OfLunarYear(int lunarYear) =>
        new((HeavenlyStem)Mod(lunarYear + 6, 10), (EarthlyBranch)Mod(lunarYear + 8, 12));

    /// <summary>
    /// The can chi of a double-hour of a day. The branch is the hour itself; the stem of the Tý hour follows the day's
    /// stem (Giáp/Kỷ days start with Giáp Tý, Ất/Canh with Bính Tý, Bính/Tân with Mậu Tý, Đinh/Nhâm with Canh Tý,
    /// Mậu/Quý with Nhâm Tý) and advances by one each double-hour.
    /// </summary>
    public static Sexagenary OfHour(Sexagenary day, EarthlyBranch hour) =>
        new((HeavenlyStem)Mod((int)day.Stem % 5 * 2 + (int)hour, 10), hour);

    /// <summary>The double-hour (branch) containing a clock hour 0–23: Tý is 23:00–00:59, Sửu 01:00–02:59, …</summary>
    public static EarthlyBranch HourBranch(int hour) =>
        hour is < 0 or > 23 ? throw new ArgumentOutOfRangeException(nameof(hour)) : (EarthlyBranch)((hour + 1) / 2 % 12);

    /// <summary>"Giáp Tý".</summary>
    public override string ToString() => StemNames[(int)Stem] + " " + BranchNames[(int)Branch];

    internal static Sexagenary OfDayNumber(int dayNumber) =>
        new((HeavenlyStem)Mod(dayNumber + 9, 10), (EarthlyBranch)Mod(dayNumber + 1, 12));

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
