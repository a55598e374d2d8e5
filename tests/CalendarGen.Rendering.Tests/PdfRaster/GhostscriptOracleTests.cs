using CalendarGen.Layout.Document;
using CalendarGen.Rendering.PdfRaster;
using CalendarGen.Rendering.Tests.Imposition;

namespace CalendarGen.Rendering.Tests.PdfRaster;

/// <summary>
/// The rasteriser against an independent one: Ghostscript draws the same page at the same resolution and the two PNGs
/// are compared. Both anti-alias, but differently, and CMYK is shown by different models (ours: the ink model of
/// <c>InkColours</c>; Ghostscript: its default ICC profile), so pixels differ along every edge and slightly in every
/// ink colour. The thresholds are set from that: the three pages below differ by a mean of 1.8–2.7 units per channel
/// and at most 8–18 in one cell, while another day's leaf (the same layout, other text) differs by 11.4 and 157
/// (<see cref="A_wrong_page_is_far_from_the_oracle"/>), so a page missing its text, a leaf or a colour fails.
/// </summary>
public sealed class GhostscriptOracleTests
{
    private const int Dpi = 50;

    /// <summary>Mean absolute difference per channel, 0–255, over the whole page.</summary>
    private const double MaxMeanDifference = 5;

    /// <summary>Largest difference of a channel's mean in any cell of a 16 × 16 grid.</summary>
    private const double MaxCellDifference = 30;

    public static TheoryData<string, int> Pages => new()
    {
        { "block-dai", 212 },
        { "wall-13", 8 },
        { "imposed", 1 },
    };

    private static byte[] Pdf(string name) => name == "imposed" ? ImposedBlock.Result.Pdf : RenderedCalendars.Pdf(name, 2027, OutputProfile.Press);

    internal static Pixels Ours(byte[] pdf, int page, int dpi = Dpi)
    {
        using var preview = PdfPreview.Open(pdf);
        return Pixels.Decode(preview.Page(page, dpi, PreviewBox.Media).Png);
    }

    internal static Pixels Ghostscript(byte[] pdf, int page, int dpi = Dpi)
    {
        using var temp = new TempFolder("calendargen-oracle-");
        string input = Path.Combine(temp.Path, "in.pdf"), output = Path.Combine(temp.Path, "out.png");
        File.WriteAllBytes(input, pdf);
        var (exit, text) = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", $"-r{dpi}",
            "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", $"-dFirstPage={page}", $"-dLastPage={page}", $"-sOutputFile={output}", input);
        Assert.True(exit == 0, text);
        return Pixels.Decode(File.ReadAllBytes(output));
    }

    [TheoryNeeds("gs")]
    [MemberData(nameof(Pages))]
    public void A_page_looks_like_ghostscripts_rendering_of_it(string name, int page)
    {
        byte[] pdf = Pdf(name);
        var ours = Ours(pdf, page);
        var oracle = Ghostscript(pdf, page);
        Assert.InRange(ours.Width - oracle.Width, -1, 1);
        Assert.InRange(ours.Height - oracle.Height, -1, 1);
        double mean = Pixels.MeanDifference(ours, oracle), cell = Pixels.WorstCell(ours, oracle, 16);
        Assert.True(mean < MaxMeanDifference && cell < MaxCellDifference, $"{name} p{page}: mean difference {mean:0.00}, worst cell {cell:0.0}");
    }

    [FactNeeds("gs")]
    public void The_big_day_number_is_drawn_dark_in_both()
    {
        // block-dai's 30/7 page: the day number fills the middle of the upper half (at the trim, inside the bleed).
        byte[] pdf = Pdf("block-dai");
        foreach (var pixels in new[] { Ours(pdf, 212), Ghostscript(pdf, 212) })
        {
            Assert.InRange(pixels.MeanGrey(0.30, 0.26, 0.70, 0.40), 0, 150);
            Assert.InRange(pixels.MeanGrey(0.30, 0.08, 0.70, 0.12), 200, 255);
        }
    }

    [FactNeeds("gs")]
    public void A_wrong_page_is_far_from_the_oracle()
    {
        // The thresholds must be able to fail: another day's leaf on the same layout breaks them.
        byte[] pdf = Pdf("block-dai");
        var other = Ours(pdf, 213);
        var oracle = Ghostscript(pdf, 212);
        double mean = Pixels.MeanDifference(other, oracle), cell = Pixels.WorstCell(other, oracle, 16);
        Assert.False(mean < MaxMeanDifference && cell < MaxCellDifference, $"mean difference {mean:0.00}, worst cell {cell:0.0}");
    }
}
