using CalendarGen.Rendering.Preflight;
using NodaTime;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>
/// The checks that need to know where things are painted: small text in several inks or reversed, and bleed where
/// art reaches the trim. PDFsharp draws top-down with its own matrices, so the CTM is exercised too.
/// </summary>
public sealed class PreflightGeometryTests
{
    private static readonly string[] Annotations = [ForeignCalendarPdf.Annotation1, ForeignCalendarPdf.Annotation2];

    /// <summary>3 mm in points.</summary>
    private const double Bleed = 3 * 72 / 25.4;

    private static PreflightReport Check(ForeignCalendarPdf pdf) => Preflighter.Run(pdf.Bytes(), null, Annotations);

    private static ForeignCalendarPdf Page() => new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3));

    [Fact]
    public void Text_under_8_pt_in_two_inks_is_a_warning_and_in_one_ink_or_at_9_pt_is_not()
    {
        var red = Check(Page().Draw(g => g.DrawString("Chủ nhật", ForeignCalendarPdf.Font(6), ForeignCalendarPdf.Brush(0, 1, 1, 0), 40, 560)));
        var clean = Check(Page().Draw(g =>
        {
            g.DrawString("Chủ nhật", ForeignCalendarPdf.Font(6), ForeignCalendarPdf.Brush(0, 1, 0, 0), 40, 560);
            g.DrawString("Chủ nhật", ForeignCalendarPdf.Font(9), ForeignCalendarPdf.Brush(0, 1, 1, 0), 40, 580);
        }));

        var finding = Assert.Single(red.Findings);
        Assert.Equal(("small-text-inks", PreflightSeverity.Warning, 1), (finding.Rule, finding.Severity, finding.Page));
        Assert.Contains("6 pt text in 2 inks (0 1 1 0)", finding.Message, StringComparison.Ordinal);
        Assert.Empty(clean.Findings);
    }

    [Fact]
    public void The_size_that_counts_is_the_placed_size_through_the_transformation_matrix()
    {
        var report = Check(Page().Draw(g =>
        {
            g.ScaleTransform(0.5);
            g.DrawString("12 pt at half size", ForeignCalendarPdf.Font(12), ForeignCalendarPdf.Brush(1, 0, 0, 0.4), 80, 1100);
        }));

        Assert.Contains("6 pt text in 2 inks", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_white_text_on_a_fill_of_three_inks_is_reversed_and_on_solid_black_or_large_it_is_not()
    {
        var reversed = Check(Page().Draw(g =>
        {
            g.DrawRectangle(ForeignCalendarPdf.Brush(1, 0.5, 0, 0.2), 30, 540, 200, 40);
            g.DrawString("Ngày Quốc tế Phụ nữ", ForeignCalendarPdf.Font(6), ForeignCalendarPdf.Brush(0, 0, 0, 0), 40, 560);
        }));
        var clean = Check(Page().Draw(g =>
        {
            g.DrawRectangle(ForeignCalendarPdf.Brush(0, 0, 0, 1), 30, 540, 200, 40);
            g.DrawString("Ngày Quốc tế Phụ nữ", ForeignCalendarPdf.Font(6), ForeignCalendarPdf.Brush(0, 0, 0, 0), 40, 560);
            g.DrawRectangle(ForeignCalendarPdf.Brush(1, 0.5, 0, 0.2), 230, 540, 150, 40);
            g.DrawString("Phụ nữ", ForeignCalendarPdf.Font(14), ForeignCalendarPdf.Brush(0, 0, 0, 0), 240, 565);
        }));

        var finding = Assert.Single(reversed.Findings);
        Assert.Equal(("small-text-reversed", PreflightSeverity.Warning), (finding.Rule, finding.Severity));
        Assert.Contains("fill of 3 inks", finding.Message, StringComparison.Ordinal);
        Assert.Empty(clean.Findings);
    }

    [Fact]
    public void A_background_run_3_mm_past_the_trim_is_clean()
    {
        var report = Check(Page().TrimInset(Bleed, Bleed).Draw(g => g.DrawRectangle(ForeignCalendarPdf.Brush(0, 0, 0.08, 0), 0, 0, 420, 200)));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Art_that_stops_at_the_trim_is_an_error_on_each_edge_it_reaches()
    {
        // A band across the top: it reaches the left, top and right trim edges, not the bottom.
        var report = Check(Page().TrimInset(Bleed, Bleed).Draw(g => g.DrawRectangle(ForeignCalendarPdf.Brush(0, 0, 0.08, 0), Bleed, Bleed, 420 - (2 * Bleed), 100)));

        Assert.Equal(["left", "right", "top"], report.Findings.Select(f => f.Where.Split(' ')[0]).Order());
        Assert.All(report.Findings, f => Assert.Equal(("bleed", PreflightSeverity.Error), (f.Rule, f.Severity)));
        Assert.Contains("stops there", report.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Art_past_the_trim_with_a_BleedBox_of_1_mm_is_a_warning_with_the_millimetres()
    {
        double mm = 72 / 25.4;
        var report = Check(Page().TrimInset(Bleed, mm).Draw(g => g.DrawRectangle(ForeignCalendarPdf.Brush(0, 0, 0.08, 0), 0, 0, 420, 100)));

        Assert.Equal(3, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(("bleed", PreflightSeverity.Warning), (f.Rule, f.Severity)));
        Assert.Contains("runs only 1 mm past it (BleedBox 1 mm)", report.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void White_paint_and_art_inside_the_trim_need_no_bleed()
    {
        var report = Check(Page().TrimInset(Bleed, 0).Draw(g =>
        {
            g.DrawRectangle(ForeignCalendarPdf.Brush(0, 0, 0, 0), 0, 0, 420, 595);
            g.DrawRectangle(ForeignCalendarPdf.Brush(0, 1, 1, 0), 40, 40, 100, 100);
        }));

        Assert.Empty(report.Findings);
    }
}
