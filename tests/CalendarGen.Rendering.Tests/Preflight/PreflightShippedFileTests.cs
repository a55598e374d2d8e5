using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Preflight;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>Our own files: a press file passes (K-text overprint is a warning), a screen file fails on RGB alone.</summary>
public sealed class PreflightShippedFileTests
{
    private static readonly string[] Annotations =
        ["Ngày thế giới phòng chống mua bán người", "Ngày toàn dân phòng, chống mua bán người"];

    [Fact]
    public void The_wall_calendars_press_file_has_no_errors_and_checks_every_day_of_the_year()
    {
        var report = Preflighter.Run(RenderedCalendars.Pdf("wall-13", 2027, OutputProfile.Press), null, Annotations);

        Assert.DoesNotContain(report.Findings, f => f.Severity == PreflightSeverity.Error);
        Assert.Equal(2027, report.Year);
        Assert.Equal(365, report.LunarPairsChecked);
        Assert.Equal(365, report.WeekdaysChecked);
        Assert.Single(report.AnnotationPages);
    }

    public static TheoryData<string> Shipped() => new(CalendarGen.Templates.ShippedFiles.TemplateNames());

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_shipped_templates_press_file_is_clean(string name)
    {
        var report = Preflighter.Run(RenderedCalendars.Pdf(name, 2027, OutputProfile.Press), null, Annotations);

        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings));
        Assert.True(report.LunarPairsChecked >= 365, $"{report.LunarPairsChecked} lunar pairs checked");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_shipped_templates_screen_file_fails_on_RGB_only(string name)
    {
        var report = Preflighter.Run(RenderedCalendars.Pdf(name, 2027, OutputProfile.Screen), null, Annotations);

        var rules = report.Findings.Where(f => f.Severity == PreflightSeverity.Error).Select(f => f.Rule).Distinct().Order();
        Assert.Equal(["colour-rgb", "pdfx-not-declared"], rules);
    }

    [Fact]
    public void The_wall_calendars_screen_file_fails_on_RGB_and_on_not_being_PDF_X_only()
    {
        var report = Preflighter.Run(RenderedCalendars.Pdf("wall-13", 2027, OutputProfile.Screen), null, Annotations);

        var rules = report.Findings.Where(f => f.Severity == PreflightSeverity.Error).Select(f => f.Rule).Distinct().Order();
        Assert.Equal(["colour-rgb", "pdfx-not-declared"], rules);
        Assert.Equal(365, report.LunarPairsChecked);
    }
}
