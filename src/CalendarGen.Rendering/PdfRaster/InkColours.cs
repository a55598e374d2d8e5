using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// Device colours on screen. CMYK uses a multiplicative ink model: each ink at coverage t keeps (1 − t·(1 − s)) of
/// each sRGB channel, where s is that solid ink's own sRGB colour, so overprinted inks darken as inks do. The solid
/// colours are those Ghostscript 10 shows for 100 % C, M, Y and K through its default CMYK profile (default_cmyk.icc),
/// which makes a preview look like a proof from that tool within a few percent; it is an approximation, not colour
/// management.
/// </summary>
internal static class InkColours
{
    // Solid ink colours, sRGB 0–255: cyan, magenta, yellow, black (measured with gs -sDEVICE=ppmraw on 100 % patches).
    private static readonly double[][] Solids =
    [
        [0 / 255.0, 174 / 255.0, 239 / 255.0],
        [236 / 255.0, 0 / 255.0, 140 / 255.0],
        [255 / 255.0, 242 / 255.0, 0 / 255.0],
        [35 / 255.0, 31 / 255.0, 32 / 255.0],
    ];

    public static SKColor Gray(double g)
    {
        byte v = Channel(g);
        return new SKColor(v, v, v);
    }

    public static SKColor Rgb(double r, double g, double b) => new(Channel(r), Channel(g), Channel(b));

    public static SKColor Cmyk(double c, double m, double y, double k)
    {
        Span<double> rgb = [1, 1, 1];
        ReadOnlySpan<double> inks = [c, m, y, k];
        for (int i = 0; i < 4; i++)
        {
            double t = Math.Clamp(inks[i], 0, 1);
            for (int channel = 0; channel < 3; channel++)
            {
                rgb[channel] *= 1 - (t * (1 - Solids[i][channel]));
            }
        }

        return Rgb(rgb[0], rgb[1], rgb[2]);
    }

    /// <summary>Colour from 1, 3 or 4 device components (gray, RGB, CMYK); null for other counts.</summary>
    public static SKColor? Device(ReadOnlySpan<double> values) => values.Length switch
    {
        1 => Gray(values[0]),
        3 => Rgb(values[0], values[1], values[2]),
        4 => Cmyk(values[0], values[1], values[2], values[3]),
        _ => null,
    };

    private static byte Channel(double v) => (byte)Math.Round(Math.Clamp(v, 0, 1) * 255);
}
