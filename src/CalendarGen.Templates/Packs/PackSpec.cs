using System.Collections.Immutable;
using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Packs;

/// <summary>
/// A sample pack: templates × years × profiles, with previews, contact sheets and an ICS of each year's events
/// (format: <c>samples/pack-2027.yaml</c>).
/// </summary>
/// <param name="Name">The pack's name.</param>
/// <param name="Templates">Shipped template names, or template files (resolved against the pack file's folder).</param>
/// <param name="Years">Gregorian years.</param>
/// <param name="Profiles">PDF profiles: press, proof, screen.</param>
/// <param name="PreviewDates">Month-day pairs ("07-30") whose page is previewed in each year; empty for none.</param>
/// <param name="PreviewCover">Whether page 1 is previewed too.</param>
/// <param name="PreviewDpi">Resolution of previews.</param>
/// <param name="ContactSheets">Whether each product gets a contact sheet.</param>
/// <param name="EventsIcs">Whether each year gets an ICS of its events.</param>
/// <param name="Events">Observance files laid over the shipped set (resolved against the pack file's folder).</param>
public sealed record PackSpec(
    string Name,
    ImmutableArray<string> Templates,
    ImmutableArray<int> Years,
    ImmutableArray<string> Profiles,
    ImmutableArray<(int Month, int Day)> PreviewDates,
    bool PreviewCover,
    int PreviewDpi,
    bool ContactSheets,
    bool EventsIcs,
    ImmutableArray<string> Events)
{
    private static readonly string[] Keys = ["name", "templates", "years", "profiles", "previews", "contact_sheets", "events_ics", "events"];
    private static readonly string[] PreviewKeys = ["dates", "cover", "dpi"];

    /// <summary>Reads a pack file; every problem is reported with its line.</summary>
    public static LoadResult<PackSpec> Load(string path) => YamlSource.ReadFile<PackSpec>(path, Read);

    private static LoadResult<PackSpec> Read(YamlMappingNode root, string path, List<Problem> problems)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var map = new YamlMap(root, path, problems, Keys);
        string name = map.String("name") ?? Path.GetFileNameWithoutExtension(path);
        // A file next to the pack file wins over a shipped template of the same name.
        var templates = Strings(map, "templates", required: true)
            .Select(t => File.Exists(Path.Combine(folder, t)) ? Path.GetFullPath(Path.Combine(folder, t)) : t).ToImmutableArray();
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
        var events = Strings(map, "events", required: false).Select(e => Path.GetFullPath(Path.Combine(folder, e))).ToImmutableArray();
        if (problems.Count > 0)
        {
            return LoadResult<PackSpec>.Failed(problems);
        }

        return new LoadResult<PackSpec>(
            new PackSpec(name, templates, [.. years], [.. profiles.Distinct()], dates.ToImmutable(), cover, dpi, contact, ics, events),
            []);
    }

    private static List<string> Strings(YamlMap map, string key, bool required)
    {
        if (map.Sequence(key, required) is not { } list)
        {
            return [];
        }

        var values = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value);
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
