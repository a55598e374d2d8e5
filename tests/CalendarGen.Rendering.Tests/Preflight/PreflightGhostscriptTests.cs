using CalendarGen.Rendering.Preflight;
using NodaTime;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>
/// Preflight of calendars Ghostscript wrote (pdfwrite, with and without -dPDFX): the findings are exactly the defects
/// each test plants — the 2018 lunar misprint, a missing 30/7 text, RGB colour.
/// </summary>
public sealed class PreflightGhostscriptTests
{
    private static readonly string[] Annotations = [ForeignCalendarPdf.Annotation1, ForeignCalendarPdf.Annotation2];

    private static PreflightReport Check(byte[] pdf) => Preflighter.Run(pdf, null, Annotations);

    private static List<(string Rule, int Page)> Errors(PreflightReport report) =>
        [.. report.Findings.Where(f => f.Severity == PreflightSeverity.Error).SelectMany(f => Enumerable.Repeat((f.Rule, f.Page), f.Count))];

    [FactNeeds("gs")]
    public void Clean_CMYK_block_pages_and_a_grid_made_by_Ghostscript_have_no_findings_with_and_without_PDFX()
    {
        var calendar = new GhostscriptCalendar()
            .BlockDay(new LocalDate(2027, 7, 29)).BlockDay(new LocalDate(2027, 7, 30)).MonthGrid(2027, 7);

        foreach (bool pdfx in new[] { false, true })
        {
            var report = Check(calendar.Pdf(pdfx));

            Assert.Empty(report.Findings);
            Assert.Equal(2027, report.Year);
            Assert.Equal(33, report.LunarPairsFound);
            Assert.Equal(33, report.LunarPairsChecked);
            Assert.Equal(33, report.WeekdaysChecked);
            Assert.Equal([2, 3], report.AnnotationPages);
        }
    }

    [FactNeeds("gs")]
    public void The_2018_misprint_computed_at_UTC_plus_8_is_found_on_the_block_page_and_in_the_grid()
    {
        var report = Check(new GhostscriptCalendar()
            .BlockDay(new LocalDate(2018, 11, 6)).BlockDay(new LocalDate(2018, 11, 7), utc8: true).MonthGrid(2018, 11, utc8: true).Pdf(pdfx: true));

        // The block page of 7 November, and in the grid every day from 7 November (24 days) a day behind.
        Assert.Equal([("lunar-date", 2), .. Enumerable.Repeat(("lunar-date", 3), 24)], Errors(report));
        Assert.Equal(25, report.Findings.Count);
        var block = report.Findings[0];
        Assert.Contains("2018-11-07 is printed with lunar date 30/9; it is 1/10", block.Message, StringComparison.Ordinal);
        Assert.Equal(32, report.LunarPairsChecked);
    }

    [FactNeeds("gs")]
    public void A_missing_30_July_text_is_one_error_for_each_text_on_the_page_that_lacks_them()
    {
        var report = Check(new GhostscriptCalendar()
            .BlockDay(new LocalDate(2027, 7, 30), annotations: false).MonthGrid(2027, 7).Pdf());

        Assert.Equal([("annotation-30-7", 1), ("annotation-30-7", 1)], Errors(report));
        Assert.Equal(2, report.Findings.Count);
        Assert.Equal([1, 2], report.AnnotationPages);
    }

    [FactNeeds("gs")]
    public void Tet_marked_on_Chinas_new_year_of_2007_is_the_one_error_and_Giao_thua_on_the_right_eve_is_checked()
    {
        var report = Check(new GhostscriptCalendar()
            .BlockDay(new LocalDate(2007, 2, 16), label: "Giao thừa")
            .BlockDay(new LocalDate(2007, 2, 17))
            .BlockDay(new LocalDate(2007, 2, 18), label: "Tết Nguyên Đán").Pdf(pdfx: true));

        Assert.Equal(2, report.TetMarksChecked);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("tet-date", 3), (finding.Rule, finding.Page));
        Assert.Contains("it belongs on 2007-02-17 (lunar 1/1)", finding.Message, StringComparison.Ordinal);
    }

    [FactNeeds("gs")]
    public void RGB_colour_is_the_one_error_of_a_plain_pdfwrite_file_and_PDFX_conversion_to_CMYK_removes_it()
    {
        var calendar = new GhostscriptCalendar(rgb: true).BlockDay(new LocalDate(2027, 3, 3)).MonthGrid(2027, 3);

        var plain = Check(calendar.Pdf());
        var converted = Check(calendar.Pdf(pdfx: true));

        Assert.Equal(["colour-rgb"], plain.Findings.Where(f => f.Severity == PreflightSeverity.Error).Select(f => f.Rule).Distinct());
        Assert.Equal(32, plain.LunarPairsChecked);
        Assert.DoesNotContain(converted.Findings, f => f.Severity == PreflightSeverity.Error);
        Assert.Equal(32, converted.LunarPairsChecked);
    }
}
