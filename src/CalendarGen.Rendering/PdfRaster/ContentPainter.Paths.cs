using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content.Objects;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>Painting and clipping the current path, line style and the ExtGState entries a preview honours
/// (PDF 32000 §8.4–8.5).</summary>
internal sealed partial class ContentPainter
{
    private void SetDash(COperator op)
    {
        if (op.Operands.Count != 2 || op.Operands[0] is not CArray array)
        {
            return;
        }

        float[] intervals = [.. array.OfType<CNumber>().Select(n => n switch { CReal r => (float)r.Value, CInteger i => i.Value, _ => 0f })];
        float phase = op.Operands[1] switch { CReal r => (float)r.Value, CInteger i => i.Value, _ => 0f };
        if (intervals.Length == 0 || intervals.All(x => x <= 0) || intervals.Any(x => x < 0))
        {
            state = state with { Dash = null, DashPhase = 0 };
            return;
        }

        // Skia wants an even count; PDF repeats an odd array (PDF 32000 §8.4.3.6), which doubling gives.
        state = state with { Dash = intervals.Length % 2 == 0 ? intervals : [.. intervals, .. intervals], DashPhase = phase };
    }

    private void ApplyExtGState(PdfDictionary? gs)
    {
        if (gs is null)
        {
            return;
        }

        // Overprint (op, OP, OPM) changes separations, not a composite preview; transparency is counted, not drawn.
        if (PdfItems.Number(gs, "/LW") is { } width)
        {
            state = state with { LineWidth = (float)width };
        }

        if (PdfItems.Number(gs, "/ca") is < 1 || PdfItems.Number(gs, "/CA") is < 1
            || (gs.Elements["/SMask"] is { } mask && PdfItems.Name(mask) != "None"))
        {
            Skip("transparency");
        }
    }

    private void PaintPath(SKPathFillType? fill, bool stroke, bool close)
    {
        if (close)
        {
            path.Close();
        }

        if (fill is { } fillType && state.Fill is { } fillColour)
        {
            path.FillType = fillType;
            using var filled = path.Snapshot();
            fillPaint.Color = fillColour;
            canvas.DrawPath(filled, fillPaint);
        }

        if (stroke && state.Stroke is { } strokeColour)
        {
            using var stroked = path.Snapshot();
            ConfigureStroke(strokeColour);
            canvas.DrawPath(stroked, strokePaint);
            strokePaint.PathEffect?.Dispose();
            strokePaint.PathEffect = null;
        }

        if (pendingClip is { } clipType)
        {
            path.FillType = clipType;
            using var clip = path.Snapshot();
            canvas.ClipPath(clip, SKClipOperation.Intersect, antialias: true);
            pendingClip = null;
        }

        path.Reset();
    }

    private void ConfigureStroke(SKColor colour)
    {
        strokePaint.Color = colour;
        strokePaint.StrokeWidth = state.LineWidth;
        strokePaint.StrokeCap = state.Cap;
        strokePaint.StrokeJoin = state.Join;
        strokePaint.StrokeMiter = state.MiterLimit;
        strokePaint.PathEffect = state.Dash is { } dash ? SKPathEffect.CreateDash(dash, state.DashPhase) : null;
    }
}
