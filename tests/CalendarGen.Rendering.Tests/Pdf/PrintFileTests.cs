using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Pdf;
using UglyToad.PdfPig;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>What a printing house checks in a press file, checked with the tools it uses (qpdf, poppler).</summary>
public sealed class PrintFileTests
{
    [TheoryNeeds("qpdf")]
    [InlineData("block-dai", OutputProfile.Press)]
    [InlineData("wall-13", OutputProfile.Proof)]
    [InlineData("desk-tent", OutputProfile.Screen)]
    public void Qpdf_finds_nothing_to_complain_about(string name, OutputProfile profile)
    {
        string path = Path.Combine(Path.GetTempPath(), $"calendargen-{name}-{profile}-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, RenderedCalendars.Pdf(name, 2027, profile));
        try
        {
            var (exit, output) = Run("qpdf", "--check", path);
            Assert.True(exit == 0, output);
            Assert.DoesNotContain("WARNING", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [FactNeeds("pdffonts", "pdftotext")]
    public void Fonts_are_embedded_and_text_extracts_as_NFC_Vietnamese()
    {
        string path = Path.Combine(Path.GetTempPath(), $"calendargen-fonts-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, RenderedCalendars.Pdf("block-trung", 2027, OutputProfile.Press));
        try
        {
            var (_, fonts) = Run("pdffonts", path);
            var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Contains(" yes ", r));

            var (_, text) = Run("pdftotext", "-f", "212", "-l", "212", path, "-");
            Assert.Contains("Ngày toàn dân phòng, chống mua bán người", text);
            Assert.Contains("Tháng Sáu", text);
            Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Black_text_is_printed_with_black_ink_only()
    {
        using var pdf = PdfDocument.Open(RenderedCalendars.Pdf("block-dai", 2027, OutputProfile.Press));
        var inks = pdf.GetPage(5).Operations.OfType<UglyToad.PdfPig.Graphics.Operations.SetNonStrokeColorDeviceCmyk>()
            .Select(k => (k.C, k.M, k.Y, k.K)).Distinct().ToList();
        Assert.Contains((0.0, 0.0, 0.0, 1.0), inks);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_files()
    {
        var first = PdfRenderer.Render(RenderedCalendars.Compose("wall-7", 2027, OutputProfile.Press), OutputProfile.Press, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), RenderedCalendars.Fonts);
        var second = PdfRenderer.Render(RenderedCalendars.Compose("wall-7", 2027, OutputProfile.Press), OutputProfile.Press, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), RenderedCalendars.Fonts);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Months_are_bookmarked_and_the_title_is_Vietnamese()
    {
        using var pdf = PdfDocument.Open(RenderedCalendars.Pdf("block-dai", 2027, OutputProfile.Press));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains("Tháng 7", titles);
        Assert.Contains("Bìa", titles);
        Assert.StartsWith("Lịch bloc 2027", pdf.Information.Title);
    }

    [Fact]
    public void A_press_file_declares_pdf_x_and_has_a_fixed_id()
    {
        byte[] bytes = RenderedCalendars.Pdf("wall-poster", 2027, OutputProfile.Press);
        string raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("/GTS_PDFX", raw);
        Assert.Contains("/OutputConditionIdentifier(FOGRA39)", raw.Replace(" ", ""));
        Assert.Contains("/Trapped/False", raw.Replace(" ", ""));
        Assert.Contains("/ID[<", raw.Replace(" ", ""));
        Assert.DoesNotContain("/DeviceRGB", raw);
    }

    private static (int Exit, string Output) Run(string tool, params string[] args) => ExternalTool.Run(tool, args);
}
