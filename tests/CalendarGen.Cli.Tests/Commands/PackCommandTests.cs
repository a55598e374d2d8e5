using System.Text.Json;
using CalendarGen.Cli.Pack;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Observances;
using CalendarGen.Templates.Packs;

namespace CalendarGen.Cli.Tests.Commands;

public sealed class PackCommandTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-pack-");

    public void Dispose() => temp.Dispose();

    private string Write(string name, string text) => temp.Write(name, text);

    private const string SmallPack = """
        name: test-pack
        years: [2027]
        templates: [wall-7, wall-poster]
        profiles: [press, screen]
        previews: { cover: true, dates: ["07-30"], dpi: 36 }
        contact_sheets: true
        events_ics: true
        """;

    [Fact]
    public void A_pack_writes_every_file_and_a_manifest_with_hashes()
    {
        string pack = Write("pack.yaml", SmallPack);
        string output = Path.Combine(temp.Path, "out");
        var result = CliRunner.Run("pack", pack, "-o", output, "--jobs", "2");
        Assert.Equal(0, result.ExitCode);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        // 2 templates × 2 profiles + 2 × (cover + the 30/7 page) + 2 contact sheets + 1 ICS, less the poster's
        // single page counted once for cover and date.
        Assert.Equal(4 + 3 + 2 + 1, files.Count);
        foreach (var file in files)
        {
            string path = Path.Combine(output, file.GetProperty("path").GetString()!);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal(file.GetProperty("bytes").GetInt64(), bytes.Length);
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }

        var press = files.Single(f => f.GetProperty("path").GetString() == "2027/wall-7/wall-7-2027-press.pdf");
        Assert.Equal(7, press.GetProperty("pages").GetInt32());
        Assert.Equal("press", press.GetProperty("profile").GetString());
        Assert.Contains(files, f => f.GetProperty("path").GetString() == "2027/events-2027.ics");
    }

    [Fact]
    public void Running_the_same_pack_twice_gives_identical_manifests_whatever_the_job_count()
    {
        string pack = Write("pack.yaml", SmallPack);
        CliRunner.Run("pack", pack, "-o", Path.Combine(temp.Path, "a"), "--jobs", "1");
        CliRunner.Run("pack", pack, "-o", Path.Combine(temp.Path, "b"), "--jobs", "2");
        Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "a", "manifest.json")), File.ReadAllText(Path.Combine(temp.Path, "b", "manifest.json")));
    }

    [Fact]
    public void A_failing_job_is_reported_the_others_finish_and_the_exit_code_is_not_zero()
    {
        Write("tight.yaml", "extends: wall-7\npages:\n  two_months:\n    - { id: title, size: 60, min_size: 60 }\n");
        string pack = Write("pack.yaml", "years: [2027]\ntemplates: [tight.yaml, wall-poster]\nprofiles: [press]\n");
        var result = CliRunner.Run("pack", pack, "-o", Path.Combine(temp.Path, "out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("calendargen: failed: tight 2027 press:", result.Error);
        Assert.Contains("does not fit", result.Error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "2027", "wall-poster", "wall-poster-2027-press.pdf")));
        Assert.Contains("1 failed jobs", result.Output);
    }

    [Fact]
    public void Json_mode_prints_one_object_per_file()
    {
        string pack = Write("pack.yaml", "years: [2027]\ntemplates: [wall-poster]\nprofiles: [press, proof]\n");
        var result = CliRunner.Run("pack", pack, "-o", Path.Combine(temp.Path, "out"), "--json");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal("ok", JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()));

        // The same names as manifest.json, so a CI script reads both the same way.
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "manifest.json")));
        var manifestKeys = manifest.RootElement.GetProperty("files")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(lines, l => Assert.Equal(["status", .. manifestKeys], JsonDocument.Parse(l).RootElement.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Stopping_midway_leaves_only_complete_files()
    {
        string pack = Write("pack.yaml", SmallPack);
        var spec = PackSpec.Load(pack).Value!;
        string output = Path.Combine(temp.Path, "stopped");
        Directory.CreateDirectory(output);
        using var fonts = new FontCache();
        var templates = spec.Templates.ToDictionary(t => t.Value, t => TemplateLoader.Load(t.Value).Value!);
        var jobs = new PackPlanner(spec, templates, output, ObservanceSets.Shipped("vn"), fonts, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)).Plan();
        using var stop = new CancellationTokenSource();
        var results = await PackRunner.RunAsync(jobs, 2, new StopAfterFirst(stop), stop.Token);

        Assert.True(results.Count < jobs.Count);
        var written = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(written);
        Assert.DoesNotContain(written, f => f.EndsWith("-tmp", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(output, "manifest.json")));
        foreach (string file in written.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
            Assert.True(pdf.NumberOfPages > 0);
        }

        Assert.Equal(results.SelectMany(r => r.Files).Count(), written.Length);
    }

    [Theory]
    [InlineData("years: [2027]\n", "missing 'templates'")]
    [InlineData("years: [1800]\ntemplates: [wall-7]\n", "not a year")]
    [InlineData("years: [2027]\ntemplates: [wall-7]\nprofiles: [cmyk]\n", "unknown profile")]
    [InlineData("years: [2027]\ntemplates: [wall-7]\ncolour: red\n", "unknown key 'colour'")]
    public void A_broken_pack_file_exits_2_naming_file_and_line(string yaml, string message)
    {
        string pack = Write("pack.yaml", yaml);
        var result = CliRunner.Run("pack", pack, "-o", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{pack}:", result.Error);
        Assert.Contains(message, result.Error);
    }

    private sealed class StopAfterFirst(CancellationTokenSource stop) : IPackReporter
    {
        public void Started(PackJob job)
        {
        }

        public void Finished(PackJobResult result) => stop.Cancel();
    }
}
