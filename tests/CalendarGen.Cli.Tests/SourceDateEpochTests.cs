using NodaTime;

namespace CalendarGen.Cli.Tests;

public sealed class SourceDateEpochTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 5, 30, 12).PlusNanoseconds(345_678_901);

    [Fact]
    public void Set_it_gives_that_instant_whatever_the_time()
    {
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0), SourceDateEpoch.Resolve("1767225600", Now));
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 0, 0), SourceDateEpoch.Resolve(" 1767225600\n", Now));
    }

    [Fact]
    public void Unset_or_blank_it_gives_the_current_time_in_whole_seconds()
    {
        Assert.Equal(Instant.FromUtc(2026, 12, 2, 5, 30, 12), SourceDateEpoch.Resolve(null, Now));
        Assert.Equal(Instant.FromUtc(2026, 12, 2, 5, 30, 12), SourceDateEpoch.Resolve("  ", Now));
    }

    [Fact]
    public void A_value_that_is_not_seconds_is_a_usage_error()
    {
        Assert.Throws<UsageException>(() => SourceDateEpoch.Resolve("2026-01-01", Now));
        Assert.Throws<UsageException>(() => SourceDateEpoch.Resolve("-5", Now));
    }
}
