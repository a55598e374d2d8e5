using System.Collections.Immutable;

namespace CalendarGen.Domain.Observances;

/// <summary>A named list of observances, such as the shipped Vietnamese set or a user's file.</summary>
/// <param name="Name">The set's name ("vn") or the file it came from.</param>
/// <param name="Observances">The entries, ids unique.</param>
public sealed record ObservanceSet(string Name, ImmutableArray<Observance> Observances)
{
    /// <summary>An empty set.</summary>
    public static ObservanceSet Empty { get; } = new("empty", []);

    /// <summary>
    /// This set with another laid over it: an entry of <paramref name="overlay"/> replaces the entry with the same id,
    /// other entries are added at the end; ids in <paramref name="removedIds"/> are dropped.
    /// </summary>
    public ObservanceSet With(ObservanceSet overlay, IEnumerable<string>? removedIds = null)
    {
        var removed = new HashSet<string>(removedIds ?? []);
        var replacements = overlay.Observances.ToDictionary(o => o.Id);
        var merged = ImmutableArray.CreateBuilder<Observance>();
        foreach (var observance in Observances)
        {
            if (removed.Contains(observance.Id))
            {
                continue;
            }

            merged.Add(replacements.Remove(observance.Id, out var replacement) ? replacement : observance);
        }

        merged.AddRange(overlay.Observances.Where(o => replacements.ContainsKey(o.Id) && !removed.Contains(o.Id)));
        return new ObservanceSet($"{Name}+{overlay.Name}", merged.ToImmutable());
    }
}
