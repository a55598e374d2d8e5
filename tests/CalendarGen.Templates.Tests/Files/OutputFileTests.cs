using CalendarGen.Templates.Files;

namespace CalendarGen.Templates.Tests.Files;

/// <summary>Outputs are written atomically, only over ordinary files, never through links, and leave nothing behind.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-output-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_write_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        string path = temp.Write("out.pdf", "old");
        OutputFile.Write(path, "new"u8.ToArray());
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_failing_write_keeps_the_old_file_and_removes_its_temporary_file()
    {
        string path = temp.Write("out.pdf", "old");
        Assert.Throws<InvalidOperationException>(() => OutputFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("drawing failed");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/stdout")]
    public void A_device_or_a_link_to_one_is_refused_and_left_as_it_is(string target)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var error = Assert.Throws<OutputFileException>(() => OutputFile.Write(target, "x"u8.ToArray()));
        Assert.True(error.IsBadInput);
        Assert.Contains("-o -", error.Message);
        Assert.NotEqual(FileKind.Regular, FileKinds.Of(target, followLinks: false));
    }

    [Fact]
    public void A_symbolic_link_at_the_target_is_refused_and_its_target_untouched()
    {
        string victim = temp.Write("victim.txt", "precious");
        string link = Path.Combine(temp.Path, "out.pdf");
        File.CreateSymbolicLink(link, victim);
        var error = Assert.Throws<OutputFileException>(() => OutputFile.Write(link, "x"u8.ToArray()));
        Assert.Contains("symbolic link", error.Message);
        Assert.Equal("precious", File.ReadAllText(victim));
    }

    [Fact]
    public void Bad_paths_are_bad_input_naming_the_users_path()
    {
        Assert.Equal("an empty output path", Assert.Throws<OutputFileException>(() => OutputFile.Prepare("")).Message);
        Assert.Contains("NUL", Assert.Throws<OutputFileException>(() => OutputFile.Prepare("a\0b.pdf")).Message);
        Assert.Contains("is a folder", Assert.Throws<OutputFileException>(() => OutputFile.Prepare(temp.Path)).Message);
        var missing = Assert.Throws<OutputFileException>(() => OutputFile.Prepare(Path.Combine(temp.Path, "no", "x.pdf")));
        Assert.True(missing.IsBadInput);
        Assert.Contains("does not exist", missing.Message);
    }

    [Fact]
    public void Temporary_files_of_dead_runs_are_removed_by_the_next_write_and_live_ones_are_kept()
    {
        string path = Path.Combine(temp.Path, "out.pdf");
        string dead = temp.Write($".out.pdf.{int.MaxValue - 1}.0123456789abcdef.calendargen-tmp", "stale");
        string live = temp.Write($".out.pdf.{Environment.ProcessId}.fedcba9876543210.calendargen-tmp", "mine");
        string other = temp.Write(".other.pdf.1.0123456789abcdef.calendargen-tmp", "not this target's");
        OutputFile.Write(path, "x"u8.ToArray());
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(other));
    }

    [Fact]
    public void A_planted_link_cannot_redirect_the_write()
    {
        // Temporary names are unpredictable and created exclusively; even links planted at every name a predictable
        // scheme would use leave the write unaffected.
        string victim = temp.Write("victim.txt", "precious");
        string path = Path.Combine(temp.Path, "out.pdf");
        File.CreateSymbolicLink(Path.Combine(temp.Path, $".out.pdf.{Environment.ProcessId}.1.tmp"), victim);
        OutputFile.Write(path, "x"u8.ToArray());
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal("x", File.ReadAllText(path));
    }
}
