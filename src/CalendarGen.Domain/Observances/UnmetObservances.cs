using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Domain.Observances;

/// <summary>An observance whose rule names a day that a year does not have.</summary>
/// <param name="Observance">The entry.</param>
/// <param name="Reason">Why, in words: "tháng Chạp of lunar year 2026 has 29 days".</param>
public sealed record UnmetObservance(Observance Observance, string Reason);

/// <summary>
/// Finds rules that cannot be met in a year: a fixed solar 29/2 (or 31/4 …) in a year without it, a fixed lunar day 30
/// in a lunar month of 29 days that falls in the year. Rules that say what to do then (<see cref="MissingDay"/>) and
/// entries not in force that year are never unmet. A lunar date whose lunar year simply falls outside the solar year
/// (15/11 can fall in the January after) is not "unmet".
/// </summary>
public static class UnmetObservances
{
    /// <summary>Every entry of <paramref name="set"/> that cannot be met in <paramref name="year"/>.</summary>
    public static IEnumerable<UnmetObservance> In(ObservanceSet set, int year)
    {
        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        foreach (var observance in set.Observances)
        {
            if (observance.EffectiveFrom > last || observance.EffectiveTo < first)
            {
                continue;
            }

            switch (observance.Rule)
            {
                case ObservanceRule.FixedSolar { IfMissing: MissingDay.Error } solar
                    when solar.Day > CalendarSystem.Iso.GetDaysInMonth(year, solar.Month):
                    yield return new(observance, $"{year} has no {solar.Day}/{solar.Month}");
                    break;
                case ObservanceRule.FixedLunar { IfMissing: MissingDay.Error } lunar when lunar.Day == 30:
                    foreach (int lunarYear in new[] { year - 1, year })
                    {
                        if (ShortMonth(lunarYear, lunar.Month, first, last) is { } start)
                        {
                            yield return new(observance, $"{VietnameseNames.MonthPhrase(lunar.Month, false)} of lunar year {lunarYear} "
                                + $"(from {start:yyyy-MM-dd}) has 29 days");
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The first day of ordinary month <paramref name="month"/> of a lunar year when it has 29 days and its day 30 would fall in the range.</summary>
    private static LocalDate? ShortMonth(int lunarYear, int month, LocalDate first, LocalDate last)
    {
        if (lunarYear < VietnameseLunarCalendar.MinDate.Year - 1 || lunarYear > VietnameseLunarCalendar.MaxDate.Year)
        {
            return null;
        }

        var ordinary = VietnameseLunarCalendar.GetYear(lunarYear).Months.Single(m => m.Month == month && !m.IsLeap);
        if (ordinary.Length == 30)
        {
            return null;
        }

        var wouldBe = ordinary.FirstDay.PlusDays(29);
        return wouldBe >= first && wouldBe <= last ? ordinary.FirstDay : null;
    }
}
