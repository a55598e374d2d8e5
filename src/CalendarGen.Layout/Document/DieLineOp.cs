using System.Collections.Immutable;

namespace CalendarGen.Layout.Document;

/// <summary>How a finishing line is stroked on the die spot colour.</summary>
public enum DieStroke
{
    /// <summary>A die cut: solid.</summary>
    Cut,

    /// <summary>A fold or crease: long dashes.</summary>
    Fold,

    /// <summary>A perforation: short dashes.</summary>
    Perf,

    /// <summary>The outline of a keep-out zone (when the template asks): thin and dashed.</summary>
    Zone,
}

/// <summary>
/// A finishing line (die cut, fold, perforation) or a keep-out zone's outline, in points in media coordinates: drawn
/// only in press and proof files, on the named spot colour, overprinting; never on a process plate, in screen output
/// or in PNG previews.
/// </summary>
public sealed record DieLineOp(DieStroke Stroke, ImmutableArray<(double X, double Y)> Points, bool Closed) : DrawOp
{
    /// <summary>Line width in points (cuts, folds, perforations).</summary>
    public const double LineWidth = 0.5;

    /// <summary>Line width in points of a zone outline.</summary>
    public const double ZoneWidth = 0.25;

    /// <summary>The stroke width of this line.</summary>
    public double Width => Stroke == DieStroke.Zone ? ZoneWidth : LineWidth;

    /// <summary>On/off lengths in points of the dash pattern; empty for a solid line.</summary>
    public double[] Dashes => Stroke switch
    {
        DieStroke.Fold => [6, 3],
        DieStroke.Perf => [1.5, 1.5],
        DieStroke.Zone => [3, 3],
        _ => [],
    };
}
