using CalendarGen.Domain.Lunar;

namespace CalendarGen.Domain.Tests.Lunar;

public sealed class LunisolarEngineTests
{
    [Fact]
    public void Years_built_concurrently_on_a_cold_engine_equal_those_built_one_at_a_time()
    {
        var sequential = new LunisolarEngine(CivilTimeRule.Vietnam);
        var expected = Enumerable.Range(1899, 301).Select(y => sequential.Year(y).Months).ToArray();

        var concurrent = new LunisolarEngine(CivilTimeRule.Vietnam);
        var actual = new LunarYear[301];
        Parallel.For(0, 301 * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int index = (i * 37) % 301;
            var year = concurrent.Year(1899 + index);
            var previous = Interlocked.CompareExchange(ref actual[index], year, null);
            Assert.True(previous is null || ReferenceEquals(previous, year), "a year was built twice");
        });

        for (int i = 0; i < 301; i++)
        {
            Assert.Equal(expected[i].AsEnumerable(), actual[i].Months.AsEnumerable());
        }
    }

    [Fact]
    public void Lunar_years_outside_1899_to_2199_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetYear(1898));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetYear(2200));
    }

    [Fact]
    public void The_time_zone_switches_at_midnight_on_1_January_1968_at_UTC_plus_7()
    {
        var rule = CivilTimeRule.Vietnam;
        int day = DayNumber.FromYmd(1968, 1, 1);
        Assert.Equal(8 * 3600, rule.OffsetSecondsOn(day - 1));
        Assert.Equal(7 * 3600, rule.OffsetSecondsOn(day));
        Assert.Equal(day, rule.DayOf(day - 0.5 - 7 / 24.0));
        Assert.Equal(day - 1, rule.DayOf(day - 0.5 - 8 / 24.0 - 1e-6));
    }

    [Fact]
    public void Before_1929_the_civil_day_is_counted_at_Beijing_local_mean_time()
    {
        var rule = CivilTimeRule.Vietnam;
        int day = DayNumber.FromYmd(1929, 1, 1);
        const int beijing = 7 * 3600 + 45 * 60 + 40;
        Assert.Equal(beijing, rule.OffsetSecondsOn(day - 1));
        Assert.Equal(beijing, rule.OffsetSecondsOn(DayNumber.FromYmd(1900, 1, 1)));
        Assert.Equal(8 * 3600, rule.OffsetSecondsOn(day));

        // 1916-02-03 16:05:16 UT (the new moon of Tết 1916 at 00:05:16 UTC+8) is still 3 February in Beijing.
        double newMoon = DayNumber.FromYmd(1916, 2, 3) - 0.5 + (16 * 3600 + 5 * 60 + 16) / 86400.0;
        Assert.Equal(DayNumber.FromYmd(1916, 2, 3), rule.DayOf(newMoon));
        Assert.Equal(DayNumber.FromYmd(1916, 2, 4), rule.DayOf(newMoon + 15 * 60 / 86400.0));

        // The switch to UTC+8 is at midnight starting 1 January 1929 at UTC+8.
        Assert.Equal(day, rule.DayOf(day - 0.5 - 8 / 24.0));
        Assert.Equal(day - 1, rule.DayOf(day - 0.5 - 8 / 24.0 - 1e-6));
    }
}
