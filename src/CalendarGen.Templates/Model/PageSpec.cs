using NodaTime;

namespace CalendarGen.Templates.Model;

/// <summary>The sheet: trim size and the zones on it, in millimetres.</summary>
/// <param name="Width">Trim width (after orientation).</param>
/// <param name="Height">Trim height.</param>
/// <param name="Bleed">Bleed beyond the trim on every side (default 3 mm).</param>
/// <param name="Safe">Margin inside the trim that text keeps clear of (default 5 mm).</param>
/// <param name="Binding">A zone along one edge kept clear for the wire or glue, if any.</param>
/// <param name="WeekStart">First column of month grids.</param>
/// <param name="Preset">The named size it came from ("bloc-dai", "a4"), if any.</param>
public sealed record PageSpec(double Width, double Height, double Bleed, double Safe, BindingZone? Binding, IsoDayOfWeek WeekStart, string? Preset);

/// <summary>Which edge of the sheet.</summary>
public enum Edge
{
    /// <summary>Top edge.</summary>
    Top,

    /// <summary>Left edge.</summary>
    Left,

    /// <summary>Bottom edge.</summary>
    Bottom,

    /// <summary>Right edge.</summary>
    Right,
}

/// <summary>A strip along an edge kept clear of content: the wire holes, the glued head of a block.</summary>
public sealed record BindingZone(Edge Edge, double Depth);

/// <summary>A rectangle in millimetres from the top-left trim corner.</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>Whether <paramref name="inner"/> lies inside this box (with a tolerance of 0.001 mm).</summary>
    public bool Contains(Box inner) =>
        inner.X >= X - 1e-3 && inner.Y >= Y - 1e-3 && inner.Right <= Right + 1e-3 && inner.Bottom <= Bottom + 1e-3;

    /// <summary>Whether the two boxes share any area.</summary>
    public bool Overlaps(Box other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
