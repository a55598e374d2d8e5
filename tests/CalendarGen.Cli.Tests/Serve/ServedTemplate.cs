using System.Text.RegularExpressions;
using CalendarGen.Cli.Serve;

namespace CalendarGen.Cli.Tests.Serve;

/// <summary>
/// A copy of a shipped template in a temporary folder, previewed by an in-process server on a free port. Its fonts
/// are named `../fonts/…`, which does not exist beside the copy: the loader then finds the shipped fonts by name.
/// </summary>
internal sealed partial class ServedTemplate : IAsyncDisposable
{
    private readonly TempFolder folder;

    private ServedTemplate(string path, PreviewServer server, TempFolder folder)
    {
        Path = path;
        Server = server;
        this.folder = folder;
    }

    public string Path { get; }

    public PreviewServer Server { get; }

    public Uri Address => Server.Address;

    public string Text => File.ReadAllText(Path);

    public static Task<ServedTemplate> StartAsync(string shipped, int year) =>
        StartAsync(shipped, (_, path) => new PreviewInputs(path, year, [], null));

    /// <summary>Copies <paramref name="shipped"/>, lets <paramref name="prepare"/> add files and say what to preview, and starts.</summary>
    public static async Task<ServedTemplate> StartAsync(string shipped, Func<TempFolder, string, PreviewInputs> prepare)
    {
        var folder = new TempFolder("calendargen-serve-");
        string path = System.IO.Path.Combine(folder.Path, shipped + ".yaml");
        File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "templates", shipped + ".yaml"), path);
        var server = await PreviewServer.StartAsync(prepare(folder, path), 0, TimeSpan.FromMilliseconds(80));
        return new ServedTemplate(path, server, folder);
    }

    public TempFolder Folder => folder;

    /// <summary>Saves the template with the text colour changed (each call a different colour); returns its rgb.</summary>
    public string ChangeInkColour(int step)
    {
        string rgb = $"#{(0x20 + 16 * (step % 8)):X2}1D{(0x1B + 8 * (step % 4)):X2}";
        Save(InkRgb().Replace(Text, $"${{head}}{rgb}\"", 1));
        return rgb;
    }

    /// <summary>Saves the template without its cover page: every later page moves down one.</summary>
    public void RemoveCover() => Save(Cover().Replace(Text, "\n", 1));

    /// <summary>Saves the template with the product kind misspelt; returns the line of the mistake.</summary>
    public int BreakKind()
    {
        string text = Text;
        int index = text.IndexOf("\nkind: ", StringComparison.Ordinal) + 1;
        Save(text[..index] + "kind: blok-or-wal" + text[text.IndexOf('\n', index)..]);
        return text[..index].Count(c => c == '\n') + 1;
    }

    /// <summary>Waits until build <paramref name="build"/> (or a newer one) is published.</summary>
    public async Task WaitForBuildAsync(int build)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await Server.Preview.WaitForBuildAfter(build - 1, timeout.Token);
    }

    /// <summary>Writes the file as an editor does: whole, in place.</summary>
    public void Save(string text) => File.WriteAllText(Path, text);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        folder.Dispose();
    }

    [GeneratedRegex("\\n  cover:\\n(?:(?:    |\\s*#).*\\n)*")]
    private static partial Regex Cover();

    [GeneratedRegex("(?<head>\\n  ink: +\\{[^}\\n]*rgb: \")#[0-9A-Fa-f]{6}\"")]
    private static partial Regex InkRgb();
}
