using System.Collections.Immutable;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Editions;

/// <summary>One row of an editions table: one customer's version of a design.</summary>
/// <param name="Id">The edition's id, safe as a folder name ("acme").</param>
/// <param name="Fields">Every other column, by name, NFC-normalised ("company" → "Công ty …").</param>
/// <param name="Logo">The logo file (full path), or null when the row has none.</param>
/// <param name="Colors">Palette colours the row overrides, by palette name.</param>
/// <param name="Row">Where the row is, for problems found later (a field a template needs, a text too long).</param>
public sealed record Edition(
    string Id,
    ImmutableSortedDictionary<string, string> Fields,
    string? Logo,
    ImmutableSortedDictionary<string, PaletteColor> Colors,
    SourceLocation Row);
