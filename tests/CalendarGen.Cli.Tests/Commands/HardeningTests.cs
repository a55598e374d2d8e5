using System.Diagnostics;
using System.Text.Json;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>The classes of hostile or odd input of SECURITY.md, each through the real command line.</summary>
public sealed class HardeningTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-hardening-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Render_to_standard_output_writes_the_pdf_there_and_the_summary_to_standard_error()
    {
        var result = CliRunner.RunProcess("render", "wall-poster", "--year", "2027", "--profile", "screen", "-o", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("%PDF-", result.Output);
        Assert.Contains("standard output: 1 pages", result.Error);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void Output_lost_on_a_full_standard_output_is_a_failure_not_success()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        string dll = Path.Combine(AppContext.BaseDirectory, "calendargen.dll");
        var start = new ProcessStartInfo("sh", ["-c", $"dotnet '{dll}' lunar --from 2026-01-01 --to 2026-12-31 --format csv > /dev/full"]) { RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("standard output", error);
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("")]
    public void A_device_or_an_empty_name_as_output_is_bad_input(string output)
    {
        var result = CliRunner.Run("lunar", "2026-07-30", "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_template_name_that_climbs_out_of_the_folder_stays_inside_it()
    {
        Directory.CreateDirectory(Path.Combine(temp.Path, "in"));
        string template = temp.Write(Path.Combine("in", "evil.yaml"), "name: ../../../escaped\nextends: wall-poster\n");
        string pack = temp.Write(Path.Combine("in", "pack.yaml"), "years: [2027]\ntemplates: [evil.yaml]\nprofiles: [screen]\n");
        string output = Path.Combine(temp.Path, "out");
        var result = CliRunner.Run("pack", pack, "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        var written = Directory.GetFiles(temp.Path, "*.pdf", SearchOption.AllDirectories);
        Assert.All(written, f => Assert.StartsWith(output + Path.DirectorySeparatorChar, f));
        Assert.Contains(written, f => Path.GetFileName(f) == "escaped-2027-screen.pdf");
        Assert.True(File.Exists(template));
    }

    [Fact]
    public void Two_pack_entries_that_would_write_the_same_files_are_refused_before_anything_is_written()
    {
        temp.Write("a.yaml", "name: same\nextends: wall-poster\n");
        temp.Write("b.yaml", "name: same\nextends: wall-7\n");
        string pack = temp.Write("pack.yaml", "years: [2027]\ntemplates:\n  - a.yaml\n  - b.yaml\n");
        string output = Path.Combine(temp.Path, "out");
        var result = CliRunner.Run("pack", pack, "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pack.yaml:4:5: template", result.Error);
        Assert.Contains("same files as", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_pack_naming_a_file_outside_its_folder_is_refused_at_the_pack_line()
    {
        string pack = temp.Write("pack.yaml", "years: [2027]\ntemplates: [wall-7]\nevents:\n  - /etc/passwd\n");
        var result = CliRunner.Run("pack", pack, "-o", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pack.yaml:4:5: events", result.Error);
        Assert.DoesNotContain("root:", result.Error);
    }

    [Fact]
    public void A_lunar_day_a_year_lacks_is_an_error_at_its_line_unless_the_entry_says_what_to_do()
    {
        string events = temp.Write("events.yaml", "observances:\n  - id: cuoi-nam\n    name: Cuối năm\n    kind: custom\n    lunar: 30/12\n");
        var result = CliRunner.Run("events", "--year", "2027", "--events", events);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("events.yaml:2:5: observance 'cuoi-nam'", result.Error);
        Assert.Contains("29 days", result.Error);

        File.AppendAllText(events, "    if_missing: last_day\n");
        var moved = CliRunner.Run("events", "--year", "2027", "--events", events, "--format", "json");
        Assert.Equal(0, moved.ExitCode);
        using var json = JsonDocument.Parse(moved.Output);
        var day = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "cuoi-nam");
        Assert.Equal("2027-02-05", day.GetProperty("date").GetString()); // 29/12 of lunar 2026, the eve of Tết 2027
    }

    [Fact]
    public void Rendering_without_ICU_gives_the_same_bytes()
    {
        string normal = Path.Combine(temp.Path, "icu.pdf");
        string invariant = Path.Combine(temp.Path, "invariant.pdf");
        var env = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1767225600" };
        Assert.Equal(0, CliRunner.RunProcess(env, "render", "wall-13", "--year", "2027", "-o", normal).ExitCode);
        env["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        var result = CliRunner.RunProcess(env, "render", "wall-13", "--year", "2027", "-o", invariant);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(File.ReadAllBytes(normal), File.ReadAllBytes(invariant));
    }

    [Fact]
    public async Task Ctrl_C_in_a_pack_stops_it_cleanly_with_exit_code_130()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string pack = temp.Write("pack.yaml", "years: [2026, 2027, 2028]\ntemplates: [block-dai, block-trung]\nprofiles: [press, proof]\n");
        string output = Path.Combine(temp.Path, "out");
        using var process = Process.Start(CliRunner.Start(new Dictionary<string, string>(), "pack", pack, "-o", output, "--jobs", "2", "--quiet"))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // Wait for the first finished file, then interrupt as a terminal would.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !(Directory.Exists(output) && Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories).Length > 0))
        {
            await Task.Delay(50);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("stopped", await stderr);
        Assert.False(File.Exists(Path.Combine(output, "manifest.json")));
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(files, f => f.EndsWith("calendargen-tmp", StringComparison.Ordinal));
        Assert.True(files.Length < 12, "the pack was not stopped");
        foreach (string pdf in files)
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages > 300);
        }

        Assert.Equal(files.Length, (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_preview_too_large_to_draw_is_bad_input_asking_for_a_lower_resolution()
    {
        var result = CliRunner.Run("preview", "wall-poster", "--year", "2027", "--dpi", "600", "-o", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("use a lower --dpi", result.Error);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.png"));
    }

    [Fact]
    public void A_data_file_that_is_not_utf8_is_refused_at_the_line_of_the_first_bad_byte()
    {
        string events = Path.Combine(temp.Path, "latin1.yaml");
        File.WriteAllBytes(events, [.. "observances:\n  - id: a\n    name: Ng"u8, 0xE0, .. "y\n"u8]);
        var result = CliRunner.Run("events", "--year", "2027", "--events", events);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("latin1.yaml:3:1: not UTF-8", result.Error);
    }
}
