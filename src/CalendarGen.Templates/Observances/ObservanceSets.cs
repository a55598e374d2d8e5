using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Yaml;

namespace CalendarGen.Templates.Observances;

/// <summary>The observance sets shipped inside CalendarGen (from <c>data/observances/</c>) and users' files laid over them.</summary>
public static class ObservanceSets
{
    /// <summary>The name of the default set: Vietnamese holidays, observances and festivals.</summary>
    public const string Default = "vn";

    private static readonly Lazy<ObservanceSet> Vietnam = new(() => YamlSource.ReadShipped<ObservanceFile.Contents>($"observances/{Default}.yaml", ObservanceFile.Read).Set);

    /// <summary>
    /// The problems of a set in a year: every entry whose rule names a day the year lacks and says nothing of what to
    /// do then (<c>if_missing</c>), with the file and line of the entry.
    /// </summary>
    public static IEnumerable<Problem> UnmetIn(ObservanceSet set, int year) =>
        UnmetObservances.In(set, year).Select(u => AtDefinition(u.Observance,
            $"observance '{u.Observance.Id}' ({u.Observance.Rule.Describe()}) cannot be placed in {year}: {u.Reason}; "
            + "add if_missing: skip or if_missing: last_day to the entry"));

    private static Problem AtDefinition(Observance observance, string message)
    {
        if (observance.DefinedAt?.Split(':') is [.. var file, var line, var column] && int.TryParse(line, out int l) && int.TryParse(column, out int c))
        {
            return new Problem(string.Join(':', file), l, c, message);
        }

        return new Problem(observance.DefinedAt ?? observance.Source ?? observance.Id, 0, 0, message);
    }

    /// <summary>The names of the shipped sets.</summary>
    public static IReadOnlyList<string> Names { get; } = [Default];

    /// <summary>A shipped set by name.</summary>
    /// <exception cref="ArgumentException">No set has that name.</exception>
    public static ObservanceSet Shipped(string name) =>
        name == Default ? Vietnam.Value : throw new ArgumentException($"no observance set named '{name}' (shipped: {string.Join(", ", Names)})", nameof(name));

    /// <summary>
    /// A set with users' files laid over it in order: YAML observance files (.yaml, .yml) may add, replace and remove
    /// entries; iCalendar files (.ics) add custom entries.
    /// </summary>
    public static LoadResult<ObservanceSet> WithFiles(ObservanceSet set, IEnumerable<string> paths)
    {
        var problems = new List<Problem>();
        foreach (string path in paths)
        {
            if (Path.GetExtension(path).Equals(".ics", StringComparison.OrdinalIgnoreCase))
            {
                var ics = IcsImport.Load(path);
                problems.AddRange(ics.Problems);
                if (ics.Value is { } imported)
                {
                    set = set.With(imported);
                }
            }
            else
            {
                var yaml = ObservanceFile.Load(path);
                problems.AddRange(yaml.Problems);
                if (yaml.Value is { } contents)
                {
                    // Removing an id that is not there is a typo, not a no-op.
                    for (int i = 0; i < contents.RemovedIds.Length; i++)
                    {
                        string id = contents.RemovedIds[i];
                        if (!set.Observances.Any(o => o.Id == id) && !contents.Set.Observances.Any(o => o.Id == id))
                        {
                            var at = contents.RemovedAt[i];
                            problems.Add(new Problem(at.File, at.Line, at.Column, $"remove: no observance has the id '{id}' (see calendargen events --format json for the ids)"));
                        }
                    }

                    set = set.With(contents.Set, contents.RemovedIds);
                }
            }
        }

        return problems.Count > 0 ? LoadResult<ObservanceSet>.Failed(problems) : new LoadResult<ObservanceSet>(set, []);
    }
}
