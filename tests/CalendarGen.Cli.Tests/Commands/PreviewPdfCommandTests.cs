namespace CalendarGen.Cli.Tests.Commands;

/// <summary>calendargen preview of a PDF input: wall-7 imposed 2-up, its sheets drawn by the built-in rasteriser.</summary>
public sealed class PreviewPdfCommandTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-preview-pdf-");
    private readonly string sheets;

    public PreviewPdfCommandTests()
    {
        string input = Path.Combine(temp.Path, "wall.pdf");
        sheets = Path.Combine(temp.Path, "sheets.pdf");
        Assert.Equal(0, CliRunner.Run("render", "wall-7", "--year", "2027", "-o", input).ExitCode);
        Assert.Equal(0, CliRunner.Run("impose", input, "-o", sheets, "--sheet", "1000x700", "--grid", "2x1").ExitCode);
    }

    public void Dispose() => temp.Dispose();

    private static (int Width, int Height) PngSize(string path)
    {
        byte[] header = File.ReadAllBytes(path)[..24];
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        return ((header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19], (header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23]);
    }

    [Fact]
    public void A_sheet_is_drawn_at_the_dpi_asked_for_without_a_year()
    {
        string png = Path.Combine(temp.Path, "sheet-2.png");
        var result = CliRunner.Run("preview", sheets, "--page", "2", "--dpi", "36", "-o", png);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("page 2/4", result.Output);
        Assert.Equal((1417, 992), PngSize(png)); // 1000 × 700 mm at 36 dpi
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Into_a_folder_the_png_is_named_after_the_pdf_and_page()
    {
        var result = CliRunner.Run("preview", sheets, "--dpi", "18", "-o", temp.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "sheets-p001.png")));
    }

    [Fact]
    public void A_contact_sheet_shows_the_chosen_sheets()
    {
        string all = Path.Combine(temp.Path, "all.png"), some = Path.Combine(temp.Path, "some.png");
        Assert.Equal(0, CliRunner.Run("preview", sheets, "--contact-sheet", "--dpi", "100", "-o", all).ExitCode);
        var result = CliRunner.Run("preview", sheets, "--contact-sheet", "--pages", "1-2", "--dpi", "100", "-o", some);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("2 pages", result.Output);
        Assert.True(PngSize(all).Width * PngSize(all).Height > PngSize(some).Width * PngSize(some).Height);
    }

    [Fact]
    public void The_same_sheet_gives_the_same_png_twice()
    {
        string a = Path.Combine(temp.Path, "a.png"), b = Path.Combine(temp.Path, "b.png");
        CliRunner.Run("preview", sheets, "--dpi", "30", "-o", a);
        CliRunner.Run("preview", sheets, "--dpi", "30", "-o", b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Theory]
    [InlineData(new[] { "--page", "9" }, "--page 9: ")]
    [InlineData(new[] { "--contact-sheet", "--pages", "3-1" }, "--pages 3-1")]
    [InlineData(new[] { "--contact-sheet", "--pages", "1-7" }, "has pages 1–4")]
    [InlineData(new[] { "--pages", "1-2" }, "--pages chooses the pages of a --contact-sheet")]
    [InlineData(new[] { "--date", "2027-01-01" }, "are for templates")]
    [InlineData(new[] { "--dpi", "601" }, "--dpi 601")]
    public void Bad_options_for_a_pdf_exit_2_and_write_nothing(string[] extra, string message)
    {
        string png = Path.Combine(temp.Path, "bad.png");
        var result = CliRunner.Run(["preview", sheets, "-o", png, .. extra]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(png));
    }

    [Fact]
    public void A_damaged_pdf_is_one_line_naming_the_file_exit_2_nothing_written()
    {
        string bad = Path.Combine(temp.Path, "damaged.pdf"), png = Path.Combine(temp.Path, "damaged.png");
        File.WriteAllText(bad, "%PDF-1.7\nnot really a PDF\n");
        var result = CliRunner.Run("preview", bad, "-o", png);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(bad + ": not a readable PDF", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.False(File.Exists(png));
    }

    [Fact]
    public void A_template_still_needs_a_year()
    {
        var result = CliRunner.Run("preview", "block-dai", "-o", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--year is required", result.Error);
    }
}
