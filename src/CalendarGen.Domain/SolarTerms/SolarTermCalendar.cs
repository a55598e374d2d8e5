using System.Collections.Immutable;
using CalendarGen.Domain.Astronomy;
using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Domain.SolarTerms;

/// <summary>
/// The solar terms of each Gregorian year, computed from the Sun's apparent longitude (<see cref="Sun"/>) and
/// cached per year. A term begins on the Vietnamese civil date of its instant.
/// </summary>
public static class SolarTermCalendar
{
    private const int FirstYear = 1899;
    private const int LastYear = 2200;

    private static readonly Lazy<ImmutableArray<SolarTermEvent>>[] Years = CreateCache();

    /// <summary>The 24 terms that begin in a Gregorian year (1900–2199), in date order: Tiểu hàn first, Đông chí last.</summary>
    public static ImmutableArray<SolarTermEvent> ForYear(int year)
    {
        if (year < VietnameseLunarCalendar.MinDate.Year || year > VietnameseLunarCalendar.MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year must be between 1900 and 2199");
        }

        return Cached(year);
    }

    /// <summary>The term in effect on a date: the last one that began on or before it.</summary>
    public static SolarTermEvent InEffectOn(LocalDate date)
    {
        if (!VietnameseLunarCalendar.Supports(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, VietnameseLunarCalendar.OutOfRangeMessage(date));
        }

        var terms = Cached(date.Year);
        for (int i = terms.Length - 1; i >= 0; i--)
        {
            if (terms[i].Date <= date)
            {
                return terms[i];
            }
        }

        return Cached(date.Year - 1)[^1];
    }

    /// <summary>The term that begins on a date, if one does.</summary>
    public static SolarTermEvent? BeginningOn(LocalDate date)
    {
        var term = InEffectOn(date);
        return term.Date == date ? term : null;
    }

    private static ImmutableArray<SolarTermEvent> Cached(int year) => Years[year - FirstYear].Value;

    private static Lazy<ImmutableArray<SolarTermEvent>>[] CreateCache()
    {
        var cache = new Lazy<ImmutableArray<SolarTermEvent>>[LastYear - FirstYear + 1];
        for (int i = 0; i < cache.Length; i++)
        {
            int year = FirstYear + i;
            cache[i] = new(() => Compute(year, CivilTimeRule.Vietnam), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        return cache;
    }

    internal static ImmutableArray<SolarTermEvent> Compute(int year, CivilTimeRule rule)
    {
        var builder = ImmutableArray.CreateBuilder<SolarTermEvent>(24);
        double equinox = DayNumber.FromYmd(year, 3, 20) - 0.5;

        // Tiểu hàn (285°) and Đại hàn (300°) fall in January, before the March equinox; the rest follow it.
        for (int i = 0; i < 24; i++)
        {
            var term = (SolarTerm)((i + 22) % 24);
            int longitude = term.Longitude();
            double daysFromEquinox = (longitude >= 285 ? longitude - 360 : longitude) * 365.2422 / 360.0;
            double jde = Sun.TimeOfLongitude(longitude, equinox + daysFromEquinox);
            double ut = jde - DeltaT.DaysAt(jde);
            var instant = Instant.FromUnixTimeSeconds((long)Math.Round((ut - 2440587.5) * 86400.0));
            int offsetSeconds = rule.OffsetSecondsAt(ut);
            var date = DayNumber.ToLocalDate(rule.DayOf(ut));
            builder.Add(new SolarTermEvent(term, instant, date, Offset.FromSeconds(offsetSeconds)));
        }

        return builder.MoveToImmutable();
    }
}
