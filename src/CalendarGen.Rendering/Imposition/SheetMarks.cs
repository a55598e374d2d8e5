using CalendarGen.Rendering.Fonts;
using PdfSharp.Drawing;

namespace CalendarGen.Rendering.Imposition;

/// <summary>
/// What the sheet carries besides the leaves: crop marks outside the grid at every cut, in registration colour
/// (100 % of all four inks, so they print on every plate), and the slug above them in 100 % K.
/// </summary>
internal static class SheetMarks
{
    // PDFsharp finds fonts only through its one global resolver: the slug uses a shipped font, never a system one.
    private const string SlugFamily = ShippedFontResolver.Family;
    private const double SlugSize = 6;

    public static void Draw(XGraphics gfx, SheetGeometry geometry, IReadOnlyList<SheetRect> trims, IReadOnlyList<string> slug)
    {
        var pen = new XPen(XColor.FromCmyk(1, 1, 1, 1), 0.25);
        var grid = geometry.Grid;
        double near = SheetGeometry.MarkOffset, far = SheetGeometry.MarkOffset + SheetGeometry.MarkLength;
        foreach (double x in Distinct(trims.SelectMany(t => new[] { t.X, t.Right })))
        {
            gfx.DrawLine(pen, x, grid.Y - far, x, grid.Y - near);
            gfx.DrawLine(pen, x, grid.Bottom + near, x, grid.Bottom + far);
        }

        foreach (double y in Distinct(trims.SelectMany(t => new[] { t.Y, t.Bottom })))
        {
            gfx.DrawLine(pen, grid.X - far, y, grid.X - near, y);
            gfx.DrawLine(pen, grid.Right + near, y, grid.Right + far, y);
        }

        ShippedFontResolver.Install();
        var font = new XFont(SlugFamily, SlugSize, XFontStyleEx.Regular, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
        var ink = new XSolidBrush(XColor.FromCmyk(0, 0, 0, 1));
        for (int i = 0; i < slug.Count; i++)
        {
            gfx.DrawString(slug[i], font, ink, grid.X, geometry.SlugTop + ((i + 1) * SlugSize * 1.4));
        }
    }

    /// <summary>Cut positions, each once (two leaves sharing a cut give one mark).</summary>
    private static IEnumerable<double> Distinct(IEnumerable<double> positions)
    {
        double? last = null;
        foreach (double p in positions.Order())
        {
            if (last is null || p - last.Value > 0.01)
            {
                yield return p;
                last = p;
            }
        }
    }
}
