using CalendarGen.Templates;
using CalendarGen.Templates.Press;
using SkiaSharp;

namespace CalendarGen.Rendering.Imposition;

/// <summary>
/// A picture of the imposition, not of the print: each sheet side as its outline, gripper strip, slots and the leaf
/// number and label each slot carries: what the press checks before plating (which leaf where, where the blanks fall).
/// The placed pages themselves are drawn by previewing the imposed PDF (<see cref="PdfRaster.PdfPreview"/>).
/// </summary>
public static class SheetSketch
{
    private const int Columns = 6;

    /// <summary>Every sheet side as a tile of <paramref name="tileWidth"/> pixels, in print order, on one PNG.</summary>
    public static byte[] ContactSheet(ImposedSheets sheets, double gripperMm, int tileWidth = 360)
    {
        var sides = sheets.Plan.Sheets.SelectMany(s => sheets.Duplex == DuplexMode.None ? [(s, false)] : new[] { (s, false), (s, true) }).ToList();
        double scale = tileWidth / sheets.Geometry.Width;
        int tileHeight = (int)Math.Ceiling(sheets.Geometry.Height * scale) + 18;
        int columns = Math.Min(Columns, sides.Count), rows = (sides.Count + columns - 1) / columns;
        using var surface = SKSurface.Create(new SKImageInfo((columns * (tileWidth + 12)) + 12, (rows * (tileHeight + 12)) + 12, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("cannot create the sketch surface");
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xE8, 0xE8, 0xE8));
        using var typeface = Typeface();
        for (int i = 0; i < sides.Count; i++)
        {
            canvas.Save();
            canvas.Translate(12 + ((i % columns) * (tileWidth + 12)), 12 + ((i / columns) * (tileHeight + 12)));
            DrawSide(canvas, typeface, sheets, sides[i].Item1, sides[i].Item2, scale, gripperMm);
            canvas.Restore();
        }

        return Encode(surface);
    }

    private static void DrawSide(SKCanvas canvas, SKTypeface typeface, ImposedSheets sheets, PlannedSheet sheet, bool back, double scale, double gripperMm)
    {
        var geometry = sheets.Geometry;
        float S(double v) => (float)(v * scale);
        using var caption = new SKFont(typeface, 12);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        string set = sheets.Plan.Sheets[^1].Set > 1 ? $" · set {sheet.Set}" : "";
        canvas.DrawText($"sheet {sheet.Number}/{sheets.Plan.Sheets.Length}{(back ? " back" : sheets.Duplex == DuplexMode.None ? "" : " front")}{set}", 0, 12, SKTextAlign.Left, caption, ink);
        canvas.Translate(0, 18);

        using var paper = new SKPaint { Color = SKColors.White };
        using var strip = new SKPaint { Color = new SKColor(0xC8, 0xC8, 0xC8) };
        using var line = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
        using var filled = new SKPaint { Color = new SKColor(0xFF, 0xF4, 0xD6) };
        using var empty = new SKPaint { Color = new SKColor(0xF0, 0xF0, 0xF0) };
        canvas.DrawRect(0, 0, S(geometry.Width), S(geometry.Height), paper);
        double gripper = SheetGeometry.Points(gripperMm);
        if (back && sheets.Duplex == DuplexMode.Tumble)
        {
            canvas.DrawRect(0, 0, S(geometry.Width), S(gripper), strip);
        }
        else
        {
            canvas.DrawRect(0, S(geometry.Height - gripper), S(geometry.Width), S(gripper), strip);
        }

        canvas.DrawRect(0, 0, S(geometry.Width), S(geometry.Height), line);
        float size = Math.Max(7, S(Math.Min(geometry.Slots[0].Width, geometry.Slots[0].Height)) / 4);
        using var number = new SKFont(typeface, size);
        using var small = new SKFont(typeface, Math.Max(6, size / 3));
        for (int s = 0; s < sheet.Slots.Length; s++)
        {
            var slot = back ? geometry.Slots[s].Behind(sheets.Duplex, geometry.Width, geometry.Height) : geometry.Slots[s];
            var rect = new SKRect(S(slot.X), S(slot.Y), S(slot.Right), S(slot.Bottom));
            int leaf = sheet.Slots[s];
            canvas.DrawRect(rect, leaf < 0 ? empty : filled);
            canvas.DrawRect(rect, line);
            string text = leaf < 0 ? "–" : (leaf + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (back ? "b" : "");
            canvas.DrawText(text, rect.MidX, rect.MidY + (size / 3), SKTextAlign.Center, number, ink);
            if (leaf >= 0 && sheets.Labels[leaf] is { } label)
            {
                canvas.DrawText(label, rect.MidX, rect.MidY + size, SKTextAlign.Center, small, ink);
            }
        }
    }

    private static SKTypeface Typeface() =>
        SKTypeface.FromFile(Path.Combine(ShippedFiles.FontsDirectory, "BeVietnamPro_400Regular.ttf"))
            ?? throw new ImpositionException("the sketch's font (BeVietnamPro_400Regular.ttf) is missing beside calendargen");

    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }
}
