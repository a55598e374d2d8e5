using System.Globalization;
using CalendarGen.Domain.Calendar;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Observances;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>
/// press: rich_black (issue 13): large K100 boxes print in the palette's rich black in press and proof, knocking out;
/// small K100 boxes and K100 text stay K100 and overprint; screen files do not change.
/// </summary>
public sealed class RichBlackTests : IDisposable
{
    // A one-sheet poster emptied of its grids, with a 40 × 40 mm and a 10 × 10 mm K100 box and a line of K100 text
    // clear of everything else (the head band stays: indigo, which never changes).
    private const string Poster = """
        extends: wall-poster
        palette:
          rich: { cmyk: [60, 40, 40, 100], rgb: "#0A0A0A" }
        pages:
          year:
            - { id: months, remove: true }
            - { id: events-title, remove: true }
            - { id: events, remove: true }
            - { id: big, type: box, x: 20, y: 100, width: 40, height: 40, fill: ink }
            - { id: small, type: box, x: 100, y: 100, width: 10, height: 10, fill: ink }
            - { id: words, type: text, x: 20, y: 200, width: 200, height: 20, text: "Chữ đen", font: body, size: 24, color: ink }

        """;

    private const string RichBlackOn = "press:\n  rich_black: rich\n";

    private static readonly DateTime Stamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder temp = new("calendargen-richblack-");

    public void Dispose() => temp.Dispose();

    private LaidOutDocument Compose(string yaml, OutputProfile profile)
    {
        var loaded = TemplateLoader.Load(temp.Write($"poster-{Guid.NewGuid():N}.yaml", yaml));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var template = loaded.Value!;
        var calendar = CalendarYear.Build(2027, ObservanceSets.Shipped("vn"), null, template.Page.WeekStart);
        return Composer.Compose(template, calendar, new SkiaTextMeasurer(RenderedCalendars.Fonts), profile, new NodaTime.LocalDate(2026, 1, 1));
    }

    private byte[] Pdf(string yaml, OutputProfile profile) => PdfRenderer.Render(Compose(yaml, profile), profile, Stamp, RenderedCalendars.Fonts);

    [Theory]
    [InlineData(OutputProfile.Press)]
    [InlineData(OutputProfile.Proof)]
    public void The_large_k100_box_prints_in_rich_black_and_knocks_out(OutputProfile profile)
    {
        var paints = OverprintWalker.Walk(Pdf(Poster + RichBlackOn, profile));
        var plain = OverprintWalker.Walk(Pdf(Poster, profile));

        var rich = Assert.Single(paints, p => p.Cmyk == "0.6 0.4 0.4 1");
        Assert.Equal("f", rich.Operator);
        Assert.False(rich.Overprints);
        Assert.DoesNotContain(plain, p => p.Cmyk == "0.6 0.4 0.4 1");

        // Exactly one K100 fill fewer than without the setting (the big box); the small box and the text stay K100
        // and overprint, like every other K-only paint.
        Assert.Equal(plain.Count(p => p is { BlackOnly: true, Operator: "f" }) - 1, paints.Count(p => p is { BlackOnly: true, Operator: "f" }));
        Assert.Contains(paints, p => p is { BlackOnly: true, Operator: "f", Overprints: true });
        Assert.Contains(paints, p => p is { BlackOnly: true, Operator: "Tj" or "TJ", Overprints: true });
        Assert.DoesNotContain(paints, p => p.Spot is null && p.BlackOnly != p.Overprints);
    }

    [Fact]
    public void Layout_repaints_only_the_large_box_fill_and_only_for_print()
    {
        var press = Compose(Poster + RichBlackOn, OutputProfile.Press).Page(1).Ops;
        var screen = Compose(Poster + RichBlackOn, OutputProfile.Screen).Page(1).Ops;

        var richFills = press.OfType<RectOp>().Where(r => r.Fill?.Name == "rich").ToList();
        var big = Assert.Single(richFills);
        Assert.Equal(40 * 72 / 25.4, big.Box.Width, 6);
        Assert.Contains(press.OfType<RectOp>(), r => r.Fill?.Name == "ink" && Math.Abs(r.Box.Width - 10 * 72 / 25.4) < 1e-6);
        Assert.DoesNotContain(press.OfType<TextOp>(), t => t.Color.Name == "rich");
        Assert.DoesNotContain(screen.OfType<RectOp>(), r => r.Fill?.Name == "rich");

        // The screen page is the same with or without the setting.
        var plainScreen = Compose(Poster, OutputProfile.Screen).Page(1).Ops;
        Assert.Equal(plainScreen.Select(o => o.ToString()), screen.Select(o => o.ToString()));
    }

    [Fact]
    public void Screen_files_are_byte_identical_with_and_without_the_setting()
    {
        Assert.Equal(Pdf(Poster, OutputProfile.Screen), Pdf(Poster + RichBlackOn, OutputProfile.Screen));
    }

    [Fact]
    public void A_smaller_threshold_repaints_the_small_box_too()
    {
        var paints = OverprintWalker.Walk(Pdf(Poster + RichBlackOn + "  rich_black_min_area: 100\n", OutputProfile.Press));

        Assert.Equal(2, paints.Count(p => p.Cmyk == "0.6 0.4 0.4 1"));
    }

    [FactNeeds("gs")]
    public void Ghostscript_finds_the_rich_black_inks_on_the_big_box_alone()
    {
        // With overprint simulated, the rich black adds 60/40/40 % C/M/Y over exactly the 40 × 40 mm box and nothing
        // else moves: K is unchanged, and the C, M and Y plates' mean ink (Ghostscript's ink_cov device, which averages
        // ink amounts, in percent; inkcov would count inked pixels) grows by that share of the media box times the tint.
        string on = Path.Combine(temp.Path, "on.pdf"), off = Path.Combine(temp.Path, "off.pdf");
        var document = Compose(Poster + RichBlackOn, OutputProfile.Press);
        File.WriteAllBytes(on, PdfRenderer.Render(document, OutputProfile.Press, Stamp, RenderedCalendars.Fonts));
        File.WriteAllBytes(off, Pdf(Poster, OutputProfile.Press));
        var page = document.Page(1);
        double share = 40.0 * 40.0 / (page.MediaWidth * 25.4 / 72 * (page.MediaHeight * 25.4 / 72));

        double[] with = Coverage(on), without = Coverage(off);

        Assert.Equal(without[3], with[3], 4);
        double[] expected = [0.6 * share, 0.4 * share, 0.4 * share];
        for (int i = 0; i < 3; i++)
        {
            double added = with[i] - without[i];
            Assert.True(Math.Abs(added - expected[i]) < 0.1 * expected[i], $"plate {"CMY"[i]}: added {added:0.000000}, expected {expected[i]:0.000000}");
        }
    }

    private static double[] Coverage(string pdf)
    {
        var (exit, output) = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-r72", "-sDEVICE=ink_cov", "-dOverprint=/simulate", "-o", "-", pdf);
        Assert.True(exit == 0, output);
        string line = output.Split('\n').First(l => l.Contains("CMYK", StringComparison.Ordinal));
        return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture) / 100)];
    }
}
