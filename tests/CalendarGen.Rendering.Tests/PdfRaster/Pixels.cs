using SkiaSharp;

namespace CalendarGen.Rendering.Tests.PdfRaster;

/// <summary>A decoded PNG as RGB samples, with the comparisons the oracle tests use.</summary>
internal sealed class Pixels
{
    private readonly SKColor[] colours;

    private Pixels(int width, int height, SKColor[] colours)
    {
        Width = width;
        Height = height;
        this.colours = colours;
    }

    public int Width { get; }

    public int Height { get; }

    public SKColor this[int x, int y] => colours[(y * Width) + x];

    public static Pixels Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");
        return new Pixels(bitmap.Width, bitmap.Height, bitmap.Pixels);
    }

    /// <summary>Mean absolute difference per channel (0–255) over the area both images cover.</summary>
    public static double MeanDifference(Pixels a, Pixels b)
    {
        int width = Math.Min(a.Width, b.Width), height = Math.Min(a.Height, b.Height);
        double sum = 0;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                SKColor p = a[x, y], q = b[x, y];
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
            }
        }

        return sum / (3.0 * width * height);
    }

    /// <summary>The largest difference of one channel's mean between the same cell of a <paramref name="cells"/>²
    /// grid laid over each image.</summary>
    public static double WorstCell(Pixels a, Pixels b, int cells)
    {
        double worst = 0;
        for (int row = 0; row < cells; row++)
        {
            for (int column = 0; column < cells; column++)
            {
                var (r1, g1, b1) = a.CellMean(column, row, cells);
                var (r2, g2, b2) = b.CellMean(column, row, cells);
                worst = Math.Max(worst, Math.Max(Math.Abs(r1 - r2), Math.Max(Math.Abs(g1 - g2), Math.Abs(b1 - b2))));
            }
        }

        return worst;
    }

    /// <summary>Mean luminance-like grey (0 black – 255 white) of a region given as fractions of the image.</summary>
    public double MeanGrey(double left, double top, double right, double bottom)
    {
        int x0 = (int)(left * Width), x1 = (int)(right * Width), y0 = (int)(top * Height), y1 = (int)(bottom * Height);
        double sum = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = x0; x < x1; x++)
            {
                var p = this[x, y];
                sum += (p.Red + p.Green + p.Blue) / 3.0;
            }
        }

        return sum / ((x1 - x0) * (y1 - y0));
    }

    private (double R, double G, double B) CellMean(int column, int row, int cells)
    {
        int x0 = column * Width / cells, x1 = (column + 1) * Width / cells, y0 = row * Height / cells, y1 = (row + 1) * Height / cells;
        double r = 0, g = 0, b = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = x0; x < x1; x++)
            {
                var p = this[x, y];
                r += p.Red;
                g += p.Green;
                b += p.Blue;
            }
        }

        double n = Math.Max(1, (x1 - x0) * (y1 - y0));
        return (r / n, g / n, b / n);
    }
}
