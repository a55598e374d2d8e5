using CalendarGen.Domain.SolarTerms;
using NodaTime;

namespace CalendarGen.Domain.Tests.SolarTerms;

public sealed class SolarTermCalendarTests
{
    [Theory]
    [InlineData(SolarTerm.LapXuan, 315, false)]
    [InlineData(SolarTerm.VuThuy, 330, true)]
    [InlineData(SolarTerm.XuanPhan, 0, true)]
    [InlineData(SolarTerm.DaiThu, 120, true)]
    [InlineData(SolarTerm.DongChi, 270, true)]
    [InlineData(SolarTerm.TieuHan, 285, false)]
    public void Terms_step_by_15_degrees_from_Lap_xuan(SolarTerm term, int longitude, bool major)
    {
        Assert.Equal(longitude, term.Longitude());
        Assert.Equal(major, term.IsMajor());
    }

    [Fact]
    public void Dai_thu_2026_begins_on_23_July_and_is_in_effect_on_30_July()
    {
        var daiThu = SolarTermCalendar.ForYear(2026).Single(t => t.Term == SolarTerm.DaiThu);
        Assert.Equal(new LocalDate(2026, 7, 23), daiThu.Date);
        Assert.Equal(daiThu, SolarTermCalendar.BeginningOn(new LocalDate(2026, 7, 23)));
        Assert.Null(SolarTermCalendar.BeginningOn(new LocalDate(2026, 7, 30)));
        Assert.Equal(SolarTerm.DaiThu, SolarTermCalendar.InEffectOn(new LocalDate(2026, 7, 30)).Term);
    }

    [Fact]
    public void Early_January_is_in_the_previous_years_Dong_chi()
    {
        var term = SolarTermCalendar.InEffectOn(new LocalDate(2027, 1, 2));
        Assert.Equal(SolarTerm.DongChi, term.Term);
        Assert.Equal(2026, term.Date.Year);
        Assert.Equal(SolarTerm.DongChi, SolarTermCalendar.InEffectOn(new LocalDate(1900, 1, 1)).Term);
    }

    [Fact]
    public void The_date_is_the_Vietnamese_civil_date_of_the_instant()
    {
        // December solstice 2025: 15:03 UTC = 22:03 at UTC+7 on the 21st.
        var dongChi = SolarTermCalendar.ForYear(2025).Single(t => t.Term == SolarTerm.DongChi);
        Assert.Equal(new LocalDate(2025, 12, 21), dongChi.Date);
        Assert.Equal(Offset.FromHours(7), dongChi.Offset);
        Assert.Equal(22, dongChi.LocalDateTime.Hour);

        // Before 1968 the offset is UTC+8.
        Assert.Equal(Offset.FromHours(8), SolarTermCalendar.ForYear(1960)[0].Offset);
    }

    [Fact]
    public void Years_outside_the_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarTermCalendar.ForYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarTermCalendar.ForYear(2200));
    }
}
