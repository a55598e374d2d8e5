using BenchmarkDotNet.Attributes;
using CalendarGen.Domain.Lunar;

namespace CalendarGen.Benchmarks;

/// <summary>Computing every lunar year of the range from astronomy, with empty caches.</summary>
[MemoryDiagnoser]
public class ColdBuildBenchmarks
{
    [Benchmark]
    public int AllLunarYears_1899_to_2199()
    {
        var engine = new LunisolarEngine(CivilTimeRule.Vietnam);
        int months = 0;
        for (int year = LunisolarEngine.FirstYear; year <= LunisolarEngine.LastYear; year++)
        {
            months += engine.Year(year).Months.Length;
        }

        return months;
    }
}
