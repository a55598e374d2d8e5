using System.Collections.Immutable;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>
/// The finishing lines of a page (die cuts, folds, perforations) and, when the template asks, its keep-out zones'
/// outlines, as <see cref="DieLineOp"/>s in media coordinates. Press and proof only: the composer adds none to screen
/// pages.
/// </summary>
internal static class ProductionMarks
{
    /// <summary>Segments of a full circle outline.</summary>
    private const int CircleSegments = 48;

    public static IEnumerable<DieLineOp> Of(ProductionGeometry production, PageRole role, PageSpec page, PtBox trim)
    {
        (double, double) Map(double x, double y) => (trim.X + Units.Pt(x), trim.Y + Units.Pt(y));

        foreach (var line in production.LinesOf(role))
        {
            var stroke = line.Kind switch { DieLineKind.Cut => DieStroke.Cut, DieLineKind.Fold => DieStroke.Fold, _ => DieStroke.Perf };
            yield return new DieLineOp(stroke, [.. line.Points.Select(p => Map(p.X, p.Y))], line.Closed);
        }

        if (!production.OutlineZones)
        {
            yield break;
        }

        foreach (var zone in production.ZonesOf(role))
        {
            var b = zone.Bounds;
            if (!zone.Round)
            {
                yield return new DieLineOp(DieStroke.Zone, [Map(b.X, b.Y), Map(b.Right, b.Y), Map(b.Right, b.Bottom), Map(b.X, b.Bottom)], true);
                continue;
            }

            double r = b.Width / 2, cx = b.X + r, cy = b.Y + r;
            // A notch centred on a trim edge shows only its half on the sheet: the arc away from that edge.
            (double from, bool whole) = (cx, cy) switch
            {
                _ when cy <= 1e-9 => (0.0, false),
                _ when cy >= page.Height - 1e-9 => (Math.PI, false),
                _ when cx <= 1e-9 => (-Math.PI / 2, false),
                _ when cx >= page.Width - 1e-9 => (Math.PI / 2, false),
                _ => (0.0, true),
            };
            int segments = whole ? CircleSegments : CircleSegments / 2;
            double sweep = whole ? 2 * Math.PI : Math.PI;
            var points = ImmutableArray.CreateBuilder<(double, double)>();
            for (int i = 0; i <= (whole ? segments - 1 : segments); i++)
            {
                double a = from + sweep * i / segments;
                points.Add(Map(cx + r * Math.Cos(a), cy + r * Math.Sin(a)));
            }

            yield return new DieLineOp(DieStroke.Zone, points.ToImmutable(), whole);
        }
    }
}
