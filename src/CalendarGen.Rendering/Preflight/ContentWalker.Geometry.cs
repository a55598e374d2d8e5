using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content.Objects;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Where things are painted: path bounds through the CTM and the clip, the text matrices, the filled areas in
/// painting order (for text reversed out of a background) and how far art reaches past each trim edge (for bleed).
/// Bounds are rectangles around paths (curves by their control points), so a round shape counts as its box: the
/// checks built on them are approximations that err towards reporting, and they are warnings unless certain. Text
/// is placed by where its line starts (glyph widths are not measured), so it is not counted as art for bleed.
/// </summary>
internal sealed partial class ContentWalker
{
    /// <summary>The bleed a press needs past the trim: 3 mm.</summary>
    private const double NeededBleed = 3 * 72 / 25.4;

    /// <summary>How close to a trim edge art must come to "reach" it, and how little past it counts as none.</summary>
    private const double EdgeTolerance = 0.5;

    private readonly List<(Rect Box, int Inks)> filled = [];
    private readonly double[] reach = [double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity];
    private Rect? path;
    private bool pendingClip;
    private Rect? trim;
    private Rect? bleed;

    private void SetBoxes(PdfPage pdfPage)
    {
        var media = PdfItems.Box(pdfPage, "/MediaBox") ?? PdfItems.Box(PdfItems.Dictionary(pdfPage, "/Parent"), "/MediaBox");
        var crop = PdfItems.Box(pdfPage, "/CropBox") ?? media;
        var bleedBox = PdfItems.Box(pdfPage, "/BleedBox") ?? crop;
        var trimBox = PdfItems.Box(pdfPage, "/TrimBox") ?? PdfItems.Box(pdfPage, "/ArtBox");
        trim = trimBox is { } t ? Rect.Of(t) : null;
        bleed = bleedBox is { } b ? Rect.Of(b) : trim;
    }

    private void PathOperator(COperator op)
    {
        var v = Numbers(op);
        switch (op.OpCode.OpCodeName)
        {
            case OpCodeName.m when v.Length == 2:
                AddPoint(v[0], v[1]);
                break;
            case OpCodeName.l when v.Length == 2:
                AddPoint(v[0], v[1]);
                break;
            case OpCodeName.c when v.Length == 6:
                AddPoint(v[0], v[1]);
                AddPoint(v[2], v[3]);
                AddPoint(v[4], v[5]);
                break;
            case OpCodeName.v or OpCodeName.y when v.Length == 4:
                AddPoint(v[0], v[1]);
                AddPoint(v[2], v[3]);
                break;
            case OpCodeName.re when v.Length == 4:
                var box = state.Ctm.Bounds(Math.Min(v[0], v[0] + v[2]), Math.Min(v[1], v[1] + v[3]), Math.Max(v[0], v[0] + v[2]), Math.Max(v[1], v[1] + v[3]));
                path = path is { } p ? p.Union(box) : box;
                break;
        }
    }

    private void AddPoint(double x, double y)
    {
        var (px, py) = state.Ctm.Apply(x, y);
        var point = new Rect(px, py, px, py);
        path = path is { } p ? p.Union(point) : point;
    }

    /// <summary>Ends the current path: paints it (fill and/or stroke), then applies a pending clip (W … n).</summary>
    private void EndPath(bool fill, bool stroke)
    {
        if (path is { } p)
        {
            if (stroke)
            {
                var box = p.Inflate(state.LineWidth * state.Scale / 2);
                Painted(box, Inks(state.StrokeSpace, state.Stroke), fill: false, art: !IsFinishing(state.StrokeSpace));
            }

            if (fill)
            {
                Painted(p, Inks(state.FillSpace, state.Fill), fill: true, art: !IsFinishing(state.FillSpace));
            }

            if (pendingClip)
            {
                state = state with { Clip = state.Clip is { } c ? c.Intersect(p) : p };
            }
        }

        path = null;
        pendingClip = false;
    }

    /// <summary>
    /// A Separation colour is taken for a finishing line (a "CutContour" or "Die" stroke on the trim), not printed art:
    /// it needs no bleed.
    /// </summary>
    private static bool IsFinishing(string space) => space.StartsWith("Separation/", StringComparison.Ordinal);

