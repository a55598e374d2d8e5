using CalendarGen.Domain.CanChi;
using CalendarGen.Domain.SolarTerms;
using NodaTime;

namespace CalendarGen.Domain.Lunar;

/// <summary>Everything the lunar calendar says about one solar date.</summary>
/// <param name="Date">The solar date.</param>
/// <param name="Lunar">Its lunar date.</param>
/// <param name="Month">The lunar month it falls in (for its length).</param>
/// <param name="DayCanChi">Can chi of the day.</param>
/// <param name="MonthCanChi">Can chi of the lunar month (a leap month takes its base month's).</param>
/// <param name="YearCanChi">Can chi of the lunar year.</param>
/// <param name="SolarTerm">The solar term in effect: the last one to begin on or before the date.</param>
public sealed record LunarDay(
    LocalDate Date,
    LunarDate Lunar,
    LunarMonth Month,
    Sexagenary DayCanChi,
    Sexagenary MonthCanChi,
    Sexagenary YearCanChi,
    SolarTermEvent SolarTerm)
{
    /// <summary>Whether <see cref="SolarTerm"/> begins on this very date.</summary>
    public bool SolarTermBegins => SolarTerm.Date == Date;

    /// <summary>The facts for a date in 1900-01-01 … 2199-12-31.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static LunarDay For(LocalDate date)
    {
        var lunar = VietnameseLunarCalendar.ToLunarDate(date);
        var month = VietnameseLunarCalendar.GetYear(lunar.Year).Find(lunar.Month, lunar.IsLeapMonth)!.Value;
        return new LunarDay(
            date,
            lunar,
            month,
            lunar.DayCanChi,
            lunar.MonthCanChi,
            lunar.YearCanChi,
            SolarTermCalendar.InEffectOn(date));
    }
}
