using System.Collections.Immutable;

namespace CalendarGen.Templates.Editions;

/// <summary>An editions table as read: its file and its rows in file order.</summary>
public sealed record EditionList(string File, ImmutableArray<Edition> Editions);
