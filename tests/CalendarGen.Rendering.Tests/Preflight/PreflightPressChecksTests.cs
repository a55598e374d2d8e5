using System.Text;
using CalendarGen.Rendering.Preflight;
using NodaTime;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>The press checks of spot colours and inline images, each on a clean block day page with one planted defect.</summary>
public sealed class PreflightPressChecksTests
{
    private static readonly string[] Annotations = [ForeignCalendarPdf.Annotation1, ForeignCalendarPdf.Annotation2];

    private static PreflightReport Check(ForeignCalendarPdf pdf) => Preflighter.Run(pdf.Bytes(), null, Annotations);

    private static ForeignCalendarPdf Page() => new ForeignCalendarPdf().BlockDay(new LocalDate(2027, 3, 3));

    /// <summary>[/Separation /name alternate tint] with a PostScript function tint transform.</summary>
    private static PdfArray Separation(ForeignCalendarPdf pdf, string ink, string alternate, string c1)
    {
        var function = pdf.NewDictionary();
        function.Elements.SetInteger("/FunctionType", 2);
        function.Elements["/Domain"] = pdf.NewArray(new PdfInteger(0), new PdfInteger(1));
        function.Elements["/C0"] = pdf.NewArray([.. c1.Split(' ').Select(_ => new PdfInteger(0))]);
        function.Elements["/C1"] = pdf.NewArray([.. c1.Split(' ').Select(v => new PdfReal(double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)))]);
        function.Elements.SetInteger("/N", 1);
        return pdf.NewArray(new PdfName("/Separation"), new PdfName("/" + ink), new PdfName("/" + alternate), function);
    }

    [Fact]
    public void A_CutContour_spot_with_a_CMYK_alternate_is_allowed_counted_and_not_added_to_total_ink()
    {
        var pdf = Page();
        var report = Check(pdf.ColourSpace("/CS9", Separation(pdf, "CutContour", "DeviceCMYK", "0 1 0 0"))
            .Raw("q /CS9 CS 1 SCN /CS9 cs 1 scn 1 1 1 0 k 0.5 w 20 20 200 200 re S Q"));

        Assert.Empty(report.Findings);
        Assert.Equal(["CutContour"], report.SpotInks);
    }

    [Fact]
    public void A_CutContour_line_on_the_trim_needs_no_bleed_but_the_same_line_in_process_black_does()
    {
        // A 420 × 595 page trimmed 3 mm inside, the contour stroked exactly on the trim.
        const string Contour = "8.504 8.504 402.992 577.992 re S";
        var pdf = Page().TrimInset(8.504, 8.504);
        var spot = Check(pdf.ColourSpace("/CS9", Separation(pdf, "CutContour", "DeviceCMYK", "0 1 0 0")).Raw($"q /CS9 CS 1 SCN 0.25 w {Contour} Q"));
        var black = Check(Page().TrimInset(8.504, 8.504).Raw($"q 0 0 0 1 K 0.25 w {Contour} Q"));

        Assert.Empty(spot.Findings);
        Assert.Equal(["CutContour"], spot.SpotInks);
        Assert.Equal(4, black.Findings.Count(f => f.Rule == "bleed" && f.Severity == PreflightSeverity.Error));
    }

    [Fact]
    public void A_spot_colour_with_an_RGB_alternate_is_the_one_error()
    {
        var pdf = Page();
        var report = Check(pdf.ColourSpace("/CS9", Separation(pdf, "PANTONE 485 C", "DeviceRGB", "1 0 0")).Raw("q /CS9 cs 1 scn 20 20 50 50 re f Q"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("spot-alternate", PreflightSeverity.Error, 1), (finding.Rule, finding.Severity, finding.Page));
        Assert.Contains("Separation with a DeviceRGB alternate", finding.Message, StringComparison.Ordinal);
        Assert.Contains("màu thay thế DeviceRGB", finding.MessageVi, StringComparison.Ordinal);
        Assert.Equal(["PANTONE 485 C"], report.SpotInks);
    }

    [Fact]
    public void A_DeviceN_space_with_a_gray_alternate_is_allowed_and_names_its_inks()
    {
        var pdf = Page();
        var names = pdf.NewArray(new PdfName("/Gold"), new PdfName("/None"), new PdfName("/Silver"));
        var function = pdf.NewDictionary();
        function.Elements.SetInteger("/FunctionType", 4);
        function.Elements["/Domain"] = pdf.NewArray(new PdfInteger(0), new PdfInteger(1), new PdfInteger(0), new PdfInteger(1), new PdfInteger(0), new PdfInteger(1));
        function.Elements["/Range"] = pdf.NewArray(new PdfInteger(0), new PdfInteger(1));
        function.CreateStream("{ pop pop }"u8.ToArray());
        var space = pdf.NewArray(new PdfName("/DeviceN"), names, new PdfName("/DeviceGray"), pdf.Indirect(function));
        var report = Check(pdf.ColourSpace("/CS9", space).Raw("q /CS9 cs 1 0 1 scn 20 20 50 50 re f Q"));

        Assert.Empty(report.Findings);
        Assert.Equal(["Gold", "Silver"], report.SpotInks);
    }

    [Fact]
    public void DeviceN_total_ink_counts_the_process_components_and_not_the_die_line_spot()
    {
        PreflightReport Run(string tints)
        {
            var pdf = Page();
            var names = pdf.NewArray(new PdfName("/Cyan"), new PdfName("/Magenta"), new PdfName("/Yellow"), new PdfName("/Black"), new PdfName("/CutContour"));
            var function = pdf.NewDictionary();
            function.Elements.SetInteger("/FunctionType", 4);
            function.Elements["/Domain"] = pdf.NewArray([.. Enumerable.Range(0, 10).Select(i => new PdfInteger(i % 2))]);
            function.Elements["/Range"] = pdf.NewArray([.. Enumerable.Range(0, 8).Select(i => new PdfInteger(i % 2))]);
            function.CreateStream("{ pop }"u8.ToArray());
            var space = pdf.NewArray(new PdfName("/DeviceN"), names, new PdfName("/DeviceCMYK"), pdf.Indirect(function));
            return Check(pdf.ColourSpace("/CS9", space).Raw($"q /CS9 cs {tints} scn 20 20 50 50 re f Q"));
        }

        var atLimit = Run("1 1 1 0 1");
        var over = Run("1 1 1 0.5 1");

        Assert.Empty(atLimit.Findings);
        Assert.Equal(["CutContour"], atLimit.SpotInks);
        var finding = Assert.Single(over.Findings);
        Assert.Equal("total-ink", finding.Rule);
        Assert.Contains("total ink 350 %", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>An inline image whose binary data holds "EI", ")" and "(" (which a text scan would misread), then more content.</summary>
    private static byte[] InlineImage(string dictionary, byte[] data, string after)
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.ASCII.GetBytes("q 100 0 0 100 50 50 cm BI " + dictionary + " ID "));
        bytes.AddRange(data);
        bytes.AddRange(Encoding.ASCII.GetBytes("\nEI Q " + after));
        return [.. bytes];
    }

    [Fact]
    public void An_RGB_inline_image_is_one_error_and_the_content_after_its_binary_data_is_still_checked()
    {
        // 2 × 2 RGB, 12 bytes, with " EI " inside the data: the length, not the first EI, ends it.
        byte[] data = [0x20, 0x45, 0x49, 0x20, 0x28, 0x29, 0x5b, 0x00, 0xff, 0x25, 0x0a, 0x42];
        var report = Check(Page().Raw(InlineImage("/W 2 /H 2 /CS /RGB /BPC 8", data, "q 1 1 1 0.5 k 10 10 50 50 re f Q")));

        Assert.Equal(["colour-rgb", "image-resolution", "total-ink"], report.Findings.Select(f => f.Rule).Order());
        var rgb = report.Findings.Single(f => f.Rule == "colour-rgb");
        Assert.Contains("inline image", rgb.Where, StringComparison.Ordinal);
        Assert.Contains("DeviceRGB", rgb.Message, StringComparison.Ordinal);
        Assert.Contains("1 ppi", report.Findings.Single(f => f.Rule == "image-resolution").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_LZW_inline_image_is_a_forbidden_filter_and_an_ASCIIHex_CMYK_one_has_no_error()
    {
        // Filtered data ends at the first EI between white-space.
        var lzw = Check(Page().Raw(InlineImage("/W 1 /H 1 /CS /CMYK /BPC 8 /F /LZW", [0x80, 0x0b, 0x60, 0x50, 0x22], "")));
        var clean = Check(Page().Raw(InlineImage("/W 700 /H 1 /CS /CMYK /BPC 8 /F [/AHx]", Encoding.ASCII.GetBytes("00000000>"), "")));

        var finding = Assert.Single(lzw.Findings, f => f.Severity == PreflightSeverity.Error);
        Assert.Equal("filter-forbidden", finding.Rule);
        Assert.Contains("LZWDecode", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(clean.Findings, f => f.Severity == PreflightSeverity.Error);
    }

    [Fact]
    public void An_inline_image_without_EI_is_a_warning_that_the_content_could_not_be_read_not_a_crash()
    {
        var report = Check(Page().Raw(Encoding.ASCII.GetBytes("q BI /W 4 /H 4 /CS /G /BPC 8 /F /Fl ID xxxx")));

        Assert.Equal("content-unreadable", Assert.Single(report.Findings).Rule);
    }
}
