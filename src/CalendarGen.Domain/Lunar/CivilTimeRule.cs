namespace CalendarGen.Domain.Lunar;

/// <summary>
/// Which UTC offset a calendar uses to turn an astronomical instant into a civil date.
/// Vietnam: UTC+8 before 1968-01-01 (it followed the Chinese calendar computed for 120° E), UTC+7 from then on
/// (North Vietnam moved its calendar to its own meridian by a government decision of 8 August 1967; see Hồ Ngọc Đức,
/// "Âm lịch Việt Nam"). The switch instant is 1968-01-01 00:00 at UTC+7.
/// </summary>
internal sealed class CivilTimeRule
{
    /// <summary>The rule Vietnamese calendars follow.</summary>
    public static readonly CivilTimeRule Vietnam = new(8, 7, DayNumber.FromYmd(1968, 1, 1));

    /// <summary>The Chinese calendar's rule (UTC+8 throughout), used only to cross-check the astronomy.</summary>
    public static readonly CivilTimeRule China = new(8, 8, DayNumber.FromYmd(1968, 1, 1));

    private readonly int offsetBefore;
    private readonly int offsetFrom;
    private readonly int switchDay;
    private readonly double switchInstant;

    private CivilTimeRule(int offsetBefore, int offsetFrom, int switchDay)
    {
        this.offsetBefore = offsetBefore;
        this.offsetFrom = offsetFrom;
        this.switchDay = switchDay;
        switchInstant = switchDay - 0.5 - offsetFrom / 24.0;
    }

    /// <summary>The UTC offset in hours in force at a Julian Day (UT).</summary>
    public int OffsetHoursAt(double julianDayUniversal) => julianDayUniversal < switchInstant ? offsetBefore : offsetFrom;

    /// <summary>The UTC offset in hours in force on a civil day (Julian Day Number).</summary>
    public int OffsetHoursOn(int dayNumber) => dayNumber < switchDay ? offsetBefore : offsetFrom;

    /// <summary>The civil day (Julian Day Number) containing an instant given as a Julian Day (UT).</summary>
    public int DayOf(double julianDayUniversal) =>
        (int)Math.Floor(julianDayUniversal + 0.5 + OffsetHoursAt(julianDayUniversal) / 24.0);

    /// <summary>The instant (Julian Day, UT) of local midnight at the start of a civil day.</summary>
    public double MidnightStarting(int dayNumber) => dayNumber - 0.5 - OffsetHoursOn(dayNumber) / 24.0;
}
