using CalendarGen.Layout.Document;
using SkiaSharp;

namespace CalendarGen.Rendering.Drawing;

/// <summary>
/// Draws a die, fold or perforation line (or a keep-out zone's outline) in the die spot colour's stand-in: solid for
/// cuts, dashed for the rest. Only print colour tables have the stand-in; screens and PNG previews draw nothing.
/// </summary>
/// <remarks>
/// Dashes are cut here into stroked subpaths, one per dash. Skia's dash path effect would reach the PDF as filled
/// outlines of each dash (its PDF back end writes no <c>d</c> operator), and a cutting plotter or die maker's software
/// follows strokes: an outline would be cut twice.
/// </remarks>
internal static class DieLines
{
    public static void Draw(DieLineOp op, SKCanvas canvas, SKColor standIn)
    {
        var points = op.Points.Select(p => new SKPoint((float)p.X, (float)p.Y)).ToList();
        if (op.Closed)
        {
            points.Add(points[0]);
        }

        using var builder = new SKPathBuilder();
        double[] dashes = op.Dashes;
        if (dashes.Length == 0)
        {
            builder.MoveTo(points[0]);
            foreach (var p in points.Skip(1))
            {
                builder.LineTo(p);
            }

            if (op.Closed)
            {
                builder.Close();
            }
        }
        else
        {
            Dash(builder, points, dashes);
        }

        using var path = builder.Detach();
        using var paint = new SKPaint
        {
            Style = SKPaintStyle.Stroke,
            IsAntialias = true,
            Color = standIn,
            StrokeWidth = (float)op.Width,
            StrokeCap = SKStrokeCap.Butt,
            StrokeJoin = SKStrokeJoin.Miter,
        };
        canvas.DrawPath(path, paint);
    }

    /// <summary>Adds the "on" stretches of the pattern along the polyline as subpaths; the pattern runs on round corners.</summary>
    internal static void Dash(SKPathBuilder builder, IReadOnlyList<SKPoint> points, double[] pattern)
    {
        int k = 0;
        double remaining = pattern[0];
        bool on = true;
        builder.MoveTo(points[0]);
        for (int i = 1; i < points.Count; i++)
        {
            SKPoint a = points[i - 1], b = points[i];
            double length = SKPoint.Distance(a, b), t = 0;
            while (length - t > remaining)
            {
                t += remaining;
                var at = new SKPoint((float)(a.X + (b.X - a.X) * t / length), (float)(a.Y + (b.Y - a.Y) * t / length));
                if (on)
                {
                    builder.LineTo(at);
                }
                else
                {
                    builder.MoveTo(at);
                }

                on = !on;
                k = (k + 1) % pattern.Length;
                remaining = pattern[k];
            }

            remaining -= length - t;
            if (on)
            {
                builder.LineTo(b);
            }
        }
    }
}
