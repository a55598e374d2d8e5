using CalendarGen.Rendering.Preflight;
using NodaTime;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>Tết marked next to a date, on block day pages and in month grid cells, checked against the engine.</summary>
public sealed class PreflightTetTests
{
    private static readonly string[] Annotations = [ForeignCalendarPdf.Annotation1, ForeignCalendarPdf.Annotation2];

    private static PreflightReport Check(ForeignCalendarPdf pdf) => Preflighter.Run(pdf.Bytes(), null, Annotations);

    [Fact]
    public void Giao_thua_Tet_and_Mung_2_on_the_engines_days_are_checked_and_clean()
    {
        // Tết Đinh Mùi is 2027-02-06 (lunar 1/1); tháng Chạp Bính Ngọ has 29 days, so Giao thừa is 02-05.
        var report = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2027, 2, 4))
            .BlockDay(new LocalDate(2027, 2, 5), label: "Giao thừa")
            .BlockDay(new LocalDate(2027, 2, 6), label: "Tết Nguyên Đán")
            .BlockDay(new LocalDate(2027, 2, 7), label: "Mùng 2 Tết"));

        Assert.Empty(report.Findings);
        Assert.Equal(3, report.TetMarksChecked);
    }

    [Fact]
    public void Tet_marked_on_the_Chinese_new_year_of_2007_is_the_one_error_with_the_right_day()
    {
        // 2007: the new moon of 17 February fell before midnight at UTC+7 and after it at UTC+8, so Vietnam's Tết was a
        // day before China's (Hồ Ngọc Đức, "Thuật toán tính âm lịch"); a calendar laid out from a Chinese table marks 18 February.
        var report = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2007, 2, 17)).BlockDay(new LocalDate(2007, 2, 18), label: "Tết Nguyên Đán"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("tet-date", PreflightSeverity.Error, 2), (finding.Rule, finding.Severity, finding.Page));
        Assert.Contains("2007-02-18", finding.Where, StringComparison.Ordinal);
        Assert.Contains("\"Tết Nguyên Đán\" is printed on 2007-02-18 (lunar 2/1); it belongs on 2007-02-17 (lunar 1/1)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("đúng là ngày 17/02/2007", finding.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_days_all_marked_Tet_Nguyen_Dan_are_right_and_a_fourth_is_not()
    {
        var three = new ForeignCalendarPdf();
        var four = new ForeignCalendarPdf();
        for (int d = 6; d <= 9; d++)
        {
            if (d < 9)
            {
                three.BlockDay(new LocalDate(2027, 2, d), label: "Tết Nguyên Đán");
            }

            four.BlockDay(new LocalDate(2027, 2, d), label: "Tết Nguyên Đán");
        }

        Assert.Empty(Check(three).Findings);
        var finding = Assert.Single(Check(four).Findings);
        Assert.Equal(("tet-date", 4), (finding.Rule, finding.Page));
    }

    [Fact]
    public void A_proverb_that_mentions_Tet_and_Tet_Duong_lich_are_not_marks()
    {
        var report = Check(new ForeignCalendarPdf()
            .BlockDay(new LocalDate(2027, 1, 1), label: "Tết Dương lịch")
            .BlockDay(new LocalDate(2027, 1, 20), label: "Còn 17 ngày là Tết"));

        Assert.Empty(report.Findings);
        Assert.Equal(0, report.TetMarksChecked);
    }

    [Fact]
    public void Grid_cell_labels_are_matched_to_their_day_and_a_label_a_day_late_is_the_one_error()
    {
        var right = Check(new ForeignCalendarPdf().MonthGrid(2027, 2, labels: new Dictionary<int, string> { [5] = "Giao thừa", [6] = "Tết", [8] = "Mùng 3 Tết" }));
        var late = Check(new ForeignCalendarPdf().MonthGrid(2027, 2, labels: new Dictionary<int, string> { [7] = "Tết" }));

        Assert.Empty(right.Findings);
        Assert.Equal(3, right.TetMarksChecked);
        var finding = Assert.Single(late.Findings);
        Assert.Equal(("tet-date", 1), (finding.Rule, finding.Page));
        Assert.StartsWith("2027-02-07", finding.Where, StringComparison.Ordinal);
        Assert.Contains("it belongs on 2027-02-06", finding.Message, StringComparison.Ordinal);
    }
}
