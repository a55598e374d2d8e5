using System.Globalization;
using BenchmarkDotNet.Attributes;
using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Benchmarks;

/// <summary>
/// Warm solar → lunar conversions, ours beside .NET's <see cref="ChineseLunisolarCalendar"/> in the same run.
/// Both produce the lunar year, month (with the leap distinction) and day of the same 10,000 random dates.
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private const int Count = 10_000;
    private readonly ChineseLunisolarCalendar chinese = new();
    private LocalDate[] dates = [];
    private DateTime[] dateTimes = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var first = new LocalDate(1901, 3, 1);
        dates = Enumerable.Range(0, Count).Select(_ => first.PlusDays(random.Next(0, 365 * 199))).ToArray();
        dateTimes = dates.Select(d => d.ToDateTimeUnspecified()).ToArray();

        // Warm: every lunar year the dates touch is computed once and cached.
        foreach (var date in dates)
        {
            VietnameseLunarCalendar.ToLunarDate(date);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int ChineseLunisolarCalendar()
    {
        int sum = 0;
        foreach (var dt in dateTimes)
        {
            sum += chinese.GetYear(dt) + chinese.GetMonth(dt) + chinese.GetDayOfMonth(dt);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int VietnameseLunarCalendar_ToLunarDate()
    {
        int sum = 0;
        foreach (var date in dates)
        {
            var lunar = VietnameseLunarCalendar.ToLunarDate(date);
            sum += lunar.Year + lunar.Month + lunar.Day + (lunar.IsLeapMonth ? 1 : 0);
        }

        return sum;
    }
}
