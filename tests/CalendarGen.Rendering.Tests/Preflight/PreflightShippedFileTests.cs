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

        // The one warning: the mini-months print Sundays at 6.5 pt in the palette's red (0/100/100/0), two inks; the
        // template's print-quality rule does not look at mini-month colours, preflight does.
        Assert.All(report.Findings, f => Assert.True(f.Rule == "text-k-overprint" || (f.Rule == "small-text-inks" && f.Message.Contains("(0 1 1 0)", StringComparison.Ordinal)), f.ToString()));
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
