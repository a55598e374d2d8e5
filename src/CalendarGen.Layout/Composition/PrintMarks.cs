using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>
/// Marks outside the bleed: crop marks (0.25 pt hairlines, 10 mm long, starting at the bleed distance from the trim
/// corner), and for proofs registration targets, a CMYK colour bar and the slug line.
/// </summary>
internal static class PrintMarks
{
    /// <summary>All four inks: marks must print on every plate.</summary>
    public static readonly PaletteColor Registration = new("registration", new Cmyk(100, 100, 100, 100), new Rgb(0, 0, 0));

    /// <summary>The proof watermark: a light magenta tint.</summary>
    public static readonly PaletteColor ProofTint = new("proof-tint", new Cmyk(0, 25, 0, 0), new Rgb(247, 206, 226));

    private static readonly PaletteColor[] Bar =
    [
        new("bar-c", new Cmyk(100, 0, 0, 0), new Rgb(0, 158, 224)),
        new("bar-m", new Cmyk(0, 100, 0, 0), new Rgb(226, 0, 122)),
        new("bar-y", new Cmyk(0, 0, 100, 0), new Rgb(255, 237, 0)),
        new("bar-k", new Cmyk(0, 0, 0, 100), new Rgb(30, 30, 30)),
        new("bar-c50", new Cmyk(50, 0, 0, 0), new Rgb(128, 206, 240)),
        new("bar-m50", new Cmyk(0, 50, 0, 0), new Rgb(240, 128, 188)),
        new("bar-y50", new Cmyk(0, 0, 50, 0), new Rgb(255, 246, 128)),
        new("bar-k50", new Cmyk(0, 0, 0, 50), new Rgb(155, 155, 155)),
        new("bar-cmy", new Cmyk(100, 100, 100, 0), new Rgb(35, 31, 32)),
    ];

    public const double HairLine = 0.25;

    public static IEnumerable<DrawOp> CropMarks(PtBox trim, double bleed)
    {
        double offset = bleed, length = Units.Pt(10);
        foreach (double x in new[] { trim.X, trim.Right })
        {
            foreach (double y in new[] { trim.Y, trim.Bottom })
            {
                double sx = x == trim.X ? -1 : 1, sy = y == trim.Y ? -1 : 1;
                yield return new LineOp(x + sx * offset, y, x + sx * (offset + length), y, Registration, HairLine);
                yield return new LineOp(x, y + sy * offset, x, y + sy * (offset + length), Registration, HairLine);
            }
        }
    }

    public static IEnumerable<DrawOp> RegistrationTargets(PtBox trim, double bleed)
    {
        double r = Units.Pt(2.5), d = bleed + Units.Pt(5);
        (double X, double Y)[] centres =
        [
            (trim.X + trim.Width / 2, trim.Y - d), (trim.X + trim.Width / 2, trim.Bottom + d),
            (trim.X - d, trim.Y + trim.Height / 2), (trim.Right + d, trim.Y + trim.Height / 2),
        ];
        foreach (var (x, y) in centres)
        {
            yield return new CircleOp(x, y, r, Registration, HairLine);
            yield return new LineOp(x - 1.6 * r, y, x + 1.6 * r, y, Registration, HairLine);
            yield return new LineOp(x, y - 1.6 * r, x, y + 1.6 * r, Registration, HairLine);
        }
    }

    /// <summary>The colour bar, above the trim at the left, outside the bleed and clear of the crop marks.</summary>
    public static IEnumerable<DrawOp> ColorBar(PtBox trim, double bleed)
    {
        double size = Units.Pt(4);
        double x = trim.X + Units.Pt(12), y = trim.Y - bleed - Units.Pt(9);
        foreach (var color in Bar)
        {
            yield return new RectOp(new PtBox(x, y, size, size), color, null, 0);
            x += size;
        }
    }

    public static IEnumerable<PaletteColor> Colors => Bar.Append(Registration).Append(ProofTint);
}
