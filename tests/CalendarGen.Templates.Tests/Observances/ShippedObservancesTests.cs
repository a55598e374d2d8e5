using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Observances;
using NodaTime;

namespace CalendarGen.Templates.Tests.Observances;

/// <summary>The shipped Vietnamese set placed on real years.</summary>
public sealed class ShippedObservancesTests
{
    private static readonly ObservanceSet Vietnam = ObservanceSets.Shipped(ObservanceSets.Default);

    private static LocalDate DateOf(int year, string id) =>
        CalendarYear.Build(year, Vietnam).Days.Single(d => d.Observances.Any(o => o.Observance.Id == id && o.DayOfSpan == 1)).Date;

    [Fact]
    public void The_30_July_annotations_are_two_entries_with_the_directives_exact_texts()
    {
        var names = Vietnam.Observances.Where(o => o.Rule == new ObservanceRule.FixedSolar(7, 30)).Select(o => o.Name).ToList();
        Assert.Equal(["Ngày thế giới phòng chống mua bán người", "Ngày toàn dân phòng, chống mua bán người"], names);
    }

    [Fact]
    public void Both_30_July_annotations_are_on_30_July_of_every_year_from_2021_and_not_before()
    {
        for (int year = 2019; year <= 2035; year++)
        {
            var names = CalendarYear.Build(year, Vietnam).Day(new LocalDate(year, 7, 30)).Observances.Select(o => o.Observance.Name).ToList();
            bool expected = year >= 2021;
            Assert.Equal(expected, names.Contains("Ngày thế giới phòng chống mua bán người"));
            Assert.Equal(expected, names.Contains("Ngày toàn dân phòng, chống mua bán người"));
        }
    }

    [Theory]
    [InlineData(2026, "gio-to-hung-vuong", "2026-04-26")]
    [InlineData(2026, "ong-cong-ong-tao", "2026-02-10")]
    [InlineData(2026, "giao-thua", "2026-02-16")]
    [InlineData(2026, "tet-nguyen-dan", "2026-02-17")]
    [InlineData(2034, "trung-thu", "2034-09-26")]
    [InlineData(2026, "trung-thu", "2026-09-25")]
    [InlineData(2026, "vu-lan", "2026-08-27")]
    [InlineData(2026, "phat-dan", "2026-05-31")]
    public void Lunar_festivals_fall_on_the_right_solar_days(int year, string id, string date)
    {
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, DateOf(year, id));
    }

    [Fact]
    public void Culture_day_24_November_is_a_day_off_from_2026_and_not_before()
    {
        Assert.True(CalendarYear.Build(2026, Vietnam).Day(new LocalDate(2026, 11, 24)).IsDayOff);
        Assert.True(CalendarYear.Build(2030, Vietnam).Day(new LocalDate(2030, 11, 24)).IsDayOff);
        Assert.False(CalendarYear.Build(2025, Vietnam).Day(new LocalDate(2025, 11, 24)).IsDayOff);
        Assert.Empty(CalendarYear.Build(2025, Vietnam).Day(new LocalDate(2025, 11, 24)).Observances);
    }

    [Fact]
    public void The_days_of_Tet_and_the_fixed_holidays_are_days_off()
    {
        var year = CalendarYear.Build(2026, Vietnam);
        foreach (string date in new[] { "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-02" })
        {
            Assert.True(year.Day(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).IsDayOff, date);
        }

        Assert.False(year.Day(new LocalDate(2026, 2, 20)).IsDayOff);
        Assert.False(year.Day(new LocalDate(2026, 7, 30)).IsDayOff);
    }

    [Fact]
    public void Every_entry_names_its_source_and_every_name_is_NFC()
    {
        Assert.All(Vietnam.Observances, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Source), o.Id);
            Assert.True(o.Name.IsNormalized(System.Text.NormalizationForm.FormC), o.Id);
        });
        Assert.Equal(Vietnam.Observances.Length, Vietnam.Observances.Select(o => o.Id).Distinct().Count());
    }

    [Fact]
    public void Every_solar_observance_of_the_design_list_is_in_the_set()
    {
        string[] days = ["3/2", "27/2", "8/3", "26/3", "21/4", "7/5", "19/5", "1/6", "21/6", "28/6", "27/7", "28/7", "30/7", "19/8", "10/9", "10/10", "13/10", "20/10", "9/11", "20/11", "1/12", "19/12", "22/12"];
        var present = Vietnam.Observances.Select(o => o.Rule).OfType<ObservanceRule.FixedSolar>().Select(r => r.Describe()).ToHashSet();
        Assert.All(days, d => Assert.Contains(d, present));
    }

    [Fact]
    public void The_book_day_changed_its_name_in_2022()
    {
        // (21/4/2021 was also Giỗ Tổ, 10/3 âm lịch.)
        string BookDay(int year) => CalendarYear.Build(year, Vietnam).Day(new LocalDate(year, 4, 21)).Observances
            .Single(o => o.Observance.Kind == ObservanceKind.National).Observance.Name;
        Assert.Equal("Ngày Sách Việt Nam", BookDay(2021));
        Assert.Equal("Ngày Sách và Văn hóa đọc Việt Nam", BookDay(2022));
    }

    [Fact]
    public void The_sample_schedule_for_2026_loads_and_extends_the_Tet_days_off()
    {
        string path = Path.Combine(RepositoryRoot.Path, "samples", "schedules", "2026.yaml");
        var schedule = ScheduleFile.Load(path);
        Assert.True(schedule.Succeeded, string.Join("\n", schedule.Problems));
        var year = CalendarYear.Build(2026, Vietnam, schedule.Value);
        Assert.True(year.Day(new LocalDate(2026, 2, 20)).IsDayOff);
        Assert.True(year.Day(new LocalDate(2026, 4, 27)).IsDayOff);
        Assert.Equal(ScheduledDayKind.SubstituteDayOff, year.Day(new LocalDate(2026, 4, 27)).Schedule!.Kind);
    }
}
