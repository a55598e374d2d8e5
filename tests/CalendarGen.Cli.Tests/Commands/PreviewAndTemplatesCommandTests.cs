using System.Text.Json;

namespace CalendarGen.Cli.Tests.Commands;

public sealed class PreviewAndTemplatesCommandTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-preview-");

    public void Dispose() => temp.Dispose();

    private static (int Width, int Height) PngSize(string path)
    {
        byte[] header = File.ReadAllBytes(path)[..24];
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        return ((header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19], (header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23]);
    }

    [Fact]
    public void Preview_of_a_date_writes_the_page_of_that_date_at_the_trim_size()
    {
        var result = CliRunner.Run("preview", "block-dai", "--year", "2027", "--date", "2027-07-30", "--dpi", "72", "-o", temp.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("page 212/367 (2027-07-30)", result.Output);
        var (width, height) = PngSize(Path.Combine(temp.Path, "block-dai-2027-p212.png"));
        Assert.Equal((411, 581), (width, height)); // 145 × 205 mm at 72 dpi
    }

    [Fact]
    public void Show_bleed_adds_the_bleed_and_marks()
    {
        CliRunner.Run("preview", "block-dai", "--year", "2027", "--page", "1", "--dpi", "72", "--show-bleed", "-o", temp.Path);
        var (width, _) = PngSize(Path.Combine(temp.Path, "block-dai-2027-p001.png"));
        Assert.True(width > 411 + 30);
    }

    [Fact]
    public void Preview_of_a_month_on_a_wall_calendar_is_its_month_page()
    {
        var result = CliRunner.Run("preview", "wall-7", "--year", "2027", "--month", "8", "--dpi", "36", "-o", temp.Path);
        Assert.Contains("page 5/7", result.Output);
    }

    [Fact]
    public void A_contact_sheet_shows_every_page()
    {
        var result = CliRunner.Run("preview", "desk-tent", "--year", "2027", "--contact-sheet", "--dpi", "60", "-o", temp.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("13 pages", result.Output);
        Assert.True(File.Exists(Path.Combine(temp.Path, "desk-tent-2027-contact.png")));
    }

    [Theory]
    [InlineData(new[] { "--date", "2026-07-30" }, "is not in 2027")]
    [InlineData(new[] { "--month", "13" }, "not 1–12")]
    [InlineData(new[] { "--page", "400" }, "pages 1–367")]
    [InlineData(new[] { "--page", "3", "--month", "2" }, "only one of")]
    [InlineData(new[] { "--dpi", "5000" }, "--dpi 5000")]
    public void Bad_preview_options_exit_2(string[] extra, string message)
    {
        var result = CliRunner.Run(["preview", "block-dai", "--year", "2027", "-o", temp.Path, .. extra]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Templates_list_names_the_seven_products()
    {
        var result = CliRunner.Run("templates", "list");
        Assert.Equal(0, result.ExitCode);
        foreach (string name in new[] { "block-dai", "block-trung", "desk-tent", "wall-13", "wall-13-photo", "wall-7", "wall-poster" })
        {
            Assert.Contains(name, result.Output);
        }
    }

    [Fact]
    public void Templates_validate_accepts_the_shipped_ones_and_the_sample()
    {
        var result = CliRunner.Run("templates", "validate", "block-dai", "wall-poster", Path.Combine(RepositoryRoot.Path, "samples", "block-dai-sao-mai.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Templates_validate_exits_2_for_every_broken_template_of_the_corpus()
    {
        string corpus = Path.Combine(RepositoryRoot.Path, "tests", "CalendarGen.Templates.Tests", "BrokenTemplates");
        foreach (string file in Directory.GetFiles(corpus, "*.yaml"))
        {
            var result = CliRunner.Run("templates", "validate", file);
            Assert.True(result.ExitCode == 2, file);
            Assert.Contains($"calendargen: error: {file}", result.Error);
        }
    }

    [Fact]
    public void Templates_schema_is_the_checked_in_schema_json()
    {
        var result = CliRunner.Run("templates", "schema");
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "schema.json")), result.Output);
        using var schema = JsonDocument.Parse(result.Output);
        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Templates_show_prints_the_file()
    {
        var result = CliRunner.Run("templates", "show", "wall-13");
        // The editor's schema line comes first, then the comment saying what product it is.
        string[] lines = result.Output.Split('\n', 3);
        Assert.StartsWith("# yaml-language-server: $schema=", lines[0]);
        Assert.StartsWith("# wall-13 — ", lines[1]);
    }
}
