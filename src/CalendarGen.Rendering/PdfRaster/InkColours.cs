using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// Device colours on screen. CMYK goes through the Neugebauer model with Demichel weights (trilinear interpolation
/// between the eight colours that cyan, magenta and yellow make alone and overprinted on paper), each ink's tint first
/// mapped to an effective coverage by a measured tone curve; then black multiplies the result by (1 − k·(1 − s)) per
/// channel, s being solid black's colour. Colours and curves are what Ghostscript 10 shows through its default CMYK
/// profile (default_cmyk.icc) for patches, so a preview looks like a proof from that tool within a few units per
/// channel; it is an approximation, not colour management.
/// </summary>
internal static class InkColours
{
    // sRGB 0–255 of the Neugebauer primaries, indexed by (c ? 1 : 0) | (m ? 2 : 0) | (y ? 4 : 0); measured with
    // gs -sDEVICE=ppmraw -r72 on 100 % patches: paper, C, M, CM, Y, CY, MY, CMY.
    private static readonly double[][] Primaries =
    [
        [255, 255, 255], [0, 174, 239], [236, 0, 140], [46, 48, 146],
        [255, 242, 0], [0, 166, 80], [237, 28, 36], [54, 54, 57],
    ];

    // Effective coverage at tints 0, 25, 50, 75 and 100 %: magenta's and yellow's from their own channel in the same
    // measurements, 1 − (measured − solid) / (paper − solid); cyan's fitted so that the measured tints and mixes of
    // InkColoursTests come within 20 units per channel (5 on average). Cyan's 75 % is outside sRGB, hence its jump.
    private static readonly double[][] ToneCurves =
    [
        [0, 0.275, 0.5, 1, 1],
        [0, 0.204, 0.396, 0.596, 1],
        [0, 0.2, 0.4, 0.627, 1],
    ];

    // Solid black, measured the same way.
    private static readonly double[] Black = [35, 31, 32];

    public static SKColor Gray(double g)
    {
        byte v = Channel(g);
        return new SKColor(v, v, v);
    }

    public static SKColor Rgb(double r, double g, double b) => new(Channel(r), Channel(g), Channel(b));

    public static SKColor Cmyk(double c, double m, double y, double k)
    {
        c = Coverage(0, c);
        m = Coverage(1, m);
        y = Coverage(2, y);
        k = Math.Clamp(k, 0, 1);
        Span<double> rgb = [0, 0, 0];
        for (int corner = 0; corner < 8; corner++)
        {
            double weight = ((corner & 1) != 0 ? c : 1 - c) * ((corner & 2) != 0 ? m : 1 - m) * ((corner & 4) != 0 ? y : 1 - y);
            for (int channel = 0; channel < 3; channel++)
            {
                rgb[channel] += weight * Primaries[corner][channel];
            }
        }

        for (int channel = 0; channel < 3; channel++)
        {
            rgb[channel] = rgb[channel] / 255 * (1 - (k * (1 - (Black[channel] / 255))));
        }

        return Rgb(rgb[0], rgb[1], rgb[2]);
    }

    private static double Coverage(int ink, double tint)
    {
        double position = Math.Clamp(tint, 0, 1) * 4;
        int step = Math.Min(3, (int)position);
        var curve = ToneCurves[ink];
        return curve[step] + ((position - step) * (curve[step + 1] - curve[step]));
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
