using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.SolarTerms;
using CalendarGen.Domain.Tests.Oracles;
using NodaTime;

namespace CalendarGen.Domain.Tests.Lunar;

/// <summary>The published facts of design.md §4.</summary>
public sealed class PublicFactsTests
{
    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2031, "2031-01-23")]
    [InlineData(2032, "2032-02-11")]
    [InlineData(2033, "2033-01-31")]
    [InlineData(2034, "2034-02-19")]
    [InlineData(2035, "2035-02-08")]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1916, "1916-02-03")]
    public void Tet_falls_on_the_published_date(int year, string date)
    {
        Assert.Equal(Date(date), VietnameseLunarCalendar.GetYear(year).FirstDay);
        Assert.Equal(new LunarDate(year, 1, 1), VietnameseLunarCalendar.ToLunarDate(Date(date)));
    }

    [Theory]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    public void Tet_in_Vietnam_differs_from_the_Chinese_new_year_where_published(int year, string vietnam, string china)
    {
        Assert.Equal(Date(vietnam), VietnameseLunarCalendar.GetYear(year).FirstDay);
        Assert.Equal((year, 1, false, 1), DotNetChineseCalendar.ToLunar(Date(china)));
        Assert.Equal(Date(china), new LunisolarEngine(CivilTimeRule.China).Year(year).FirstDay);
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2031, 3)]
    [InlineData(2033, 11)]
    public void Leap_month_is_the_published_one(int year, int month)
    {
        Assert.Equal(month, VietnameseLunarCalendar.GetYear(year).LeapMonth);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Common_years_have_no_leap_month(int year)
    {
        Assert.Null(VietnameseLunarCalendar.GetYear(year).LeapMonth);
        Assert.Equal(12, VietnameseLunarCalendar.GetYear(year).Months.Length);
    }

    [Fact]
    public void The_seventh_of_November_2018_is_the_first_day_of_month_10()
    {
        // Calendars computed at UTC+8 printed 30/9 here: the new moon was at 23:02 UTC+7, 00:02 UTC+8.
        Assert.Equal(new LunarDate(2018, 10, 1), VietnameseLunarCalendar.ToLunarDate(new LocalDate(2018, 11, 7)));
    }

    [Fact]
    public void The_thirtieth_of_July_2026_is_17_6_Binh_Ngo_day_At_Ty_month_At_Mui_in_Dai_thu()
    {
        var date = new LocalDate(2026, 7, 30);
        var lunar = VietnameseLunarCalendar.ToLunarDate(date);
        Assert.Equal(IsoDayOfWeek.Thursday, date.DayOfWeek);
        Assert.Equal((2026, 6, 17, false), (lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
        Assert.Equal("Bính Ngọ", lunar.YearCanChi.ToString());
        Assert.Equal("Ất Mùi", lunar.MonthCanChi.ToString());
        Assert.Equal("Ất Tỵ", lunar.DayCanChi.ToString());
        Assert.Equal(SolarTerm.DaiThu, SolarTermCalendar.InEffectOn(date).Term);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
