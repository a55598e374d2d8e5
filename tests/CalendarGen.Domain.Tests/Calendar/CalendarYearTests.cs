using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Observances;
using NodaTime;

namespace CalendarGen.Domain.Tests.Calendar;

public sealed class CalendarYearTests
{
    private static Observance Entry(string id, ObservanceRule rule, int days = 1, bool dayOff = false, LocalDate? from = null, LocalDate? to = null) =>
        new(id, id, null, ObservanceKind.National, rule, days, dayOff, from, to);

    private static ObservanceSet Set(params Observance[] entries) => new("test", [.. entries]);

    private static List<LocalDate> DatesOf(CalendarYear year, string id) =>
        year.Days.Where(d => d.Observances.Any(o => o.Observance.Id == id)).Select(d => d.Date).ToList();

    [Fact]
    public void A_fixed_solar_rule_falls_on_that_day_every_year()
    {
        var set = Set(Entry("x", new ObservanceRule.FixedSolar(7, 30)));
        foreach (int y in new[] { 1900, 2026, 2199 })
        {
            Assert.Equal([new LocalDate(y, 7, 30)], DatesOf(CalendarYear.Build(y, set), "x"));
        }
    }

    [Fact]
    public void The_29th_of_February_falls_only_in_leap_years()
    {
        var set = Set(Entry("x", new ObservanceRule.FixedSolar(2, 29)));
        Assert.Single(DatesOf(CalendarYear.Build(2028, set), "x"));
        Assert.Empty(DatesOf(CalendarYear.Build(2026, set), "x"));
    }

    [Fact]
    public void A_fixed_lunar_rule_finds_the_lunar_day_in_the_solar_year()
    {
        // Giỗ Tổ 10/3 âm lịch 2026 = 2026-04-26; Trung Thu 2034 = 2034-09-26 (China: 09-27).
        Assert.Equal([new LocalDate(2026, 4, 26)], DatesOf(CalendarYear.Build(2026, Set(Entry("x", new ObservanceRule.FixedLunar(3, 10)))), "x"));
        Assert.Equal([new LocalDate(2034, 9, 26)], DatesOf(CalendarYear.Build(2034, Set(Entry("x", new ObservanceRule.FixedLunar(8, 15)))), "x"));
    }

    [Fact]
    public void A_lunar_rule_skips_the_leap_month_of_the_same_number()
    {
        // 2025 has a leap sixth month (from 2025-07-25): 15/6 falls once, in the ordinary month (from 2025-06-25).
        var year = CalendarYear.Build(2025, Set(Entry("x", new ObservanceRule.FixedLunar(6, 15))));
        Assert.Equal([new LocalDate(2025, 7, 9)], DatesOf(year, "x"));
        Assert.True(year.Day(new LocalDate(2025, 8, 8)).Lunar.Lunar is { Month: 6, Day: 15, IsLeapMonth: true });
    }

    [Fact]
    public void A_lunar_festival_of_the_previous_lunar_year_that_falls_in_January_or_February_is_found()
    {
        // Ông Công Ông Táo 23/12 of lunar 2025 falls on 2026-02-10; 23/12 of lunar 2026 falls in 2027.
        Assert.Equal([new LocalDate(2026, 2, 10)], DatesOf(CalendarYear.Build(2026, Set(Entry("x", new ObservanceRule.FixedLunar(12, 23)))), "x"));

        Assert.DoesNotContain(DatesOf(CalendarYear.Build(2027, Set(Entry("y", new ObservanceRule.FixedLunar(12, 23)))), "y"), d => d.Month > 2);
    }

    [Fact]
    public void A_lunar_date_can_fall_twice_in_one_solar_year_and_both_are_found()
    {
        // 1/12 of one lunar year can fall in January and 1/12 of the next in late December of the same solar year.
        var set = Set(Entry("x", new ObservanceRule.FixedLunar(12, 1)));
        var year = Enumerable.Range(1990, 60).Select(y => CalendarYear.Build(y, set)).First(y => DatesOf(y, "x").Count == 2);
        var dates = DatesOf(year, "x");
        Assert.Equal(1, dates[0].Month);
        Assert.Equal(12, dates[1].Month);
        Assert.All(dates, d => Assert.Equal(1, year.Day(d).Lunar.Lunar.Day));
    }

    [Fact]
    public void Giao_thua_is_the_last_day_of_month_12_whether_it_has_29_or_30_days()
    {
        var set = Set(Entry("x", new ObservanceRule.LunarMonthEnd(12)));

        // Lunar 2025's tháng Chạp has 29 days: giao thừa is 29 Chạp = 2026-02-16.
        Assert.Equal([new LocalDate(2026, 2, 16)], DatesOf(CalendarYear.Build(2026, set), "x"));
        Assert.Equal(29, Domain.Lunar.VietnameseLunarCalendar.GetYear(2025).Find(12)!.Value.Length);

        // And a year whose tháng Chạp has 30 days.
        int full = Enumerable.Range(2000, 40).First(y => Domain.Lunar.VietnameseLunarCalendar.GetYear(y).Find(12)!.Value.Length == 30);
        var eve = Domain.Lunar.VietnameseLunarCalendar.GetYear(full + 1).FirstDay.PlusDays(-1);
        Assert.Contains(eve, DatesOf(CalendarYear.Build(eve.Year, set), "x"));
    }

