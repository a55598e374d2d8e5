using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// Runs a page's content stream onto a Skia canvas (PDF 32000 §8–9): paths, fills and strokes, clipping, device and
/// simple colour spaces, text in embedded TrueType fonts, form XObjects (matrix, BBox clip, own resources) and
/// images. The canvas keeps the transformation matrix and clip, saved and restored with q/Q; the rest of the
/// graphics state is a <see cref="PaintState"/>. What it does not draw (shadings, patterns, transparency groups, odd
/// images and fonts) is skipped and counted by kind in <see cref="Skipped"/>; caps keep a hostile file bounded.
/// </summary>
internal sealed partial class ContentPainter(SKCanvas canvas, DocumentResources documentResources) : IDisposable
{
    private readonly Stack<PaintState> saved = new();
    private readonly HashSet<PdfDictionary> formsOnStack = new(ReferenceEqualityComparer.Instance);
    private readonly SKPaint fillPaint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint strokePaint = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private SKPathBuilder path = new();
    private SKPoint current;
    private SKPathFillType? pendingClip;
    private PaintState state = new();
    private int operators;

    /// <summary>What was not drawn, by kind, with how many times.</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public void Paint(byte[] content, PdfDictionary? resources)
    {
        Run(Parse(content, "the page"), resources, 0);
    }

    public void Dispose()
    {
        fillPaint.Dispose();
        strokePaint.Dispose();
        path.Dispose();
    }

