using CalendarGen.Domain.Almanac;
using CalendarGen.Domain.CanChi;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.SolarTerms;
using NodaTime;

namespace CalendarGen.Domain.Tests.Almanac;

public sealed class AlmanacTests
{
    [Fact]
    public void Auspicious_hours_of_a_Ty_day_are_Ty_Suu_Mao_Ngo_Than_Dau()
    {
        Assert.Equal(
            [EarthlyBranch.Ty, EarthlyBranch.Suu, EarthlyBranch.Mao, EarthlyBranch.Ngo, EarthlyBranch.Than, EarthlyBranch.Dau],
            AuspiciousHours.For(EarthlyBranch.Ty).AsEnumerable());
    }

    [Fact]
    public void Every_day_has_six_auspicious_hours_and_branches_six_apart_share_them()
    {
        foreach (var branch in Enum.GetValues<EarthlyBranch>())
        {
            Assert.Equal(6, AuspiciousHours.For(branch).Length);
            Assert.Equal(AuspiciousHours.For(branch).AsEnumerable(), AuspiciousHours.For((EarthlyBranch)(((int)branch + 6) % 12)).AsEnumerable());
        }
    }

    [Fact]
    public void The_hour_table_agrees_with_the_twelve_spirits_rule_applied_to_hours()
    {
        // The same rhyme that places Thanh Long for months places it for hours, with the day's branch in place of
        // the month's: an independent derivation of the table.
        foreach (var day in Enum.GetValues<EarthlyBranch>())
        {
            int asMonth = ((int)day + 10) % 12 + 1; // the lunar month whose branch is the day's (month 1 = Dần)
            var derived = Enum.GetValues<EarthlyBranch>().Where(h => DaySpirits.For(asMonth, h).IsAuspicious());
            Assert.Equal(derived, AuspiciousHours.For(day).AsEnumerable());
        }
    }

    [Theory]
    [InlineData(EarthlyBranch.Ty, "Tý (23–1)")]
    [InlineData(EarthlyBranch.Suu, "Sửu (1–3)")]
    [InlineData(EarthlyBranch.Hoi, "Hợi (21–23)")]
    public void Hour_labels_give_the_clock_range(EarthlyBranch hour, string label)
    {
        Assert.Equal(label, AuspiciousHours.Label(hour));
    }

    [Theory]
    [InlineData(1, EarthlyBranch.Ty, DaySpirit.ThanhLong)]
    [InlineData(7, EarthlyBranch.Ty, DaySpirit.ThanhLong)]
    [InlineData(2, EarthlyBranch.Dan, DaySpirit.ThanhLong)]
    [InlineData(6, EarthlyBranch.Tuat, DaySpirit.ThanhLong)]
    [InlineData(1, EarthlyBranch.Suu, DaySpirit.MinhDuong)]
    [InlineData(1, EarthlyBranch.Hoi, DaySpirit.CauTran)]
    public void Thanh_Long_starts_where_the_month_rhyme_says(int month, EarthlyBranch day, DaySpirit spirit)
    {
        Assert.Equal(spirit, DaySpirits.For(month, day));
    }

    [Fact]
    public void Six_spirits_are_hoang_dao_and_six_hac_dao()
    {
        Assert.Equal(6, Enum.GetValues<DaySpirit>().Count(s => s.IsAuspicious()));
        Assert.Equal("Bảo Quang", DaySpirit.BaoQuang.VietnameseName());
    }

    [Fact]
    public void Kien_falls_on_the_day_whose_branch_is_the_solar_term_months_branch()
    {
        // Lập xuân opens the Dần month: a Dần day is Kiến, a Mão day Trừ; Đông chí belongs to the Tý month.
        Assert.Equal(DayOfficer.Kien, DayOfficers.For(SolarTerm.LapXuan, EarthlyBranch.Dan));
        Assert.Equal(DayOfficer.Tru, DayOfficers.For(SolarTerm.VuThuy, EarthlyBranch.Mao));
        Assert.Equal(DayOfficer.Kien, DayOfficers.For(SolarTerm.DongChi, EarthlyBranch.Ty));
        Assert.Equal(DayOfficer.Be, DayOfficers.For(SolarTerm.DongChi, EarthlyBranch.Hoi));
        Assert.Equal(EarthlyBranch.Suu, DayOfficers.MonthBranch(SolarTerm.DaiHan));
    }

    [Fact]
    public void The_truc_advances_daily_and_repeats_on_the_day_a_minor_term_begins()
    {
        for (var date = new LocalDate(2026, 1, 2); date.Year == 2026; date = date.PlusDays(1))
        {
            var today = AlmanacDay.For(LunarDay.For(date)).Officer;
            var yesterday = AlmanacDay.For(LunarDay.For(date.PlusDays(-1))).Officer;
            var term = SolarTermCalendar.BeginningOn(date);
            bool repeats = term is { } t && !t.Term.IsMajor();
            Assert.Equal(repeats ? (int)yesterday : ((int)yesterday + 1) % 12, (int)today);
        }
    }

    [Fact]
    public void The_thirtieth_of_July_2026_has_the_almanac_of_an_At_Ty_day_in_month_6()
    {
        var almanac = AlmanacDay.For(LunarDay.For(new LocalDate(2026, 7, 30)));
        Assert.Equal("Sửu (1–3), Thìn (7–9), Ngọ (11–13), Mùi (13–15), Tuất (19–21), Hợi (21–23)", almanac.AuspiciousHoursText);
        Assert.Equal(DaySpirit.NgocDuong, almanac.Spirit); // month 6: Thanh Long on Tuất; Tỵ is seven after
        Assert.True(almanac.IsAuspicious);
        Assert.Equal(DayOfficer.Khai, almanac.Officer);   // Mùi month (Tiểu thử–Lập thu): Tỵ is ten after Mùi
    }
}
