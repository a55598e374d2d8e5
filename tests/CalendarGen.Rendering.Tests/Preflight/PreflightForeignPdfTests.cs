using CalendarGen.Rendering.Preflight;
using NodaTime;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>Preflight of calendars PDFsharp drew directly: the findings are exactly the defects each test plants.</summary>
public sealed class PreflightForeignPdfTests
{
    private static readonly string[] Annotations = [ForeignCalendarPdf.Annotation1, ForeignCalendarPdf.Annotation2];

    private static PreflightReport Check(ForeignCalendarPdf pdf, int? year = null) => Preflighter.Run(pdf.Bytes(), year, Annotations);

    private static List<(string Rule, int Page)> Errors(PreflightReport report) =>
        [.. report.Findings.Where(f => f.Severity == PreflightSeverity.Error).SelectMany(f => Enumerable.Repeat((f.Rule, f.Page), f.Count))];

    [Fact]
    public void Block_day_pages_with_the_engines_lunar_dates_have_no_findings()
    {
        var report = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2018, 11, 6)).BlockDay(new LocalDate(2018, 11, 7)).BlockDay(new LocalDate(2018, 11, 8)));

        Assert.Empty(report.Findings);
        Assert.Equal(2018, report.Year);
        Assert.Equal(3, report.LunarPairsChecked);
        Assert.Equal(3, report.WeekdaysChecked);
    }

    [Fact]
    public void The_2018_misprint_on_a_block_day_page_is_the_one_finding_with_what_is_printed_and_what_is_right()
    {
        var report = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2018, 11, 6)).BlockDay(new LocalDate(2018, 11, 7), utc8: true).BlockDay(new LocalDate(2018, 11, 9)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("lunar-date", 2), (finding.Rule, finding.Page));
        Assert.Contains("2018-11-07", finding.Where, StringComparison.Ordinal);
        Assert.Contains("30/9", finding.Message, StringComparison.Ordinal);
        Assert.Contains("it is 1/10", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lunar_date_written_out_as_Ngay_d_thang_m_is_read_and_checked_too()
    {
        var report = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2018, 11, 6), lunarAsPhrase: true).BlockDay(new LocalDate(2018, 11, 7), utc8: true, lunarAsPhrase: true));

        Assert.Equal(2, report.LunarPairsChecked);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("lunar-date", 2), (finding.Rule, finding.Page));
        Assert.Contains("ngày 30 tháng 9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_grid_computed_at_UTC_plus_8_is_wrong_on_every_day_from_7_November_and_nowhere_else()
    {
        var report = Check(new ForeignCalendarPdf().MonthGrid(2018, 11, utc8: true));

        Assert.Equal(30, report.LunarPairsFound);
        Assert.Equal(30, report.LunarPairsChecked);
        Assert.Equal(30, report.WeekdaysChecked);
        Assert.Equal(Enumerable.Repeat(("lunar-date", 1), 24), Errors(report));
        Assert.Equal(24, report.Findings.Count);
        Assert.Contains(report.Findings, f => f.Where.StartsWith("2018-11-07", StringComparison.Ordinal) && f.Message.Contains("printed with lunar date 30;", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Where.StartsWith("2018-11-06", StringComparison.Ordinal));
    }

    [Fact]
    public void A_correct_July_grid_with_both_annotations_is_clean_and_says_what_it_checked()
    {
        var report = Check(new ForeignCalendarPdf().MonthGrid(2027, 6).MonthGrid(2027, 7));

        Assert.Empty(report.Findings);
        Assert.Equal(61, report.LunarPairsChecked);
        Assert.Equal([2], report.AnnotationPages);
    }

    [Fact]
    public void A_July_grid_without_the_annotations_has_one_error_for_each_missing_text()
    {
        var report = Check(new ForeignCalendarPdf().MonthGrid(2027, 7, annotations: false));

        Assert.Equal([("annotation-30-7", 1), ("annotation-30-7", 1)], Errors(report));
        Assert.Equal(2, report.Findings.Count);
    }

    [Fact]
    public void A_block_day_page_of_30_July_needs_both_texts_but_not_on_one_line()
    {
        var with = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2027, 7, 29)).BlockDay(new LocalDate(2027, 7, 30)).BlockDay(new LocalDate(2027, 7, 31)));
        var without = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2027, 7, 29)).BlockDay(new LocalDate(2027, 7, 30), annotations: false).BlockDay(new LocalDate(2027, 7, 31)));

        Assert.Empty(with.Findings);
        Assert.Equal([2], with.AnnotationPages);
        Assert.Equal([("annotation-30-7", 2), ("annotation-30-7", 2)], Errors(without));
    }

    [Fact]
    public void A_weekday_name_that_does_not_match_the_date_is_a_finding()
    {
        var report = Check(new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3), weekday: "Thứ Năm"));

        Assert.Equal([("weekday", 1)], Errors(report));
        Assert.Single(report.Findings);
    }

    [Fact]
    public void An_RGB_fill_is_the_one_finding_and_names_its_operator()
    {
        var report = Check(new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3)).Raw("q 1 0 0 rg 10 10 50 50 re f Q"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("colour-rgb", 1), (finding.Rule, finding.Page));
        Assert.Contains("'rg'", finding.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void Transparency_through_an_ExtGState_is_the_one_finding()
    {
        var pdf = new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3));
        var alpha = pdf.NewDictionary();
        alpha.Elements.SetName("/Type", "/ExtGState");
        alpha.Elements.SetReal("/ca", 0.5);
        var report = Check(pdf.Raw("q /GSa gs 0 0 1 0 k 10 10 50 50 re f Q", "/GSa", alpha));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("transparency", 1), (finding.Rule, finding.Page));
        Assert.Contains("GSa", finding.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_a_transparency_group_is_the_one_finding()
    {
        var pdf = new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3)).BlockDay(new LocalDate(2027, 3, 4));
        var report = Check(pdf.LastPage(page =>
        {
            var group = new PdfSharp.Pdf.PdfDictionary(page.Owner);
            group.Elements.SetName("/S", "/Transparency");
            page.Elements["/Group"] = group;
        }));

        Assert.Equal([("transparency", 2)], Errors(report));
        Assert.Single(report.Findings);
    }

    [Fact]
    public void Ink_over_300_percent_is_a_finding_and_a_graphics_state_restore_ends_it()
    {
        var report = Check(new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3))
            .Raw("q 1 1 1 0.5 k 10 10 50 50 re f Q 10 10 50 50 re f"));

        Assert.Equal([("total-ink", 1)], Errors(report));
        Assert.Contains("350 %", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grids_set_side_by_side_a_cell_apart_are_read_as_separate_months()
    {
        var clean = Check(new ForeignCalendarPdf().SideBySide(2018, [9, 10, 11, 12]));
        var misprint = Check(new ForeignCalendarPdf().SideBySide(2018, [9, 10, 11, 12], utc8: true));

        Assert.Empty(clean.Findings);
        Assert.Equal(122, clean.LunarPairsChecked);
        Assert.Equal(122, clean.WeekdaysChecked);

        // UTC+8 moves 7 November – 6 December: the 24 days of November and the 6 of December.
        Assert.Equal(Enumerable.Repeat(("lunar-date", 1), 30), Errors(misprint));
        Assert.All(misprint.Findings, f => Assert.Matches(@"^2018-(11-(0[7-9]|[12]\d|30)|12-0[1-6]) ", f.Where));
    }

    [Fact]
    public void A_font_used_without_embedding_is_the_one_finding()
    {
        var pdf = new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3));
        var font = pdf.NewDictionary();
        font.Elements.SetName("/Type", "/Font");
        font.Elements.SetName("/Subtype", "/Type1");
        font.Elements.SetName("/BaseFont", "/Helvetica");
        var report = Check(pdf.Resource("/Font", "/F9", font).Raw("BT /F9 12 Tf 20 20 Td (x) Tj ET"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("font-not-embedded", 0), (finding.Rule, finding.Page));
        Assert.Contains("Helvetica", finding.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void An_LZW_stream_and_a_JavaScript_open_action_are_one_finding_each()
    {
        var pdf = new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3));
        var image = pdf.NewDictionary();
        image.Elements.SetName("/Type", "/XObject");
        image.Elements.SetName("/Subtype", "/Image");
        image.Elements.SetInteger("/Width", 1);
        image.Elements.SetInteger("/Height", 1);
        image.Elements.SetName("/ColorSpace", "/DeviceGray");
        image.Elements.SetInteger("/BitsPerComponent", 8);
        image.CreateStream([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
        image.Elements.SetName("/Filter", "/LZWDecode");
        var action = pdf.NewDictionary();
        action.Elements.SetName("/S", "/JavaScript");
        action.Elements.SetString("/JS", "app.alert(1)");
        var report = Check(pdf.Resource("/XObject", "/Im9", image).Raw("q 100 0 0 100 50 50 cm /Im9 Do Q")
            .Catalog(catalog => catalog.Elements["/OpenAction"] = action));

        Assert.Equal([("filter-forbidden", 0), ("javascript", 0)], Errors(report).Order());
    }

    [Fact]
    public void An_encrypted_file_is_bad_input()
    {
        var e = Assert.Throws<PreflightInputException>(() => Check(new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3)).Encrypt()));
        Assert.Contains("encrypted", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_a_PDF_are_bad_input()
    {
        Assert.Throws<PreflightInputException>(() => Preflighter.Run("hello, world"u8.ToArray(), null, Annotations));
    }
}
