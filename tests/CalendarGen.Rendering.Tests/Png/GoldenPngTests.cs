using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Png;
using SkiaSharp;

namespace CalendarGen.Rendering.Tests.Png;

/// <summary>
/// A few small previews compared with reviewed images in Golden/: a pixel counts as different when a channel is off
/// by more than 48, and at most 0.5 % of pixels may differ (anti-aliasing varies a little between Skia builds).
/// On failure the actual image is written next to the expected one as *.actual.png.
/// </summary>
public sealed class GoldenPngTests
{
    private const int ChannelTolerance = 48;
    private const double PixelShare = 0.005;

    [Theory]
    [InlineData("block-trung", 38)]   // Tết 2027, a day off
    [InlineData("desk-tent", 8)]      // July 2027
    [InlineData("wall-poster", 1)]
    public void The_preview_matches_its_reviewed_image(string name, int page)
    {
        byte[] actual = Preview(name, page);
        string expectedPath = Path.Combine(RepositoryRoot.Path, "tests", "CalendarGen.Rendering.Tests", "Golden", $"{name}-2027-p{page}.png");
        string actualPath = Path.ChangeExtension(expectedPath, ".actual.png");
        if (!File.Exists(expectedPath))
        {
            File.WriteAllBytes(actualPath, actual);
            Assert.Fail($"no reviewed image {expectedPath}; the actual one is {actualPath}");
        }

        double share = DifferingShare(File.ReadAllBytes(expectedPath), actual);
        if (share > PixelShare)
        {
            File.WriteAllBytes(actualPath, actual);
        }

        Assert.True(share <= PixelShare, $"{share:P2} of pixels differ from {expectedPath} (actual written to {actualPath})");
    }

    [Fact]
    public void The_comparison_notices_a_different_page()
    {
        Assert.True(DifferingShare(Preview("desk-tent", 8), Preview("desk-tent", 9)) > PixelShare);
    }

    private static byte[] Preview(string name, int page) =>
        PngRenderer.Page(RenderedCalendars.Compose(name, 2027, OutputProfile.Screen).Page(page), 36, showBleed: false, RenderedCalendars.Fonts);

    private static double DifferingShare(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        int differing = 0;
        for (int y = 0; y < actual.Height; y++)
        {
            for (int x = 0; x < actual.Width; x++)
            {
                SKColor a = expected.GetPixel(x, y), b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance || Math.Abs(a.Blue - b.Blue) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }

        return (double)differing / (actual.Width * actual.Height);
    }
}
