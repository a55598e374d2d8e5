using CalendarGen.Domain.Lunar;
using CsCheck;
using NodaTime;

namespace CalendarGen.Domain.Tests.Lunar;

public sealed class LunarDateTests
{
    [Fact]
    public void A_leap_month_date_converts_both_ways()
    {
        // 2025 has a leap sixth month beginning 2025-07-25.
        var date = new LunarDate(2025, 6, 1, isLeapMonth: true);
        Assert.Equal(new LocalDate(2025, 7, 25), date.ToLocalDate());
        Assert.Equal(date, LunarDate.FromLocalDate(new LocalDate(2025, 7, 25)));
        Assert.True(LunarDate.FromLocalDate(new LocalDate(2025, 7, 25)).IsLeapMonth);
    }

    [Fact]
    public void Day_30_of_a_29_day_month_does_not_exist()
    {
        var month = VietnameseLunarCalendar.GetYear(2026).Months.First(m => m.Length == 29);
        Assert.False(LunarDate.TryCreate(2026, month.Month, 30, false, out _, out string? error));
        Assert.Contains("has 29 days", error);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2026, month.Month, 30));
    }

    [Fact]
    public void A_leap_month_the_year_does_not_have_is_refused_with_the_real_one_named()
    {
        Assert.False(LunarDate.TryCreate(2025, 5, 1, true, out _, out string? error));
        Assert.Contains("its leap month is 6", error);
        Assert.False(LunarDate.TryCreate(2026, 6, 1, true, out _, out error));
        Assert.Contains("has no leap month", error);
    }

    [Theory]
    [InlineData(2026, 0, 1)]
    [InlineData(2026, 13, 1)]
    [InlineData(2026, 1, 0)]
    [InlineData(2026, 1, 31)]
    [InlineData(1898, 1, 1)]
    [InlineData(2200, 1, 1)]
    public void Impossible_dates_are_refused(int year, int month, int day)
    {
        Assert.False(LunarDate.TryCreate(year, month, day, false, out _, out string? error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Lunar_dates_whose_solar_date_is_out_of_range_are_refused()
    {
        // 1/1 of lunar 1899 is 1899-02-10, before 1900-01-01.
        Assert.False(LunarDate.TryCreate(1899, 1, 1, false, out _, out string? error));
        Assert.Contains("outside the supported range", error);
        Assert.True(LunarDate.TryCreate(1899, 12, 1, false, out _, out _));
    }

    [Theory]
    [InlineData("2026-08-15", 2026, 8, 15, false)]
    [InlineData("2025-06L-01", 2025, 6, 1, true)]
    [InlineData("2025-6l-1", 2025, 6, 1, true)]
    [InlineData(" 2033-11L-05 ", 2033, 11, 5, true)]
    public void Parse_reads_year_month_day_with_L_for_a_leap_month(string text, int year, int month, int day, bool leap)
    {
        Assert.True(LunarDate.TryParse(text, out var date, out string? error), error);
        Assert.Equal((year, month, day, leap), (date.Year, date.Month, date.Day, date.IsLeapMonth));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026/08/15")]
    [InlineData("2026-08")]
    [InlineData("2026-X-15")]
    [InlineData("2026-08-15-01")]
    [InlineData("-2026-08-15")]
    public void Parse_refuses_malformed_text_with_the_expected_syntax_in_the_message(string text)
    {
        Assert.False(LunarDate.TryParse(text, out _, out string? error));
        Assert.Contains("YYYY-MM-DD", error);
    }

    [Fact]
    public void ToString_writes_what_Parse_reads()
    {
        Assert.Equal("2025-06L-01", new LunarDate(2025, 6, 1, true).ToString());
        Assert.Equal("2026-06-17", LunarDate.FromLocalDate(new LocalDate(2026, 7, 30)).ToString());
    }

    [Fact]
    public void Dates_order_by_time_with_a_leap_month_after_the_month_it_repeats()
    {
        var regular = new LunarDate(2025, 6, 29);
        var leap = new LunarDate(2025, 6, 1, true);
        var seventh = new LunarDate(2025, 7, 1);
        Assert.True(regular < leap && leap < seventh);
        Assert.Equal(-1, regular.CompareTo(leap));
    }

    [Fact]
    public void Solar_dates_outside_1900_to_2199_are_refused_with_the_range_in_the_message()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunarDate(new LocalDate(1899, 12, 31)));
        Assert.Contains("1900-01-01", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunarDate(new LocalDate(2200, 1, 1)));
    }

    [Fact]
    public void Any_valid_lunar_date_round_trips_through_its_solar_date()
    {
        Gen.Select(Gen.Int[1900, 2199], Gen.Int[0, 12], Gen.Int[1, 30]).Sample((year, index, day) =>
        {
            var months = VietnameseLunarCalendar.GetYear(year).Months;
            var month = months[index % months.Length];
            if (day > month.Length || (year == 2199 && month.LastDay.Year > 2199))
            {
                return true;
            }

            var date = new LunarDate(year, month.Month, day, month.IsLeap);
            return LunarDate.FromLocalDate(date.ToLocalDate()) == date
                && date.ToLocalDate() == month.FirstDay.PlusDays(day - 1);
        });
    }
}
