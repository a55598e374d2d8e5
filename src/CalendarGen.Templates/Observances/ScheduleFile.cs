using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Yaml;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Observances;

/// <summary>
/// Reads a yearly schedule of days off, substitute days (nghỉ bù) and weekend working days (làm bù), as the
/// government announces them (format: <c>samples/schedules/2026.yaml</c>).
/// </summary>
public static class ScheduleFile
{
    private static readonly string[] FileKeys = ["year", "source", "days"];
    private static readonly string[] EntryKeys = ["date", "to", "kind", "name"];

    private static readonly (string Name, ScheduledDayKind Kind)[] Kinds =
    [
        ("day-off", ScheduledDayKind.DayOff),
        ("substitute", ScheduledDayKind.SubstituteDayOff),
        ("working-day", ScheduledDayKind.WorkingDay),
    ];

    /// <summary>Reads a schedule file.</summary>
    public static LoadResult<DayOffSchedule> Load(string path) => YamlSource.ReadFile<DayOffSchedule>(path, Read);

    /// <summary>Reads schedule YAML held in memory.</summary>
    public static LoadResult<DayOffSchedule> Parse(string text, string name) => YamlSource.ReadText<DayOffSchedule>(text, name, Read);

    private static LoadResult<DayOffSchedule> Read(YamlMappingNode root, string file, List<Problem> problems)
    {
        var map = new YamlMap(root, file, problems, FileKeys);
        int? year = map.Int("year", 1900, 2199, required: true);
        string? source = map.String("source");
        var days = new SortedDictionary<LocalDate, ScheduledDay>();
        if (map.Sequence("days", required: true) is { } list)
        {
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode node)
                {
                    map.Error(item, "each entry must be a mapping (date, kind, name)");
                    continue;
                }

                var entry = new YamlMap(node, file, problems, EntryKeys);
                var from = entry.Date("date", required: true);
                var to = entry.Date("to") ?? from;
                string? name = entry.String("name", required: true);
                var kind = ReadKind(entry);
                if (from is not { } first || to is not { } last || name is null || kind is null)
                {
                    continue;
                }

                if (last < first)
                {
                    entry.Error(entry.Value("to")!, $"'to' ({last:yyyy-MM-dd}) is before 'date' ({first:yyyy-MM-dd})");
                    continue;
                }

                for (var day = first; day <= last; day = day.PlusDays(1))
                {
                    if (year is { } y && day.Year != y)
                    {
                        entry.Error(node, $"{day:yyyy-MM-dd} is not in {y}");
                        break;
                    }

                    if (!days.TryAdd(day, new ScheduledDay(day, kind.Value, name.Trim())))
                    {
                        entry.Error(node, $"{day:yyyy-MM-dd} is scheduled twice");
                        break;
                    }
                }
            }
        }

        return problems.Count > 0 || year is null
            ? LoadResult<DayOffSchedule>.Failed(problems)
            : new LoadResult<DayOffSchedule>(new DayOffSchedule(year.Value, [.. days.Values], source), []);
    }

    private static ScheduledDayKind? ReadKind(YamlMap entry)
    {
        string text = entry.String("kind") ?? "day-off";
        foreach (var (name, kind) in Kinds)
        {
            if (name == text)
            {
                return kind;
            }
        }

        entry.Error(entry.Value("kind")!, $"unknown kind '{text}' (expected one of: {string.Join(", ", Kinds.Select(k => k.Name))})");
        return null;
    }
}
