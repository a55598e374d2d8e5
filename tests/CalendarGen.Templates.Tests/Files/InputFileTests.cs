using System.Diagnostics;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Files;

/// <summary>Every file calendargen is given is read through one layer: ordinary files only, size-capped, never hanging.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-input-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void An_ordinary_file_within_the_cap_is_read_whole()
    {
        string path = temp.Write("a.yaml", "kind: block\n");
        Assert.Equal("kind: block\n"u8.ToArray(), InputFile.TryRead(path, InputKind.Template, out string? problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_file_over_the_cap_of_its_kind_is_refused_and_the_message_says_the_limit()
    {
        string path = Path.Combine(temp.Path, "big.yaml");
        File.WriteAllBytes(path, new byte[(4 << 20) + 1]);
        Assert.Null(InputFile.TryRead(path, InputKind.Template, out string? problem));
        Assert.Contains("larger than 4 MB", problem);
        Assert.NotNull(InputFile.TryRead(path, InputKind.Image, out _));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void A_device_is_never_opened(string device)
    {
        if (!File.Exists(device))
        {
            return; // Windows has no such devices; its device names are tested below.
        }

        Assert.Null(InputFile.TryRead(device, InputKind.Template, out string? problem));
        Assert.Contains("not an ordinary file", problem);
        Assert.Contains("not an ordinary file", Assert.Single(TemplateLoader.Load(device).Problems).Message);
    }

    [Fact]
    public async Task A_fifo_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string fifo = Path.Combine(temp.Path, "pipe.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var load = Task.Run(() => TemplateLoader.Load(fifo));
        var result = await load.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("not an ordinary file", Assert.Single(result.Problems).Message);
        Assert.Equal(FileKind.Special, FileKinds.Of(fifo));
    }

    [Fact]
    public void Kinds_of_paths_are_told_apart_without_following_links_when_asked()
    {
        string file = temp.Write("f.txt", "x");
        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
        Assert.Equal(FileKind.Directory, FileKinds.Of(temp.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(temp.Path, "none")));
        Assert.Equal(FileKind.Missing, FileKinds.Of("a\0b"));
        string link = Path.Combine(temp.Path, "link.txt");
        File.CreateSymbolicLink(link, file);
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(link, followLinks: false));
        Assert.Equal(FileKind.Regular, FileKinds.Of(link));
    }

    [Fact]
    public void Empty_names_and_names_with_NUL_are_problems_not_exceptions()
    {
        Assert.Equal("an empty file name", InputFile.Check("", InputKind.Data));
        Assert.Contains("NUL", InputFile.Check("a\0.yaml", InputKind.Data));
        Assert.Equal("is a directory, not a file", InputFile.Check(temp.Path, InputKind.Data));
    }
}
