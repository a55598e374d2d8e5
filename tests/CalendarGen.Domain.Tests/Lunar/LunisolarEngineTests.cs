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
        Assert.Equal(8, rule.OffsetHoursOn(day - 1));
        Assert.Equal(7, rule.OffsetHoursOn(day));
        Assert.Equal(day, rule.DayOf(day - 0.5 - 7 / 24.0));
        Assert.Equal(day - 1, rule.DayOf(day - 0.5 - 8 / 24.0 - 1e-6));
    }
}
