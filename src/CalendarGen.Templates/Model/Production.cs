using System.Collections.Immutable;

namespace CalendarGen.Templates.Model;

/// <summary>The kinds of keep-out zone: places on the sheet that finishing takes away or covers, where no text may go.</summary>
public enum KeepOutKind
{
    /// <summary>The strip along the binding edge punched for the wire-o binding.</summary>
    WireO,

    /// <summary>The half-circle notch at the centre of the binding edge where the calendar hangs on its hook.</summary>
    Hanger,

    /// <summary>A drilled hole (block pads hung on a nail).</summary>
    Drill,

    /// <summary>The strip of a tent base that is glued (it stays unprinted).</summary>
    GlueTab,
}

/// <summary>The kinds of finishing line, each drawn on the die spot colour.</summary>
public enum DieLineKind
{
    /// <summary>A die cut: a solid line.</summary>
    Cut,

    /// <summary>A fold or crease: a dashed line.</summary>
    Fold,

    /// <summary>A perforation: a line of short dashes.</summary>
    Perf,
}

/// <summary>
/// A keep-out zone in millimetres from the top-left trim corner: a rectangle, or (<paramref name="Round"/>) the circle
/// inscribed in <paramref name="Bounds"/>. A hanger notch is a circle centred on the trim edge; only its half inside
/// the trim is on the sheet.
/// </summary>
public sealed record KeepOutZone(KeepOutKind Kind, Box Bounds, bool Round, SourceLocation Source)
{
    /// <summary>The name templates use for the kind ("wire-o").</summary>
    public string TypeName => Kind switch
    {
        KeepOutKind.WireO => "wire-o",
        KeepOutKind.Hanger => "hanger",
        KeepOutKind.Drill => "drill",
        _ => "glue-tab",
    };

    /// <summary>
    /// How far <paramref name="box"/> reaches into the zone, or null if it does not: for a rectangle the common
    /// rectangle (width × height, mm), for a circle the depth from its edge towards its centre (width = height = depth).
    /// </summary>
    public (double Width, double Height)? Overlap(Box box)
    {
        if (!Round)
        {
            double w = Math.Min(box.Right, Bounds.Right) - Math.Max(box.X, Bounds.X);
            double h = Math.Min(box.Bottom, Bounds.Bottom) - Math.Max(box.Y, Bounds.Y);
            return w > 1e-6 && h > 1e-6 ? (w, h) : null;
        }

        double r = Bounds.Width / 2, cx = Bounds.X + r, cy = Bounds.Y + r;
        double dx = cx - Math.Clamp(cx, box.X, box.Right), dy = cy - Math.Clamp(cy, box.Y, box.Bottom);
        double depth = r - Math.Sqrt(dx * dx + dy * dy);
        return depth > 1e-6 ? (depth, depth) : null;
    }
}

/// <summary>A cut, fold or perforation line: a polyline in millimetres from the top-left trim corner.</summary>
public sealed record DieLine(DieLineKind Kind, ImmutableArray<(double X, double Y)> Points, bool Closed, SourceLocation Source)
{
    /// <summary>The name templates use for the kind ("fold").</summary>
    public string TypeName => Kind.ToString().ToLowerInvariant();
}

/// <summary>
/// Production geometry (the template's "production" section): keep-out zones and finishing lines per page role
/// (<see cref="All"/>: on every page), and the spot colour the lines print on.
/// </summary>
/// <param name="Spot">The Separation colour's name (default "Die"; shops also use "CutContour", "Crease").</param>
/// <param name="OutlineZones">Whether press and proof also outline the keep-out zones, thin and dashed, on the spot colour.</param>
/// <param name="All">Zones and lines of every page.</param>
/// <param name="Roles">Zones and lines of one page role.</param>
public sealed record ProductionGeometry(string Spot, bool OutlineZones, ProductionItems All, ImmutableSortedDictionary<PageRole, ProductionItems> Roles)
{
    /// <summary>The default spot colour name.</summary>
    public const string DefaultSpot = "Die";

    /// <summary>A template without production geometry.</summary>
    public static ProductionGeometry None { get; } = new(DefaultSpot, false, ProductionItems.Empty, ImmutableSortedDictionary<PageRole, ProductionItems>.Empty);

    /// <summary>The keep-out zones on a page of <paramref name="role"/>.</summary>
    public IEnumerable<KeepOutZone> ZonesOf(PageRole role) => All.Zones.Concat(Roles.TryGetValue(role, out var items) ? items.Zones : []);

    /// <summary>The finishing lines on a page of <paramref name="role"/>.</summary>
    public IEnumerable<DieLine> LinesOf(PageRole role) => All.Lines.Concat(Roles.TryGetValue(role, out var items) ? items.Lines : []);

    /// <summary>Whether a spot colour name can be written as a PDF name as it is: letters, digits, '-', '_' and '.', 1–63 characters.</summary>
    public static bool IsSpotName(string name) =>
        name.Length is > 0 and <= 63 && name.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.');
}

/// <summary>The zones and lines of one page role.</summary>
public sealed record ProductionItems(ImmutableArray<KeepOutZone> Zones, ImmutableArray<DieLine> Lines)
{
    /// <summary>Nothing.</summary>
    public static ProductionItems Empty { get; } = new([], []);
}
