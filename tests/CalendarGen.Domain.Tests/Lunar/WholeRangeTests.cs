using CalendarGen.Domain.CanChi;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.SolarTerms;
using NodaTime;

namespace CalendarGen.Domain.Tests.Lunar;

/// <summary>Invariants checked on every day, month and year of the supported range.</summary>
public sealed class WholeRangeTests
{
    private static IEnumerable<LocalDate> EveryDay()
    {
        for (var d = VietnameseLunarCalendar.MinDate; d <= VietnameseLunarCalendar.MaxDate; d = d.PlusDays(1))
        {
            yield return d;
        }
    }

    [Fact]
    public void Every_day_from_1900_to_2199_round_trips_solar_to_lunar_to_solar()
    {
        int count = 0;
        foreach (var date in EveryDay())
        {
            var lunar = VietnameseLunarCalendar.ToLunarDate(date);
            var rebuilt = new LunarDate(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth);
            Assert.Equal(date, rebuilt.ToLocalDate());
            count++;
        }

        Assert.Equal(109_573, count);
    }

    [Fact]
    public void Lunar_days_advance_by_one_or_restart_at_one_on_a_new_month()
    {
        var previous = VietnameseLunarCalendar.ToLunarDate(VietnameseLunarCalendar.MinDate);
        foreach (var date in EveryDay().Skip(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunarDate(date);
            if (lunar.Day == 1)
            {
                Assert.True(previous.Day is 29 or 30, $"{date}: month before ends on day {previous.Day}");
            }
            else
            {
                Assert.Equal(previous.Day + 1, lunar.Day);
                Assert.Equal((previous.Year, previous.Month, previous.IsLeapMonth), (lunar.Year, lunar.Month, lunar.IsLeapMonth));
            }

            previous = lunar;
        }
    }

    [Fact]
    public void Every_lunar_year_has_12_months_or_13_with_exactly_one_leap_and_months_run_without_gaps()
    {
        LunarMonth? last = null;
        for (int year = 1899; year <= 2199; year++)
        {
            var lunarYear = VietnameseLunarCalendar.GetYear(year);
            var months = lunarYear.Months;
            Assert.True(months.Length is 12 or 13, $"{year}: {months.Length} months");
            Assert.Equal(months.Length == 13 ? 1 : 0, months.Count(m => m.IsLeap));
            Assert.Equal(Enumerable.Range(1, 12), months.Where(m => !m.IsLeap).Select(m => m.Month));
            Assert.InRange(lunarYear.Length, months.Length == 13 ? 383 : 353, months.Length == 13 ? 385 : 355);
            foreach (var month in months)
            {
                Assert.True(month.Length is 29 or 30, $"{year}/{month.Month}: {month.Length} days");
                Assert.Equal(year, month.Year);
                if (last is { } before)
                {
                    Assert.Equal(before.LastDay.PlusDays(1), month.FirstDay);
                    if (month.IsLeap)
                    {
                        Assert.Equal(before.Month, month.Month);
                    }
                }

                last = month;
            }
        }
    }

    [Fact]
    public void A_month_holds_the_December_solstice_only_if_it_is_month_11()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            var solstice = SolarTermCalendar.ForYear(year).Single(t => t.Term == SolarTerm.DongChi).Date;
            var lunar = VietnameseLunarCalendar.ToLunarDate(solstice);
            Assert.Equal((11, false), (lunar.Month, lunar.IsLeapMonth));
        }
    }

    [Fact]
    public void The_leap_month_is_the_first_month_after_month_11_without_a_major_solar_term_in_a_13_month_cycle()
    {
        var months = Enumerable.Range(1900, 299).SelectMany(y => VietnameseLunarCalendar.GetYear(y).Months).ToList();
        var majorTerms = Enumerable.Range(1900, 300).SelectMany(y => SolarTermCalendar.ForYear(y))
            .Where(t => t.Term.IsMajor()).Select(t => t.Date).ToList();
        bool HasMajorTerm(LunarMonth m) => majorTerms.Any(d => d >= m.FirstDay && d <= m.LastDay);

        var elevens = Enumerable.Range(0, months.Count).Where(i => months[i] is { Month: 11, IsLeap: false }).ToList();
        int leapCycles = 0;
        for (int c = 1; c < elevens.Count; c++)
        {
            int from = elevens[c - 1], to = elevens[c];
            var between = Enumerable.Range(from + 1, to - from - 1).ToList();
            if (to - from == 12)
            {
                Assert.DoesNotContain(between, i => months[i].IsLeap);
                continue;
            }

            Assert.Equal(13, to - from);
            int firstWithout = between.First(i => !HasMajorTerm(months[i]));
            Assert.True(months[firstWithout].IsLeap, $"{months[firstWithout]} has no major term but is not the leap month");
            Assert.Single(between, i => months[i].IsLeap);
            leapCycles++;
        }

        Assert.InRange(leapCycles, 105, 115); // 7 leap years in every 19
    }

    [Fact]
    public void Each_Gregorian_year_has_24_solar_terms_in_order_fifteen_degrees_apart()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            var terms = SolarTermCalendar.ForYear(year);
            Assert.Equal(24, terms.Length);
            Assert.Equal(24, terms.Select(t => t.Term).Distinct().Count());
            Assert.All(terms, t => Assert.Equal(year, t.Date.Year));
            for (int i = 1; i < terms.Length; i++)
            {
                double days = (terms[i].Instant - terms[i - 1].Instant).TotalDays;
                Assert.InRange(days, 14.5, 16.0);
                Assert.Equal((int)(terms[i - 1].Term + 1) % 24, (int)terms[i].Term);
            }
        }
    }

    [Fact]
    public void Day_can_chi_advances_by_one_every_day()
    {
        var previous = Sexagenary.OfDay(VietnameseLunarCalendar.MinDate);
        foreach (var date in EveryDay().Skip(1))
        {
            var today = Sexagenary.OfDay(date);
            Assert.Equal(((int)previous.Stem + 1) % 10, (int)today.Stem);
            Assert.Equal(((int)previous.Branch + 1) % 12, (int)today.Branch);
            previous = today;
        }
    }
}
