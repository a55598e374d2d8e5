using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Model;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>Black overprint in press and proof files (issue 13): K-only paints overprint, all others knock out.</summary>
public sealed class OverprintTests
{
    public static TheoryData<string, OutputProfile> PrintCases()
    {
        var data = new TheoryData<string, OutputProfile>();
        foreach (string name in new[] { "block-dai", "block-trung", "desk-tent", "wall-13", "wall-7", "wall-poster" })
        {
            data.Add(name, OutputProfile.Press);
            data.Add(name, OutputProfile.Proof);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PrintCases))]
    public void Every_k_only_text_and_rule_overprints_and_nothing_else_does(string name, OutputProfile profile)
    {
        var paints = OverprintWalker.Walk(RenderedCalendars.Pdf(name, 2027, profile));

        // Process colours overprint when K-only; a spot colour (die lines) always does.
        var wrong = paints.Where(p => p.Spot is null ? p.BlackOnly != p.Overprints : !p.Overprints).Take(5).ToList();
        Assert.True(wrong.Count == 0, "wrong overprint: " + string.Join("; ", wrong));
        Assert.Contains(paints, p => p is { BlackOnly: true, Operator: "Tj" or "TJ" });
        Assert.Contains(paints, p => !p.BlackOnly);
    }

    [Fact]
    public void A_template_that_turns_overprint_off_gets_none()
    {
        var document = RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Press) with { Press = new PressSettings(OverprintBlack: false) };
        byte[] pdf = PdfRenderer.Render(document, OutputProfile.Press, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), RenderedCalendars.Fonts);

        var paints = OverprintWalker.Walk(pdf);

        Assert.Contains(paints, p => p.BlackOnly);
        Assert.DoesNotContain(paints, p => p.Overprints && p.Spot is null);

        // The die lines' spot colour overprints all the same.
        Assert.Contains(paints, p => p is { Spot: "Die", Overprints: true });
    }

    [Fact]
    public void Screen_files_never_overprint()
    {
        var paints = OverprintWalker.Walk(RenderedCalendars.Pdf("desk-tent", 2027, OutputProfile.Screen));

        Assert.NotEmpty(paints);
        Assert.DoesNotContain(paints, p => p.Overprints);
    }

    [FactNeeds("gs")]
    public void Ghostscript_prints_the_tint_under_black_text_only_when_it_overprints()
    {
        // Desk-tent month pages set black day numbers on a tinted sidebar: with overprint the tint's inks stay under
        // the type, so the C, M and Y plates carry more ink than when the type knocks them out.
        var document = RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Press);
        using var folder = new TempFolder();
        string on = Path.Combine(folder.Path, "on.pdf"), off = Path.Combine(folder.Path, "off.pdf");
        var stamp = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.WriteAllBytes(on, PdfRenderer.Render(document, OutputProfile.Press, stamp, RenderedCalendars.Fonts));
        File.WriteAllBytes(off, PdfRenderer.Render(document with { Press = new PressSettings(false) }, OutputProfile.Press, stamp, RenderedCalendars.Fonts));

        double[] withOverprint = InkCoverage(on), without = InkCoverage(off);

        Assert.True(withOverprint[0] + withOverprint[1] + withOverprint[2] > without[0] + without[1] + without[2],
            $"C+M+Y with overprint {string.Join('/', withOverprint)} vs without {string.Join('/', without)}");
        Assert.Equal(without[3], withOverprint[3], 3);
    }

    /// <summary>Ghostscript's ink coverage (fractions of the page per plate) of page 8.</summary>
    internal static double[] InkCoverage(string pdf)
    {
        var (exit, output) = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-r72", "-sDEVICE=inkcov", "-dOverprint=/simulate", "-dFirstPage=8", "-dLastPage=8", "-o", "-", pdf);
        Assert.True(exit == 0, output);
        string line = output.Split('\n').First(l => l.Contains("CMYK", StringComparison.Ordinal));
        return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
