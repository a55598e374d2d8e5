using System.Collections.Immutable;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Packs;

/// <summary>
/// A sample pack: templates × years × profiles, with previews, contact sheets and an ICS of each year's events
/// (format: <c>samples/pack-2027.yaml</c>).
/// </summary>
/// <param name="Name">The pack's name.</param>
/// <param name="Templates">Shipped template names, or template files (resolved against the pack file's folder), each with
/// where the pack file names it.</param>
/// <param name="Years">Gregorian years.</param>
/// <param name="Profiles">PDF profiles: press, proof, screen.</param>
/// <param name="PreviewDates">Month-day pairs ("07-30") whose page is previewed in each year; empty for none.</param>
/// <param name="PreviewCover">Whether page 1 is previewed too.</param>
/// <param name="PreviewDpi">Resolution of previews.</param>
/// <param name="ContactSheets">Whether each product gets a contact sheet.</param>
/// <param name="EventsIcs">Whether each year gets an ICS of its events.</param>
/// <param name="Events">Observance files laid over the shipped set (resolved against the pack file's folder).</param>
/// <param name="Editions">An editions table (CSV or YAML beside the pack file): every template is made once per row; or null.</param>
public sealed record PackSpec(
    string Name,
    ImmutableArray<PackReference> Templates,
    ImmutableArray<int> Years,
    ImmutableArray<string> Profiles,
    ImmutableArray<(int Month, int Day)> PreviewDates,
    bool PreviewCover,
    int PreviewDpi,
    bool ContactSheets,
    bool EventsIcs,
    ImmutableArray<PackReference> Events,
    PackReference? Editions = null)
{
    private static readonly string[] Keys = ["name", "templates", "years", "profiles", "previews", "contact_sheets", "events_ics", "events", "editions"];
    private static readonly string[] PreviewKeys = ["dates", "cover", "dpi"];

    /// <summary>
    /// Reads a pack file; every problem is reported with its line. The files it names must be allowed by
    /// <paramref name="policy"/> (default: beside the pack file, or shipped).
    /// </summary>
    public static LoadResult<PackSpec> Load(string path, ReferencePolicy? policy = null) =>
        YamlSource.ReadFile<PackSpec>(path, (root, name, problems) => Read(root, name, problems, policy ?? ReferencePolicy.Default));

    private static LoadResult<PackSpec> Read(YamlMappingNode root, string path, List<Problem> problems, ReferencePolicy policy)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var map = new YamlMap(root, path, problems, Keys);
        string name = map.String("name") ?? Path.GetFileNameWithoutExtension(path);

        // A file next to the pack file wins over a shipped template of the same name.
        var templates = ImmutableArray.CreateBuilder<PackReference>();
        foreach (var (text, node) in Located(map, "templates", required: true))
        {
            bool local = text.IndexOfAny(['/', '\\']) >= 0 || File.Exists(Path.Combine(folder, text));
            if (!local)
            {
                templates.Add(new PackReference(text, Where(map, node)));
            }
            else if (policy.Resolve(text, path, out string? refused) is { } file)
            {
                templates.Add(new PackReference(file, Where(map, node)));
            }
            else
            {
                map.Error(node, $"template {refused}");
            }
        }

        var years = new SortedSet<int>();
        foreach (string text in Strings(map, "years", required: true))
        {
            if (int.TryParse(text, out int year) && year is >= 1900 and <= 2199)
            {
                years.Add(year);
            }
            else
            {
                map.Error(map.Value("years")!, $"'{text}' is not a year between 1900 and 2199");
            }
        }

        var profiles = Strings(map, "profiles", required: false);
        if (profiles.Count == 0)
        {
            profiles = ["press"];
        }

        foreach (string profile in profiles.Where(p => p is not ("press" or "proof" or "screen")))
        {
            map.Error(map.Value("profiles")!, $"unknown profile '{profile}' (press, proof, screen)");
        }

        var dates = ImmutableArray.CreateBuilder<(int, int)>();
        bool cover = false;
        int dpi = 100;
        if (map.Mapping("previews") is { } previewNode)
        {
            var previews = map.Open(previewNode, PreviewKeys);
            foreach (string text in Strings(previews, "dates", required: false))
            {
                string[] parts = text.Split('-');
                if (parts.Length == 2 && int.TryParse(parts[0], out int m) && int.TryParse(parts[1], out int d) && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(2000, m))
                {
                    dates.Add((m, d));
                }
                else
                {
                    previews.Error(previews.Value("dates")!, $"'{text}' is not a month-day such as 07-30");
                }
            }

            cover = previews.Bool("cover") ?? false;
            dpi = previews.Int("dpi", 18, 600) ?? 100;
        }

        bool contact = map.Bool("contact_sheets") ?? false;
        bool ics = map.Bool("events_ics") ?? false;
        var events = ImmutableArray.CreateBuilder<PackReference>();
        foreach (var (text, node) in Located(map, "events", required: false))
        {
            if (policy.Resolve(text, path, out string? refused) is { } file)
            {
                events.Add(new PackReference(file, Where(map, node)));
            }
            else
            {
                map.Error(node, $"events {refused}");
            }
        }

        PackReference? editions = null;
        if (map.String("editions") is { } table)
        {
            if (!table.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !table.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !table.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                map.Error(map.Value("editions")!, $"editions '{YamlSource.Shorten(table)}' must be a .csv or .yaml table");
            }
            else if (policy.Resolve(table, path, out string? refused) is { } file)
            {
                editions = new PackReference(file, Where(map, map.Value("editions")!));
            }
            else
            {
                map.Error(map.Value("editions")!, $"editions {refused}");
            }
        }

        if (problems.Count > 0)
        {
            return LoadResult<PackSpec>.Failed(problems);
        }

        return new LoadResult<PackSpec>(
            new PackSpec(name, templates.ToImmutable(), [.. years], [.. profiles.Distinct()], dates.ToImmutable(), cover, dpi, contact, ics, events.ToImmutable(), editions),
            []);
    }

    private static List<string> Strings(YamlMap map, string key, bool required) => [.. Located(map, key, required).Select(v => v.Value)];

    private static SourceLocation Where(YamlMap map, YamlNode node) =>
        new(map.Sources.FileOf(node), (int)map.Sources.StartOf(node).Line, (int)map.Sources.StartOf(node).Column);

    private static List<(string Value, YamlNode Node)> Located(YamlMap map, string key, bool required)
    {
        if (map.Sequence(key, required) is not { } list)
        {
            return [];
        }

        var values = new List<(string, YamlNode)>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add((value, item));
            }
            else
            {
                map.Error(item, $"'{key}' lists plain values");
            }
        }

        if (required && values.Count == 0)
        {
            map.Error(list, $"'{key}' must not be empty");
        }

        return values;
    }
}

/// <summary>A file or shipped name a pack file names, with where it names it.</summary>
/// <param name="Value">A full path, or a shipped template name.</param>
/// <param name="At">Its place in the pack file.</param>
public sealed record PackReference(string Value, SourceLocation At)
{
    /// <summary>"pack.yaml:7:5", for messages.</summary>
    public string Where => $"{At.File}:{At.Line}:{At.Column}";
}
