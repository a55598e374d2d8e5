using System.Text.Json;
using CalendarGen.Cli.Serve;

namespace CalendarGen.Cli.Tests.Serve;

/// <summary>What the preview watches besides the template: the templates it extends, its fonts, events files.</summary>
public sealed class DependencyWatchTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Saving_the_template_it_extends_rebuilds_the_preview()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", (folder, parent) =>
            new PreviewInputs(folder.Write("child.yaml", "extends: wall-13.yaml\nname: child\n"), 2027, [], null));
        byte[] before = await Page(served, 8);

        served.ChangeInkColour(2);
        await served.WaitForBuildAsync(2);

        Assert.NotEqual(before, await Page(served, 8));
        Assert.Equal("child", served.Server.Preview.Snapshot.Good!.Template.Name);
    }

    [Fact]
    public async Task Replacing_a_font_file_rebuilds_with_the_new_font()
    {
        string fonts = Path.Combine(RepositoryRoot.Path, "fonts");
        await using var served = await ServedTemplate.StartAsync("wall-13", (folder, path) =>
        {
            File.Copy(Path.Combine(fonts, "BeVietnamPro_400Regular.ttf"), Path.Combine(folder.Path, "body.ttf"));
            File.WriteAllText(path, File.ReadAllText(path).Replace("body: ../fonts/BeVietnamPro_400Regular.ttf", "body: body.ttf", StringComparison.Ordinal));
            return new PreviewInputs(path, 2027, [], null);
        });
        Assert.Contains(Path.Combine(served.Folder.Path, "body.ttf"), served.Server.Preview.Snapshot.Good!.Template.Fonts.Values);
        byte[] before = await Page(served, 8);

        File.Copy(Path.Combine(fonts, "NotoSerif-Regular.ttf"), Path.Combine(served.Folder.Path, "body.ttf"), overwrite: true);
        await served.WaitForBuildAsync(2);

        Assert.True(served.Server.Preview.Snapshot.Problems.Count == 0, string.Join("\n", served.Server.Preview.Snapshot.Problems));
        Assert.NotEqual(before, await Page(served, 8));
    }

    [Fact]
    public async Task Saving_an_events_file_puts_the_new_name_on_its_day()
    {
        const string Events = """
            observances:
              - id: founding
                name: Ngày thành lập Công ty {0}
                kind: custom
                solar: 15/3
            """;
        await using var served = await ServedTemplate.StartAsync("block-dai", (folder, path) =>
            new PreviewInputs(path, 2027, [folder.Write("mine.yaml", string.Format(Events, "Sao Mai"))], null));
        Assert.Contains("Ngày thành lập Công ty Sao Mai", await Text(served, "2027-03-15"), StringComparison.Ordinal);

        served.Folder.Write("mine.yaml", string.Format(Events, "Bình Minh"));
        await served.WaitForBuildAsync(2);

        Assert.Contains("Ngày thành lập Công ty Bình Minh", await Text(served, "2027-03-15"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_schedule_file_is_a_problem_at_its_line_until_it_is_fixed()
    {
        string sample = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "schedules", "2026.yaml"));
        await using var served = await ServedTemplate.StartAsync("wall-13", (folder, path) =>
            new PreviewInputs(path, 2026, [], folder.Write("2026.yaml", sample)));
        Assert.Empty(served.Server.Preview.Snapshot.Problems);

        string broken = sample.Replace("    kind: substitute", "    kind: holiday-ish", StringComparison.Ordinal);
        served.Folder.Write("2026.yaml", broken);
        await served.WaitForBuildAsync(2);

        var problem = Assert.Single(served.Server.Preview.Snapshot.Problems);
        Assert.EndsWith("2026.yaml", problem.File, StringComparison.Ordinal);
        Assert.Equal(broken[..broken.IndexOf("holiday-ish", StringComparison.Ordinal)].Count(c => c == '\n') + 1, problem.Line);

        served.Folder.Write("2026.yaml", sample);
        await served.WaitForBuildAsync(3);
        Assert.Empty(served.Server.Preview.Snapshot.Problems);
    }

    [Fact]
    public async Task A_save_that_renames_a_new_file_over_the_template_rebuilds()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);
        string text = served.Text;

        // Editors that save safely write a new file beside the old one and rename it over.
        string written = served.Folder.Write(".wall-13.yaml.swp", text.Replace("kind: wall", "kind: wal", StringComparison.Ordinal));
        File.Move(written, served.Path, overwrite: true);
        await served.WaitForBuildAsync(2);

        Assert.Contains(served.Server.Preview.Snapshot.Problems, p => p.Message.Contains("'wal'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_burst_of_saves_is_built_once()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);

        // Saves 25 ms apart, well inside the 80 ms quiet time: an editor's double write, and a few more.
        for (int i = 0; i < 6; i++)
        {
            served.ChangeInkColour(i);
            await Task.Delay(25);
        }

        await served.WaitForBuildAsync(2);
        await Task.Delay(600);

        // One build for the burst; a second only if the machine stalled longer than the quiet time mid-burst.
        Assert.InRange(served.Server.Preview.Snapshot.Build, 2, 3);
    }

    private static Task<byte[]> Page(ServedTemplate served, int number) =>
        Http.GetByteArrayAsync(new Uri(served.Address, $"api/pages/{number}.png"));

    private static async Task<string> Text(ServedTemplate served, string key)
    {
        using var state = JsonDocument.Parse(await Http.GetStringAsync(new Uri(served.Address, "api/state")));
        int number = state.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("key").GetString() == key).GetProperty("number").GetInt32();
        return await Http.GetStringAsync(new Uri(served.Address, $"api/pages/{number}/text"));
    }
}