    [Fact]
    public void A_span_covers_consecutive_days_numbered_from_one()
    {
        var year = CalendarYear.Build(2026, Set(Entry("tet", new ObservanceRule.FixedLunar(1, 1), days: 3)));
        Assert.Equal([new LocalDate(2026, 2, 17), new LocalDate(2026, 2, 18), new LocalDate(2026, 2, 19)], DatesOf(year, "tet"));
        Assert.Equal(3, year.Day(new LocalDate(2026, 2, 19)).Observances.Single().DayOfSpan);
    }

    [Fact]
    public void A_span_begun_in_December_carries_into_January()
    {
        var year = CalendarYear.Build(2027, Set(Entry("x", new ObservanceRule.FixedSolar(12, 31), days: 2)));
        Assert.Equal([new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)], DatesOf(year, "x"));
        Assert.Equal(2, year.Day(new LocalDate(2027, 1, 1)).Observances.Single().DayOfSpan);
    }

    [Fact]
    public void An_entry_applies_only_from_its_effective_date()
    {
        var set = Set(Entry("culture", new ObservanceRule.FixedSolar(11, 24), dayOff: true, from: new LocalDate(2026, 7, 1)));
        Assert.Empty(DatesOf(CalendarYear.Build(2025, set), "culture"));
        var year = CalendarYear.Build(2026, set);
        Assert.True(year.Day(new LocalDate(2026, 11, 24)).IsDayOff);
        Assert.False(CalendarYear.Build(2025, set).Day(new LocalDate(2025, 11, 24)).IsDayOff);
    }

    [Fact]
    public void A_schedule_adds_days_off_and_substitutes_and_can_make_a_day_a_working_day()
    {
        var set = Set(Entry("holiday", new ObservanceRule.FixedSolar(5, 1), dayOff: true));
        var schedule = new DayOffSchedule(2026,
        [
            new ScheduledDay(new LocalDate(2026, 4, 27), ScheduledDayKind.SubstituteDayOff, "Nghỉ bù"),
            new ScheduledDay(new LocalDate(2026, 5, 1), ScheduledDayKind.WorkingDay, "Làm bù"),
        ], null);
        var year = CalendarYear.Build(2026, set, schedule);
        Assert.True(year.Day(new LocalDate(2026, 4, 27)).IsDayOff);
        Assert.False(year.Day(new LocalDate(2026, 5, 1)).IsDayOff);
        Assert.False(year.Day(new LocalDate(2026, 4, 28)).IsDayOff);
        Assert.Throws<ArgumentException>(() => CalendarYear.Build(2027, set, schedule));
    }

    [Theory]
    [InlineData(2026, 2, IsoDayOfWeek.Monday, 5)] // 1 Feb 2026 is a Sunday
    [InlineData(2026, 2, IsoDayOfWeek.Sunday, 4)]
    [InlineData(2026, 3, IsoDayOfWeek.Monday, 6)] // 1 Mar 2026 is a Sunday, 31 days
    [InlineData(2026, 3, IsoDayOfWeek.Sunday, 5)]
    [InlineData(2026, 8, IsoDayOfWeek.Monday, 6)] // 1 Aug 2026 is a Saturday, 31 days
    [InlineData(2026, 8, IsoDayOfWeek.Sunday, 6)]
    [InlineData(2015, 2, IsoDayOfWeek.Sunday, 4)] // 1 Feb 2015 is a Sunday, 28 days
    public void Months_have_the_week_rows_they_need_with_each_column_one_weekday(int y, int m, IsoDayOfWeek first, int rows)
    {
        var month = CalendarYear.Build(y, ObservanceSet.Empty, firstDayOfWeek: first).Months[m - 1];
        Assert.Equal(rows, month.Weeks.Length);
        foreach (var week in month.Weeks)
        {
            Assert.Equal(7, week.Cells.Length);
            for (int column = 0; column < 7; column++)
            {
                if (week.Cells[column] is { } day)
                {
                    Assert.Equal(column, ((int)day.Weekday - (int)first + 7) % 7);
                }
            }
        }

        Assert.Equal(month.Days, month.Weeks.SelectMany(w => w.Cells).OfType<CalendarDay>());
    }

    [Fact]
    public void Lunar_month_starts_are_flagged_and_labelled_day_slash_month()
    {
        var year = CalendarYear.Build(2025, ObservanceSet.Empty);
        var start = year.Day(new LocalDate(2025, 7, 25));
        Assert.True(start.IsLunarMonthStart);
        Assert.Equal("1/6N", start.LunarLabel);
        Assert.Equal("1/8", year.Day(new LocalDate(2025, 9, 22)).LunarLabel);
        Assert.Equal("2", year.Day(new LocalDate(2025, 9, 23)).LunarLabel);
    }

    [Fact]
    public void Years_outside_the_range_and_odd_first_weekdays_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarYear.Build(1899, ObservanceSet.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarYear.Build(2200, ObservanceSet.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarYear.Build(2026, ObservanceSet.Empty, firstDayOfWeek: IsoDayOfWeek.Wednesday));
    }
}