    private static CSequence Parse(byte[] content, string what)
    {
        try
        {
            return ContentReader.ReadContent(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PdfPreviewException($"the content of {what} cannot be read ({e.Message})");
        }
    }

    private void Skip(string what) => Skipped[what] = Skipped.GetValueOrDefault(what) + 1;

    private void Run(CSequence content, PdfDictionary? resources, int depth)
    {
        int savedDepth = saved.Count;
        foreach (var item in content)
        {
            if (item is not COperator op)
            {
                continue;
            }

            if (++operators > RasterLimits.MaxOperators)
            {
                throw new PdfPreviewException($"the page runs more than {RasterLimits.MaxOperators:N0} drawing operators");
            }

            Apply(op, Numbers(op), resources, depth);
        }

        // An unbalanced q leaves its state behind; restore so the caller's state and canvas are what they were.
        while (saved.Count > savedDepth)
        {
            state = saved.Pop();
            canvas.Restore();
        }
    }

    private static float[] Numbers(COperator op)
    {
        var operands = op.Operands;
        var values = new float[operands.Count];
        int n = 0;
        foreach (var o in operands)
        {
            if (o is CReal r)
            {
                values[n++] = (float)r.Value;
            }
            else if (o is CInteger i)
            {
                values[n++] = i.Value;
            }
        }

        return n == values.Length ? values : values[..n];
    }

    private void Apply(COperator op, float[] v, PdfDictionary? resources, int depth)
    {
        switch (op.OpCode.OpCodeName)
        {
            case OpCodeName.q:
                saved.Push(state);
                canvas.Save();
                break;
            case OpCodeName.Q when saved.Count > 0:
                state = saved.Pop();
                canvas.Restore();
                break;
            case OpCodeName.cm when v.Length == 6:
                var matrix = Matrix(v);
                canvas.Concat(in matrix);
                break;
            case OpCodeName.m when v.Length == 2:
                path.MoveTo(v[0], v[1]);
                current = new SKPoint(v[0], v[1]);
                break;
            case OpCodeName.l when v.Length == 2:
                path.LineTo(v[0], v[1]);
                current = new SKPoint(v[0], v[1]);
                break;
            case OpCodeName.c when v.Length == 6:
                path.CubicTo(v[0], v[1], v[2], v[3], v[4], v[5]);
                current = new SKPoint(v[4], v[5]);
                break;
            case OpCodeName.v when v.Length == 4:
                path.CubicTo(current.X, current.Y, v[0], v[1], v[2], v[3]);
                current = new SKPoint(v[2], v[3]);
                break;
            case OpCodeName.y when v.Length == 4:
                path.CubicTo(v[0], v[1], v[2], v[3], v[2], v[3]);
                current = new SKPoint(v[2], v[3]);
                break;
            case OpCodeName.h:
                path.Close();
                break;
            case OpCodeName.re when v.Length == 4:
                path.MoveTo(v[0], v[1]);
                path.LineTo(v[0] + v[2], v[1]);
                path.LineTo(v[0] + v[2], v[1] + v[3]);
                path.LineTo(v[0], v[1] + v[3]);
                path.Close();
                current = new SKPoint(v[0], v[1]);
                break;
            case OpCodeName.f or OpCodeName.F:
                PaintPath(SKPathFillType.Winding, stroke: false, close: false);
                break;
            case OpCodeName.fx:
                PaintPath(SKPathFillType.EvenOdd, stroke: false, close: false);
                break;
            case OpCodeName.S:
                PaintPath(null, stroke: true, close: false);
                break;
            case OpCodeName.s:
                PaintPath(null, stroke: true, close: true);
                break;
            case OpCodeName.B:
                PaintPath(SKPathFillType.Winding, stroke: true, close: false);
                break;
            case OpCodeName.Bx:
                PaintPath(SKPathFillType.EvenOdd, stroke: true, close: false);
                break;
            case OpCodeName.b:
                PaintPath(SKPathFillType.Winding, stroke: true, close: true);
                break;
            case OpCodeName.bx:
                PaintPath(SKPathFillType.EvenOdd, stroke: true, close: true);
                break;
            case OpCodeName.n:
                PaintPath(null, stroke: false, close: false);
                break;
            case OpCodeName.W:
                pendingClip = SKPathFillType.Winding;
                break;
            case OpCodeName.Wx:
                pendingClip = SKPathFillType.EvenOdd;
                break;
            case OpCodeName.w when v.Length == 1:
                state = state with { LineWidth = v[0] };
                break;
            case OpCodeName.J when v.Length == 1:
                state = state with { Cap = v[0] switch { 1 => SKStrokeCap.Round, 2 => SKStrokeCap.Square, _ => SKStrokeCap.Butt } };
                break;
            case OpCodeName.j when v.Length == 1:
                state = state with { Join = v[0] switch { 1 => SKStrokeJoin.Round, 2 => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter } };
                break;
            case OpCodeName.M when v.Length == 1:
                state = state with { MiterLimit = v[0] };
                break;
            case OpCodeName.d:
                SetDash(op);
                break;
            case OpCodeName.gs when op.Operands.FirstOrDefault() is CName gs:
                ApplyExtGState(PdfItems.Dictionary(PdfItems.Dictionary(resources, "/ExtGState"), gs.Name));
                break;
            case OpCodeName.g or OpCodeName.rg or OpCodeName.k:
                var fillSpace = v.Length switch { 1 => ColourSpace.DeviceGray, 3 => ColourSpace.DeviceRgb, _ => ColourSpace.DeviceCmyk };
                state = state with { FillSpace = fillSpace, Fill = fillSpace.Colour(v.Select(x => (double)x).ToArray()) };
                break;
            case OpCodeName.G or OpCodeName.RG or OpCodeName.K:
                var strokeSpace = v.Length switch { 1 => ColourSpace.DeviceGray, 3 => ColourSpace.DeviceRgb, _ => ColourSpace.DeviceCmyk };
                state = state with { StrokeSpace = strokeSpace, Stroke = strokeSpace.Colour(v.Select(x => (double)x).ToArray()) };
                break;
            case OpCodeName.cs or OpCodeName.CS when op.Operands.FirstOrDefault() is CName name:
                SetSpace(ColourSpace.Resolve(new PdfName(name.Name), resources), stroke: op.OpCode.OpCodeName == OpCodeName.CS);
                break;
            case OpCodeName.sc or OpCodeName.scn:
                state = state with { Fill = Colour(state.FillSpace, v, op) };
                break;
            case OpCodeName.SC or OpCodeName.SCN:
                state = state with { Stroke = Colour(state.StrokeSpace, v, op) };
                break;
            case OpCodeName.Do when op.Operands.FirstOrDefault() is CName xobject:
                Draw(PdfItems.Dictionary(PdfItems.Dictionary(resources, "/XObject"), xobject.Name), resources, depth);
                break;
            case OpCodeName.sh:
                Skip("shading");
                break;
            case OpCodeName.BI:
                Skip("inline image");
                break;
            default:
                ApplyText(op, v, resources);
                break;
        }
    }

    private static SKMatrix Matrix(ReadOnlySpan<float> m) => new(m[0], m[2], m[4], m[1], m[3], m[5], 0, 0, 1);

    private SKColor? Colour(ColourSpace space, float[] values, COperator op)
    {
        if (space.Unsupported || op.Operands.LastOrDefault() is CName)
        {
            Skip("colour space");
            return null;
        }

        return space.Colour(values.Select(x => (double)x).ToArray());
    }

    private void SetSpace(ColourSpace space, bool stroke)
    {
        if (space.Unsupported)
        {
            Skip("colour space");
        }

        var initial = space.Colour(space.Initial);
        state = stroke ? state with { StrokeSpace = space, Stroke = initial } : state with { FillSpace = space, Fill = initial };
    }
}
