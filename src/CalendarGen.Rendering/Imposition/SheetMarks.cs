using CalendarGen.Templates;
using CalendarGen.Templates.Files;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace CalendarGen.Rendering.Imposition;

/// <summary>
/// What the sheet carries besides the leaves: crop marks outside the grid at every cut, in registration colour
/// (100 % of all four inks, so they print on every plate), and the slug above them in 100 % K.
/// </summary>
internal static class SheetMarks
{
    private const string SlugFamily = "CalendarGen Slug";
    private const double SlugSize = 6;
    private static readonly Lock FontGate = new();
    private static bool fontSet;

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

        EnsureFont();
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

    /// <summary>PDFsharp finds fonts only through a global resolver; the slug uses a shipped font, never a system one.</summary>
    private static void EnsureFont()
    {
        lock (FontGate)
        {
            if (!fontSet)
            {
                GlobalFontSettings.FontResolver ??= new SlugFontResolver();
                fontSet = true;
            }
        }
    }

    private sealed class SlugFontResolver : IFontResolver
    {
        private const string Face = "calendargen-slug";

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            familyName == SlugFamily ? new FontResolverInfo(Face) : null;

        public byte[]? GetFont(string faceName)
        {
            string path = Path.Combine(ShippedFiles.FontsDirectory, "BeVietnamPro_400Regular.ttf");
            return InputFile.TryRead(path, InputKind.Font, out string? problem)
                ?? throw new ImpositionException($"the slug's font {path}: {problem}");
        }
    }
}
