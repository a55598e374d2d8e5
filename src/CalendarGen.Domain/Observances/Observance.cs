using NodaTime;

namespace CalendarGen.Domain.Observances;

/// <summary>A holiday, observance or festival, as data.</summary>
/// <param name="Id">A stable identifier ("quoc-khanh"); a user file with the same id replaces the entry.</param>
/// <param name="Name">The Vietnamese name, NFC.</param>
/// <param name="EnglishName">The English name, if known.</param>
/// <param name="Kind">What sort of day it is.</param>
/// <param name="Rule">The day it falls on.</param>
/// <param name="Days">How many consecutive days it spans from that day (3 for the days of Tết).</param>
/// <param name="DayOff">Whether its days are days off.</param>
/// <param name="EffectiveFrom">The first date it applies to, if it has one.</param>
/// <param name="EffectiveTo">The last date it applies to, if it has one.</param>
/// <param name="Source">Where the entry comes from (a law, a decision, a tradition).</param>
/// <param name="DefinedAt">Where the entry is written ("file:line:col"), for messages; null when unknown.</param>
public sealed record Observance(
    string Id,
    string Name,
    string? EnglishName,
    ObservanceKind Kind,
    ObservanceRule Rule,
    int Days = 1,
    bool DayOff = false,
    LocalDate? EffectiveFrom = null,
    LocalDate? EffectiveTo = null,
    string? Source = null,
    string? DefinedAt = null)
{
    /// <summary>Whether the entry applies on a date.</summary>
    public bool IsInForceOn(LocalDate date) =>
        (EffectiveFrom is not { } from || date >= from) && (EffectiveTo is not { } to || date <= to);
}
