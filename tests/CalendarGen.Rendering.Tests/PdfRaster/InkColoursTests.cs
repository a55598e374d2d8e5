using CalendarGen.Rendering.PdfRaster;

namespace CalendarGen.Rendering.Tests.PdfRaster;

public sealed class InkColoursTests
{
    /// <summary>
    /// Patches as Ghostscript 10 shows them through its default CMYK profile (gs -sDEVICE=ppmraw -r72, one 10 pt square
    /// each), measured once and kept here; the mixes are not the model's own corners, so they test it (the tints also fixed its tone curves).
    /// </summary>
    public static TheoryData<double, double, double, double, int, int, int> Patches => new()
    {
        { 0.85, 0.2, 0.6, 0.1, 6, 139, 119 },
        { 0, 0.3, 1, 0, 253, 185, 19 },
        { 0, 0.05, 0.12, 0, 255, 241, 222 },
        { 0, 1, 1, 0.3, 177, 17, 22 },
        { 0, 0.5, 0.5, 0, 246, 150, 121 },
        { 0.5, 0.5, 0.5, 0, 143, 128, 125 },
        { 0, 0, 0, 0.5, 147, 149, 152 },
        { 0.2, 0.2, 0.2, 0.2, 169, 163, 162 },
        { 0.25, 0, 0, 0, 185, 229, 251 },
        { 0.5, 0, 0, 0, 109, 207, 246 },
        { 0.75, 0, 0, 0, 0, 189, 242 },
        { 0, 0.25, 0, 0, 249, 203, 223 },
        { 0, 0.75, 0, 0, 240, 103, 166 },
        { 0, 0, 0.5, 0, 255, 247, 153 },
    };

    [Theory]
    [MemberData(nameof(Patches))]
    public void A_cmyk_patch_is_near_what_a_ghostscript_proof_shows(double c, double m, double y, double k, int r, int g, int b)
    {
        var colour = InkColours.Cmyk(c, m, y, k);
        int worst = Math.Max(Math.Abs(colour.Red - r), Math.Max(Math.Abs(colour.Green - g), Math.Abs(colour.Blue - b)));
        Assert.True(worst <= 20, $"{c} {m} {y} {k} k: got {colour}, Ghostscript ({r}, {g}, {b})");
    }

    [Fact]
    public void No_ink_is_paper_and_all_inks_are_near_black()
    {
        Assert.Equal(new SkiaSharp.SKColor(255, 255, 255), InkColours.Cmyk(0, 0, 0, 0));
        var registration = InkColours.Cmyk(1, 1, 1, 1);
        Assert.True(registration.Red < 12 && registration.Green < 12 && registration.Blue < 12, registration.ToString());
    }
}