    /// <summary>
    /// Records an area painted with <paramref name="inks"/> inks (0 for white/paper): fills for reversed text, and
    /// <paramref name="art"/> for bleed.
    /// </summary>
    private void Painted(Rect box, int inks, bool fill, bool art = true)
    {
        if (state.Clip is { } clip)
        {
            box = box.Intersect(clip);
        }

        // Clipped away (a line of no width still counts).
        if (box.X1 < box.X0 || box.Y1 < box.Y0)
        {
            return;
        }

        if (fill)
        {
            filled.Add((box, inks));
        }

        if (art && inks > 0 && trim is { } t)
        {
            // Only art inside the trim that comes to its edge; marks in the slug do not touch the trim's interior.
            if (box.X0 < t.X1 - EdgeTolerance && box.X1 > t.X0 + EdgeTolerance && box.Y0 < t.Y1 - EdgeTolerance && box.Y1 > t.Y0 + EdgeTolerance)
            {
                Reach(0, t.X0 - box.X0);
                Reach(1, t.Y0 - box.Y0);
                Reach(2, box.X1 - t.X1);
                Reach(3, box.Y1 - t.Y1);
            }
        }
    }

    private void Reach(int side, double past)
    {
        if (past >= -EdgeTolerance)
        {
            reach[side] = Math.Max(reach[side], past);
        }
    }

    /// <summary>An image fills the unit square of the CTM: a stencil mask with the fill colour, else as many inks as its colour space has.</summary>
    private void PaintedImage(string family)
    {
        int inks = family switch
        {
            "ImageMask" => Inks(state.FillSpace, state.Fill),
            "DeviceGray" or "Indexed/DeviceGray" => 1,
            _ when PdfItems.IsSpot(family) => 1,
            _ => 2,
        };
        Painted(state.Ctm.Bounds(0, 0, 1, 1), inks, fill: true);
    }

    /// <summary>How many inks a colour prints with: 0 for paper white, 1 for black or a tint of one ink, more for builds.</summary>
    private static int Inks(string space, double[] colour) => space switch
    {
        "DeviceCMYK" when colour.Length == 4 => colour.Count(c => c > 0.001),
        "DeviceGray" when colour.Length == 1 => colour[0] < 0.999 ? 1 : 0,
        "DeviceRGB" when colour.Length == 3 => colour.All(c => c >= 0.999) ? 0 : 3,
        _ when PdfItems.IsSpot(space) => Math.Max(colour.Count(c => c > 0.001), 0),
        _ => 1,
    };

    /// <summary>
    /// After the page: each trim edge that art reaches must have art 3 mm past it, inside the BleedBox. None at all is an
    /// error (a white edge is certain once the guillotine strays); some but under 3 mm is a warning (a careful cut may
    /// hold, most houses ask 3 mm).
    /// </summary>
    private void CheckBleed()
    {
        if (trim is not { } t)
        {
            return;
        }

        var b = bleed ?? t;
        double[] available = [t.X0 - b.X0, t.Y0 - b.Y0, b.X1 - t.X1, b.Y1 - t.Y1];
        string[] sides = ["left", "bottom", "right", "top"];
        string[] sidesVi = ["trái", "dưới", "phải", "trên"];
        for (int side = 0; side < 4; side++)
        {
            if (double.IsNegativeInfinity(reach[side]))
            {
                continue;
            }

            sink.Checked();
            double past = Math.Max(0, Math.Min(reach[side], available[side]));
            string mm = (past * 25.4 / 72).ToString("0.#", CultureInfo.InvariantCulture);
            string box = (Math.Max(0, available[side]) * 25.4 / 72).ToString("0.#", CultureInfo.InvariantCulture);
            if (past < EdgeTolerance)
            {
                sink.Error("bleed", page, $"{sides[side]} trim edge", $"art reaches the {sides[side]} trim edge and stops there (BleedBox {box} mm past it): it needs 3 mm of bleed",
                    $"hình chạm mép xén {sidesVi[side]} và dừng ở đó (BleedBox {box} mm): cần 3 mm tràn lề");
            }
            else if (past < NeededBleed - 0.05)
            {
                sink.Warning("bleed", page, $"{sides[side]} trim edge", $"art reaches the {sides[side]} trim edge but runs only {mm} mm past it (BleedBox {box} mm): 3 mm of bleed are needed",
                    $"hình chạm mép xén {sidesVi[side]} nhưng chỉ tràn {mm} mm (BleedBox {box} mm): cần 3 mm tràn lề");
            }
        }
    }
}
