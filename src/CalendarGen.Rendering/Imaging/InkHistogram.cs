namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// Total ink (C+M+Y+K) of CMYK samples, gathered band by band: the 99.9th percentile (what the check compares, so that
/// a few stray pixels — sensor noise, a JPEG ringing edge — do not fail a photo) and the maximum (reported beside it).
/// </summary>
internal sealed class InkHistogram
{
    private readonly long[] counts = new long[(4 * 255) + 1];
    private long pixels;

    /// <summary>Adds interleaved 8-bit CMYK samples (0 = no ink).</summary>
    public void Add(byte[] cmyk)
    {
        for (int i = 0; i + 3 < cmyk.Length; i += 4)
        {
            counts[cmyk[i] + cmyk[i + 1] + cmyk[i + 2] + cmyk[i + 3]]++;
        }

        pixels += cmyk.Length / 4;
    }

    /// <summary>The total ink, in percent, that 99.9 % of the pixels stay at or below.</summary>
    public double Percentile => Level(pixels - (long)Math.Ceiling(pixels * 0.999));

    /// <summary>The highest total ink of any pixel, in percent.</summary>
    public double Max => Level(0);

    /// <summary>The ink of the pixel with <paramref name="above"/> pixels inkier than it.</summary>
    private double Level(long above)
    {
        long seen = 0;
        for (int sum = counts.Length - 1; sum >= 0; sum--)
        {
            seen += counts[sum];
            if (seen > above)
            {
                return sum * 100.0 / 255;
            }
        }

        return 0;
    }
}
