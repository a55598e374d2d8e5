using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Yaml;

namespace CalendarGen.Templates.Observances;

/// <summary>The observance sets shipped inside CalendarGen (from <c>data/observances/</c>) and users' files laid over them.</summary>
public static class ObservanceSets
{
    /// <summary>The name of the default set: Vietnamese holidays, observances and festivals.</summary>
    public const string Default = "vn";

    private static readonly Lazy<ObservanceSet> Vietnam = new(() => YamlSource.ReadShipped<ObservanceFile.Contents>($"observances/{Default}.yaml", ObservanceFile.Read).Set);

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
                    set = set.With(contents.Set, contents.RemovedIds);
                }
            }
        }

        return problems.Count > 0 ? LoadResult<ObservanceSet>.Failed(problems) : new LoadResult<ObservanceSet>(set, []);
    }
}
