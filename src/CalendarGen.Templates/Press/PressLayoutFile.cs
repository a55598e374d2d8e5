using System.Globalization;
using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Press;

/// <summary>
/// A press layout file (format: <c>samples/press/block-dai-4x2.yaml</c>): one per press and paper, so the house
/// imposes every job the same way. Every problem is reported with its file, line and column.
/// </summary>
public static class PressLayoutFile
{
    private static readonly string[] Keys = ["name", "sheet", "grid", "slot", "gap", "gripper", "margin", "order", "stack_depth", "notes_page", "duplex"];

    /// <summary>Reads a press layout file.</summary>
    public static LoadResult<PressLayout> Load(string path) => YamlSource.ReadFile<PressLayout>(path, Read);

    /// <summary>Reads a press layout from text (tests, standard input); <paramref name="name"/> names it in problems.</summary>
    public static LoadResult<PressLayout> Parse(string text, string name) => YamlSource.ReadText<PressLayout>(text, name, Read);

    /// <summary>An order by its command-line name (cut-stack, repeat, sequential), or null.</summary>
    public static ImpositionOrder? ParseOrder(string text) => text switch
    {
        "cut-stack" => ImpositionOrder.CutStack,
        "repeat" => ImpositionOrder.Repeat,
        "sequential" => ImpositionOrder.Sequential,
        _ => null,
    };

    private static LoadResult<PressLayout> Read(YamlMappingNode root, string path, List<Problem> problems)
    {
        var map = new YamlMap(root, path, problems, Keys);
        map.String("name");
        var sheet = Pair(map, "sheet", required: true, whole: false);
        var grid = Pair(map, "grid", required: true, whole: true);
        var slot = Pair(map, "slot", required: false, whole: false);
        double gap = Length(map, "gap") ?? 0, gripper = Length(map, "gripper") ?? 12, margin = Length(map, "margin") ?? 10;
        var order = ImpositionOrder.CutStack;
        if (map.String("order") is { } orderText)
        {
            order = ParseOrder(orderText) ?? Fail(map, "order", $"unknown order '{orderText}' (cut-stack, repeat, sequential)", ImpositionOrder.CutStack);
        }

        int? depth = map.Int("stack_depth", 1, 100_000);
        int? notes = map.Int("notes_page", 1, 100_000);
        var duplex = DuplexMode.None;
        if (map.String("duplex") is { } duplexText)
        {
            duplex = duplexText switch
            {
                "turn" => DuplexMode.Turn,
                "tumble" => DuplexMode.Tumble,
                "none" => DuplexMode.None,
                _ => Fail(map, "duplex", $"unknown duplex '{duplexText}' (none, turn, tumble)", DuplexMode.None),
            };
        }

        if (grid is { } g && g.A * g.B > 400)
        {
            map.Error(map.Value("grid")!, $"a {g.A}x{g.B} grid has more than 400 slots");
        }

        if (problems.Count > 0 || sheet is null || grid is null)
        {
            return LoadResult<PressLayout>.Failed(problems);
        }

        var layout = new PressLayout(sheet.Value.A, sheet.Value.B, (int)grid.Value.A, (int)grid.Value.B, gap, gripper, margin, order, depth, slot?.A, slot?.B, notes, duplex);
        return new LoadResult<PressLayout>(layout, []);
    }

    private static T Fail<T>(YamlMap map, string key, string message, T fallback)
    {
        map.Error(map.Value(key)!, message);
        return fallback;
    }

    /// <summary>"650x500" (mm) or "4x2" (whole numbers).</summary>
    private static (double A, double B)? Pair(YamlMap map, string key, bool required, bool whole)
    {
        if (map.String(key, required) is not { } text)
        {
            return null;
        }

        string[] parts = text.Split('x', '×', 'X');
        if (parts.Length == 2 && double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            && double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double b)
            && a > 0 && b > 0 && a <= 5000 && b <= 5000 && (!whole || (a == Math.Floor(a) && b == Math.Floor(b))))
        {
            return (a, b);
        }

        string example = whole ? "4x2" : "650x500";
        map.Error(map.Value(key)!, $"'{key}' must be two positive {(whole ? "whole numbers" : "lengths in mm")} written AxB, such as {example}, not '{text}'");
        return null;
    }

    private static double? Length(YamlMap map, string key)
    {
        if (map.Scalar(key, required: false, "a length in mm") is not { } scalar)
        {
            return null;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value is >= 0 and <= 1000)
        {
            return value;
        }

        map.Error(scalar, $"'{key}' must be a length in mm between 0 and 1000, not '{scalar.Value}'");
        return null;
    }
}
