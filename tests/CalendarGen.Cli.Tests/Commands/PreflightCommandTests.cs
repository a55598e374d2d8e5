using System.Text.Json;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>`calendargen preflight`: exit 0 clean, 1 on an error finding, 2 on a file that is not a readable PDF.</summary>
public sealed class PreflightCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("calendargen-preflight-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Render(string profile)
    {
        string path = Path.Combine(folder, $"wall-{profile}.pdf");
        Assert.Equal(0, CliRunner.Run("render", "wall-13", "--year", "2027", "--profile", profile, "-o", path).ExitCode);
        return path;
    }

    [Fact]
    public void A_press_file_exits_0_and_the_English_summary_says_how_many_lunar_pairs_it_checked()
    {
        var result = CliRunner.Run("preflight", Render("press"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("365 lunar pairs found, 365 checked", result.Output, StringComparison.Ordinal);
        Assert.Contains("0 errors", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_screen_file_exits_1_and_its_JSON_lists_the_RGB_findings_by_page()
    {
        var result = CliRunner.Run("preflight", Render("screen"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("ok").GetBoolean());
        Assert.Equal(365, root.GetProperty("lunarPairsChecked").GetInt32());
        var rgb = root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "colour-rgb").ToList();
        Assert.NotEmpty(rgb);
        Assert.All(rgb, f => Assert.True(f.GetProperty("page").GetInt32() >= 1));
    }

    [Fact]
    public void The_JSON_counts_Tet_marks_and_spot_inks_and_gives_each_warning_in_both_languages()
    {
        // A planted defect: wall-13's mini-months with red Sundays at 6.5 pt (two inks), which the shipped template avoids.
        string template = Path.Combine(folder, "red-minis.yaml");
        File.WriteAllText(template, $"extends: {Path.Combine(CalendarGen.Templates.ShippedFiles.TemplatesDirectory, "wall-13.yaml")}\n"
            + "pages:\n  month:\n    - { id: minis, type: mini-months, x: 200, y: 400, width: 90, height: 37, size: 6.5, color: ink, day_colors: true }\n");
        string press = Path.Combine(folder, "red-minis.pdf");
        var render = CliRunner.Run("--allow-path", CalendarGen.Templates.ShippedFiles.TemplatesDirectory, "render", template, "--year", "2027", "-o", press);
        Assert.True(render.ExitCode == 0, render.Error);

        var result = CliRunner.Run("preflight", press, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("tetMarksChecked").GetInt32());

        // No spot ink but, once press files carry one, a die or cut-contour line.
        Assert.All(root.GetProperty("spotInks").EnumerateArray(), ink => Assert.Matches("(?i)cut|die", ink.GetString()!));

        var small = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "small-text-inks");
        Assert.Equal("warning", small.GetProperty("severity").GetString());
        Assert.Contains("6.5 pt text in 2 inks", small.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("chữ 6.5 pt in bằng 2 màu mực", small.GetProperty("messageVi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_summary_says_how_many_Tet_marks_it_checked_and_names_the_spot_inks_in_both_languages()
    {
        string press = Render("press");

        var english = CliRunner.Run("preflight", press, "--lang", "en");
        var vietnamese = CliRunner.Run("preflight", press);

        Assert.Matches("0 Tết marks checked; 30/7 pages: 8; spot inks: (none|[^;]*(Cut|Die)[^;]*);", english.Output);
        Assert.Matches("0 dấu Tết; trang 30/7: 8; màu pha: (không có|[^;]*(Cut|Die)[^;]*);", vietnamese.Output);
    }

    [Fact]
    public void A_file_that_is_not_a_PDF_exits_2_with_one_line_naming_it()
    {
        string path = Path.Combine(folder, "notes.pdf");
        File.WriteAllText(path, "not a pdf at all");

        var result = CliRunner.Run("preflight", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"calendargen: error: {path}: is not a PDF (no %PDF- header)", result.Error.TrimEnd());
    }

    [Fact]
    public void The_Vietnamese_table_is_the_default()
    {
        var result = CliRunner.Run("preflight", Render("screen"));

        Assert.Contains("lỗi", result.Output, StringComparison.Ordinal);
        Assert.Contains("màu RGB", result.Output, StringComparison.Ordinal);
        Assert.Contains("đã kiểm 365", result.Output, StringComparison.Ordinal);
    }
}
