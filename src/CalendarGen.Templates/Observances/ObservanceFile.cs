using System.Collections.Immutable;
using System.Globalization;
using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Yaml;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Observances;

/// <summary>
/// Reads an observance file (the format of <c>data/observances/vn.yaml</c>): a set name, and a list of entries each
/// with id, name, kind and exactly one rule (solar, lunar, lunar_month_end or date). A user file may also list
/// shipped ids to remove. Every problem is reported with its line and column.
/// </summary>
public static class ObservanceFile
{
    private static readonly string[] FileKeys = ["set", "source", "observances", "remove"];

    private static readonly string[] EntryKeys =
        ["id", "name", "name_en", "kind", "solar", "lunar", "lunar_month_end", "date", "days", "day_off", "from", "to", "source", "if_missing"];

    private static readonly string[] RuleKeys = ["solar", "lunar", "lunar_month_end", "date"];

    /// <summary>What an observance file holds: its entries and the ids it removes from the set it is laid over.</summary>
    public sealed record Contents(ObservanceSet Set, ImmutableArray<string> RemovedIds)
    {
        /// <summary>Where each removed id is written, to report an id that is not there.</summary>
        public ImmutableArray<SourceLocation> RemovedAt { get; init; } = [];
    }

    /// <summary>Reads a file from disk.</summary>
    public static LoadResult<Contents> Load(string path) => YamlSource.ReadFile<Contents>(path, Read);

    /// <summary>Reads YAML text; <paramref name="name"/> names it in problems.</summary>
    public static LoadResult<Contents> Parse(string text, string name) => YamlSource.ReadText<Contents>(text, name, Read);

