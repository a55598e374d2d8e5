using System.Globalization;
using NodaTime;

namespace CalendarGen.Cli;

/// <summary>
/// The timestamp written into generated files. SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
/// convention) when set, otherwise a fixed instant, so the same input always gives byte-identical output.
/// </summary>
internal static class SourceDateEpoch
{
    /// <summary>The fixed instant used when SOURCE_DATE_EPOCH is not set: 2000-01-01T00:00:00Z.</summary>
    public static readonly Instant Default = Instant.FromUtc(2000, 1, 1, 0, 0);

    public static Instant Now()
    {
        string? value = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        return long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds <= 253402300799
            ? Instant.FromUnixTimeSeconds(seconds)
            : throw new UsageException($"SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '{value}'");
    }
}
