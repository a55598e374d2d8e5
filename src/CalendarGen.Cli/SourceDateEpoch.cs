using System.Globalization;
using NodaTime;

namespace CalendarGen.Cli;

/// <summary>
/// The timestamp written into generated files, as the reproducible-builds convention has it: SOURCE_DATE_EPOCH
/// (seconds since 1970) when set, so the same input gives byte-identical output; otherwise the current time, so a
/// file says when it was made. Whole seconds either way: PDF and iCalendar dates have no finer unit.
/// </summary>
internal static class SourceDateEpoch
{
    public static Instant Now() => Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), SystemClock.Instance.GetCurrentInstant());

    /// <summary>The timestamp for a SOURCE_DATE_EPOCH value (null or blank: unset) at the instant <paramref name="now"/>.</summary>
    public static Instant Resolve(string? value, Instant now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Instant.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        }

        return long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds <= 253402300799
            ? Instant.FromUnixTimeSeconds(seconds)
            : throw new UsageException($"SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '{value}'");
    }
}
