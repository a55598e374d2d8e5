using System.Text;
using CalendarGen.Domain.CanChi;
using CalendarGen.Domain.SolarTerms;
using NodaTime;

namespace CalendarGen.Domain.Tests.CanChi;

public sealed class SexagenaryTests
{
    [Theory]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2020, "Canh Tý")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1945, "Ất Dậu")]
    public void Year_names_follow_the_sixty_year_cycle(int year, string name)
    {
        Assert.Equal(name, Sexagenary.OfLunarYear(year).ToString());
    }

    [Theory]
    // Month 1 is always a Dần month; its stem follows the year's (Giáp/Kỷ years start with Bính Dần).
    [InlineData(2024, 1, "Bính Dần")]
    [InlineData(2026, 1, "Canh Dần")]
    [InlineData(2026, 6, "Ất Mùi")]
    [InlineData(2026, 12, "Tân Sửu")]
    [InlineData(2025, 6, "Quý Mùi")]
    public void Month_names_follow_the_year_stem(int year, int month, string name)
    {
        Assert.Equal(name, Sexagenary.OfLunarMonth(year, month).ToString());
    }

    [Theory]
    [InlineData("2026-07-30", "Ất Tỵ")]
    [InlineData("2000-01-01", "Mậu Ngọ")]
    [InlineData("1900-01-01", "Giáp Tuất")]
    public void Day_names_come_from_the_Julian_day_number(string date, string name)
    {
        Assert.Equal(name, Sexagenary.OfDay(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).ToString());
    }

    [Theory]
    [InlineData(HeavenlyStem.Giap, "Giáp Tý")]
    [InlineData(HeavenlyStem.Ky, "Giáp Tý")]
    [InlineData(HeavenlyStem.At, "Bính Tý")]
    [InlineData(HeavenlyStem.Canh, "Bính Tý")]
    [InlineData(HeavenlyStem.Binh, "Mậu Tý")]
    [InlineData(HeavenlyStem.Dinh, "Canh Tý")]
    [InlineData(HeavenlyStem.Mau, "Nhâm Tý")]
    [InlineData(HeavenlyStem.Quy, "Nhâm Tý")]
    public void The_Ty_hour_stem_follows_the_day_stem(HeavenlyStem dayStem, string name)
    {
        var day = new Sexagenary(dayStem, EarthlyBranch.Ty);
        Assert.Equal(name, Sexagenary.OfHour(day, EarthlyBranch.Ty).ToString());
        var ty = Sexagenary.OfHour(day, EarthlyBranch.Ty);
        var hoi = Sexagenary.OfHour(day, EarthlyBranch.Hoi);
        Assert.Equal(((int)ty.Stem + 11) % 10, (int)hoi.Stem);
    }

    [Theory]
    [InlineData(23, EarthlyBranch.Ty)]
    [InlineData(0, EarthlyBranch.Ty)]
    [InlineData(1, EarthlyBranch.Suu)]
    [InlineData(12, EarthlyBranch.Ngo)]
    [InlineData(22, EarthlyBranch.Hoi)]
    public void Clock_hours_fall_in_double_hours_starting_at_23(int hour, EarthlyBranch branch)
    {
        Assert.Equal(branch, Sexagenary.HourBranch(hour));
    }

    [Fact]
    public void Every_name_is_NFC()
    {
        var names = Enum.GetValues<HeavenlyStem>().Select(Sexagenary.NameOf)
            .Concat(Enum.GetValues<EarthlyBranch>().Select(Sexagenary.NameOf))
            .Concat(Enum.GetValues<SolarTerm>().Select(t => t.VietnameseName()));
        Assert.All(names, n => Assert.True(n.IsNormalized(NormalizationForm.FormC), n));
    }

    [Fact]
    public void Out_of_range_days_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sexagenary.OfDay(new LocalDate(1899, 12, 31)));
    }
}
