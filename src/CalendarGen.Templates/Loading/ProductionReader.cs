using System.Collections.Immutable;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// Reads the "production" section: the spot colour's name, whether zones are outlined, and per page role ("all" for
/// every page) a list of keep-out zones (wire-o, hanger, drill, glue-tab) and finishing lines (cut, fold, perf).
/// Zones are resolved to shapes on the trimmed sheet here, from the page and the item's parameters.
/// </summary>
internal sealed class ProductionReader(TemplateReader reader)
{
    /// <summary>Each item type and the keys it takes besides "type".</summary>
    public static readonly IReadOnlyDictionary<string, string[]> TypeKeys = new Dictionary<string, string[]>
    {
        ["wire-o"] = ["edge", "width"],
        ["hanger"] = ["edge", "diameter"],
        ["drill"] = ["x", "y", "diameter"],
        ["glue-tab"] = ["edge", "width"],
        ["cut"] = ["points", "closed"],
        ["fold"] = ["points", "closed"],
        ["perf"] = ["points", "closed"],
    };

    /// <summary>The hanger notch's diameter when none is given (mm).</summary>
    public const double DefaultHangerDiameter = 30;

    public ProductionGeometry Read(YamlMap map, PageSpec page)
    {
        string spot = map.String("spot") ?? ProductionGeometry.DefaultSpot;
        if (!ProductionGeometry.IsSpotName(spot))
        {
            map.Error(map.Value("spot")!, $"spot colour name '{spot}' must be 1–63 letters, digits, '-', '_' or '.' (e.g. Die, CutContour, Crease)");
        }

        bool outline = map.Bool("outline_zones") ?? false;
        var all = ReadItems(map, "all", page);
        var roles = ImmutableSortedDictionary.CreateBuilder<PageRole, ProductionItems>();
        foreach (var (key, role) in TemplateReader.PageRoles)
        {
            if (map.Has(key))
            {
                roles[role] = ReadItems(map, key, page);
            }
        }

        return new ProductionGeometry(spot, outline, all, roles.ToImmutable());
    }

    private ProductionItems ReadItems(YamlMap map, string key, PageSpec page)
    {
        if (map.Sequence(key) is not { } list)
        {
            return ProductionItems.Empty;
        }

        var zones = ImmutableArray.CreateBuilder<KeepOutZone>();
        var lines = ImmutableArray.CreateBuilder<DieLine>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode item)
            {
                map.Error(node, $"each production item is a mapping with a type ({string.Join(", ", TypeKeys.Keys)})");
                continue;
            }

            var m = map.Open(item, TemplateReader.ProductionItemKeys);
            string? type = m.String("type", required: true);
            if (type is null)
            {
                continue;
            }

            if (!TypeKeys.TryGetValue(type, out string[]? keys))
            {
                m.Error(m.Value("type")!, $"unknown production type '{type}' (one of: {string.Join(", ", TypeKeys.Keys)})");
                continue;
            }

            foreach (string other in m.Keys.Where(k => k != "type" && !keys.Contains(k)))
            {
                m.Error(m.KeyNode(other), $"a {type} takes {string.Join(", ", keys)}, not '{other}'");
            }

            var source = reader.Locate(item);
            switch (type)
            {
                case "wire-o" or "glue-tab" or "hanger":
                    var edge = TemplateReader.Choice(m, "edge", true, TemplateReader.Edges);
                    double? size = type == "hanger"
                        ? TemplateReader.Length(m, "diameter", 1, 200) ?? DefaultHangerDiameter
                        : TemplateReader.Length(m, "width", 0.5, 200, required: true);
                    if (edge is { } e && size is { } s)
                    {
                        var kind = type switch { "wire-o" => KeepOutKind.WireO, "glue-tab" => KeepOutKind.GlueTab, _ => KeepOutKind.Hanger };
                        zones.Add(new KeepOutZone(kind, kind == KeepOutKind.Hanger ? Notch(e, s, page) : Strip(e, s, page), kind == KeepOutKind.Hanger, source));
                    }

                    break;
                case "drill":
                    double? x = TemplateReader.Length(m, "x", 0, page.Width, required: true);
                    double? y = TemplateReader.Length(m, "y", 0, page.Height, required: true);
                    double? diameter = TemplateReader.Length(m, "diameter", 1, 50, required: true);
                    if (x is not null && y is not null && diameter is { } d)
                    {
                        zones.Add(new KeepOutZone(KeepOutKind.Drill, new Box(x.Value - d / 2, y.Value - d / 2, d, d), true, source));
                    }

                    break;
                default:
                    if (Points(m) is { } points)
                    {
                        lines.Add(new DieLine(Enum.Parse<DieLineKind>(type, ignoreCase: true), points, m.Bool("closed") ?? false, source));
                    }

                    break;
            }
        }

        return new ProductionItems(zones.ToImmutable(), lines.ToImmutable());
    }

    /// <summary>"points: [[x, y], [x, y], …]": at least two, each a pair of lengths from the top-left trim corner.</summary>
    private static ImmutableArray<(double X, double Y)>? Points(YamlMap map)
    {
        if (map.Sequence("points", required: true) is not { } list)
        {
            return null;
        }

        const string Shape = "points is a list of at least two [x, y] pairs in mm from the top-left trim corner, e.g. [[0, 75], [200, 75]]";
        if (list.Children.Count < 2)
        {
            map.Error(list, Shape);
            return null;
        }

        var points = ImmutableArray.CreateBuilder<(double, double)>();
        foreach (var point in list.Children)
        {
            if (point is not YamlSequenceNode { Children: [YamlScalarNode px, YamlScalarNode py] }
                || Lengths.ParseMillimetres(px.Value ?? "") is not { } x || Lengths.ParseMillimetres(py.Value ?? "") is not { } y
                || Math.Abs(x) > 2000 || Math.Abs(y) > 2000)
            {
                map.Error(point, Shape);
                return null;
            }

            points.Add((x, y));
        }

        return points.ToImmutable();
    }

    /// <summary>A strip of <paramref name="width"/> along an edge of the trimmed sheet.</summary>
    internal static Box Strip(Edge edge, double width, PageSpec page) => edge switch
    {
        Edge.Top => new Box(0, 0, page.Width, width),
        Edge.Bottom => new Box(0, page.Height - width, page.Width, width),
        Edge.Left => new Box(0, 0, width, page.Height),
        _ => new Box(page.Width - width, 0, width, page.Height),
    };

    /// <summary>The bounds of a circle of <paramref name="diameter"/> centred on the middle of an edge.</summary>
    internal static Box Notch(Edge edge, double diameter, PageSpec page)
    {
        double r = diameter / 2;
        var (cx, cy) = edge switch
        {
            Edge.Top => (page.Width / 2, 0.0),
            Edge.Bottom => (page.Width / 2, page.Height),
            Edge.Left => (0.0, page.Height / 2),
            _ => (page.Width, page.Height / 2),
        };
        return new Box(cx - r, cy - r, diameter, diameter);
    }
}