    internal static LoadResult<Contents> Read(YamlMappingNode root, string file, List<Problem> problems)
    {
        var map = new YamlMap(root, file, problems, FileKeys);
        string setName = map.String("set") ?? Path.GetFileNameWithoutExtension(file);
        map.String("source");

        var entries = ImmutableArray.CreateBuilder<Observance>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (map.Sequence("observances", required: !map.Has("remove")) is { } list)
        {
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode entryNode)
                {
                    map.Error(item, "each observance must be a mapping (id, name, kind, rule…)");
                    continue;
                }

                if (ReadEntry(new YamlMap(entryNode, file, problems, EntryKeys)) is { } observance)
                {
                    if (!ids.Add(observance.Id))
                    {
                        map.Error(entryNode, $"id '{observance.Id}' is used twice");
                        continue;
                    }

                    entries.Add(observance);
                }
            }
        }

        var removed = ImmutableArray.CreateBuilder<string>();
        var removedAt = ImmutableArray.CreateBuilder<SourceLocation>();
        if (map.Sequence("remove") is { } removeList)
        {
            foreach (var item in removeList.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } id })
                {
                    removed.Add(id);
                    removedAt.Add(new SourceLocation(file, (int)item.Start.Line, (int)item.Start.Column));
                }
                else
                {
                    map.Error(item, "'remove' lists ids of observances");
                }
            }
        }

        return problems.Count > 0
            ? LoadResult<Contents>.Failed(problems)
            : new LoadResult<Contents>(new Contents(new ObservanceSet(setName, entries.ToImmutable()), removed.ToImmutable()) { RemovedAt = removedAt.ToImmutable() }, []);
    }

    private static Observance? ReadEntry(YamlMap map)
    {
        int before = map.Problems.Count;
        string? id = map.String("id", required: true);
        string? name = map.String("name", required: true);
        string? englishName = map.String("name_en");
        var kind = ReadKind(map);
        var rule = ReadRule(map);
        int days = map.Int("days", 1, 31) ?? 1;
        bool dayOff = map.Bool("day_off") ?? false;
        var from = ReadBound(map, "from", start: true);
        var to = ReadBound(map, "to", start: false);
        string? source = map.String("source");

        if (from is { } f && to is { } t && f > t)
        {
            map.Error(map.KeyNode("to"), $"'to' ({t:yyyy-MM-dd}) is before 'from' ({f:yyyy-MM-dd})");
        }

        if (id is not null && !IsId(id))
        {
            map.Error(map.Value("id")!, $"id '{id}' may hold only lower-case letters, digits and '-'");
        }

        if (map.Problems.Count > before || id is null || name is null || kind is null || rule is null)
        {
            return null;
        }

        string definedAt = $"{map.Sources.FileOf(map.Node)}:{map.Node.Start.Line}:{map.Node.Start.Column}";
        return new Observance(id, name.Trim(), englishName?.Trim(), kind.Value, rule, days, dayOff, from, to, source, definedAt);
    }

    private static ObservanceKind? ReadKind(YamlMap map)
    {
        if (map.String("kind", required: true) is not { } text)
        {
            return null;
        }

        if (ObservanceKinds.TryParse(text, out var kind))
        {
            return kind;
        }

        map.Error(map.Value("kind")!, $"unknown kind '{text}' (expected one of: {string.Join(", ", ObservanceKinds.All)})");
        return null;
    }

    private static ObservanceRule? ReadRule(YamlMap map)
    {
        var given = RuleKeys.Where(map.Has).ToList();
        if (given.Count != 1)
        {
            map.Error(given.Count == 0 ? map.Node : map.KeyNode(given[1]),
                given.Count == 0
                    ? "missing the day: give one of solar (d/m), lunar (d/m), lunar_month_end (month) or date (yyyy-mm-dd)"
                    : $"give only one of solar, lunar, lunar_month_end and date (found {string.Join(" and ", given)})");
            return null;
        }

        switch (given[0])
        {
            case "solar":
                return ReadDayMonth(map, "solar") is var (sd, sm) && ValidSolar(map, sd, sm) ? new ObservanceRule.FixedSolar(sm, sd, ReadIfMissing(map)) : null;
            case "lunar":
                return ReadDayMonth(map, "lunar") is var (ld, lm) && ValidLunar(map, ld, lm) ? new ObservanceRule.FixedLunar(lm, ld, ReadIfMissing(map)) : null;
            case "lunar_month_end":
                return map.Int("lunar_month_end", 1, 12) is { } month ? new ObservanceRule.LunarMonthEnd(month) : null;
            default:
                return map.Date("date") is { } date ? new ObservanceRule.OnDate(date) : null;
        }
    }

    /// <summary>"if_missing: skip | last_day" for a day some years lack (29/2, 30 of a lunar month); default: an error.</summary>
    private static MissingDay ReadIfMissing(YamlMap map)
    {
        switch (map.String("if_missing"))
        {
            case null or "error":
                return MissingDay.Error;
            case "skip":
                return MissingDay.Skip;
            case "last_day":
                return MissingDay.LastDay;
            case var other:
                map.Error(map.Value("if_missing")!, $"if_missing must be skip, last_day or error, not '{other}'");
                return MissingDay.Error;
        }
    }

    /// <summary>"d/m" → (day, month).</summary>
    private static (int Day, int Month)? ReadDayMonth(YamlMap map, string key)
    {
        if (map.Scalar(key, true, "a day/month such as 30/7") is not { } scalar)
        {
            return null;
        }

        string[] parts = (scalar.Value ?? "").Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month))
        {
            return (day, month);
        }

        map.Error(scalar, $"'{key}' must be day/month such as 30/7, not '{scalar.Value}'");
        return null;
    }

    private static bool ValidSolar(YamlMap map, int day, int month)
    {
        // 29/2 exists (in leap years); the 2000 calendar has every day a fixed solar rule can name.
        if (month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2000, month))
        {
            return true;
        }

        map.Error(map.Value("solar")!, $"{day}/{month} is not a day of the solar year");
        return false;
    }

    private static bool ValidLunar(YamlMap map, int day, int month)
    {
        if (month is >= 1 and <= 12 && day is >= 1 and <= 30)
        {
            return true;
        }

        map.Error(map.Value("lunar")!, $"{day}/{month} is not a lunar date (days 1–30, months 1–12)");
        return false;
    }

    /// <summary>A year (from 1 January / to 31 December) or a date.</summary>
    private static LocalDate? ReadBound(YamlMap map, string key, bool start)
    {
        if (map.Scalar(key, false, "a year or a date") is not { } scalar)
        {
            return null;
        }

        string text = scalar.Value ?? "";
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1)
        {
            return start ? new LocalDate(year, 1, 1) : new LocalDate(year, 12, 31);
        }

        return map.Date(key);
    }

    private static bool IsId(string id) => id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
