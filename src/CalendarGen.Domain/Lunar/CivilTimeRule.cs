using System.Collections.Immutable;

namespace CalendarGen.Domain.Lunar;

/// <summary>
/// Which UTC offset a calendar uses to turn an astronomical instant into a civil date: a list of periods, each
/// starting at local midnight of its first civil day.
/// </summary>
/// <remarks>
/// Vietnam (Hồ Ngọc Đức, "Âm lịch Việt Nam"; design.md §4):
/// <list type="bullet">
/// <item>before 1929-01-01: Beijing local mean time, 116°25′ E = UTC+7:45:40 — Vietnam followed the Chinese
/// calendar, which was computed for the Beijing meridian until 1928;</item>
/// <item>1929-01-01 to 1967-12-31: UTC+8, the 120° E meridian the Chinese calendar moved to in 1929;</item>
/// <item>from 1968-01-01: UTC+7, by North Vietnam's decision of 8 August 1967 to use its own meridian.</item>
/// </list>
/// </remarks>
internal sealed class CivilTimeRule
{
    /// <summary>Beijing local mean time: 116°25′ E is 7 h 45 min 40 s ahead of Greenwich.</summary>
    public const int BeijingMeanTimeSeconds = 7 * 3600 + 45 * 60 + 40;

    private const double SecondsPerDay = 86_400.0;

    /// <summary>The rule Vietnamese calendars follow.</summary>
    public static readonly CivilTimeRule Vietnam = new(
        BeijingMeanTimeSeconds,
        (DayNumber.FromYmd(1929, 1, 1), 8 * 3600),
        (DayNumber.FromYmd(1968, 1, 1), 7 * 3600));

    /// <summary>The Chinese calendar's rule (Beijing meridian, then UTC+8), used only to cross-check the astronomy.</summary>
    public static readonly CivilTimeRule China = new(
        BeijingMeanTimeSeconds,
        (DayNumber.FromYmd(1929, 1, 1), 8 * 3600));

    // Period i starts on civil day startDays[i] (JDN) at local midnight, instant startInstants[i] (JD, UT), and uses
    // offsetSeconds[i]. Period 0 starts at the beginning of time.
    private readonly ImmutableArray<int> startDays;
    private readonly ImmutableArray<double> startInstants;
    private readonly ImmutableArray<int> offsetSeconds;

    private CivilTimeRule(int initialOffsetSeconds, params (int FirstDay, int OffsetSeconds)[] changes)
    {
        startDays = [int.MinValue, .. changes.Select(c => c.FirstDay)];
        offsetSeconds = [initialOffsetSeconds, .. changes.Select(c => c.OffsetSeconds)];
        startInstants = [double.NegativeInfinity, .. changes.Select(c => c.FirstDay - 0.5 - c.OffsetSeconds / SecondsPerDay)];
    }

    /// <summary>The UTC offset in seconds in force at an instant given as a Julian Day (UT).</summary>
    public int OffsetSecondsAt(double julianDayUniversal)
    {
        int i = startInstants.Length - 1;
        while (julianDayUniversal < startInstants[i])
        {
            i--;
        }

        return offsetSeconds[i];
    }

    /// <summary>The UTC offset in seconds in force on a civil day (Julian Day Number).</summary>
    public int OffsetSecondsOn(int dayNumber)
    {
        int i = startDays.Length - 1;
        while (dayNumber < startDays[i])
        {
            i--;
        }

        return offsetSeconds[i];
    }

    /// <summary>The civil day (Julian Day Number) containing an instant given as a Julian Day (UT).</summary>
    public int DayOf(double julianDayUniversal) =>
        (int)Math.Floor(julianDayUniversal + 0.5 + OffsetSecondsAt(julianDayUniversal) / SecondsPerDay);

    /// <summary>The instant (Julian Day, UT) of local midnight at the start of a civil day.</summary>
    public double MidnightStarting(int dayNumber) => dayNumber - 0.5 - OffsetSecondsOn(dayNumber) / SecondsPerDay;
}
