using NodaTime;

namespace CalendarGen.Domain.SolarTerms;

/// <summary>The beginning of a solar term.</summary>
/// <param name="Term">Which term.</param>
/// <param name="Instant">When the Sun's apparent longitude reaches the term's value, to the second.</param>
/// <param name="Date">The Vietnamese civil date of that instant (Beijing mean time UTC+7:45:40 before 1929, UTC+8 to 1967,
/// UTC+7 since).</param>
/// <param name="Offset">The UTC offset used for <paramref name="Date"/>.</param>
public readonly record struct SolarTermEvent(SolarTerm Term, Instant Instant, LocalDate Date, Offset Offset)
{
    /// <summary>The local date and time of the instant at <see cref="Offset"/>.</summary>
    public LocalDateTime LocalDateTime => Instant.WithOffset(Offset).LocalDateTime;
}
