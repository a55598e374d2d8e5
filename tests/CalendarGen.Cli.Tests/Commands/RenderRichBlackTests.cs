namespace CalendarGen.Cli.Tests.Commands;

/// <summary>render with a bad press: rich_black: one file:line error, exit code 2, nothing written.</summary>
public sealed class RenderRichBlackTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-render-richblack-");

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("coal", "rich_black: colour 'coal' is not in the palette")]
    [InlineData("grey", "rich_black: colour 'grey' (0/0/0/55) is not a rich black")]
    public void A_bad_rich_black_is_one_error_line_with_exit_code_2_and_no_file(string name, string message)
    {
        string template = temp.Write("rich.yaml", $"extends: wall-poster\npress:\n  rich_black: {name}\n");
        string output = Path.Combine(temp.Path, "out.pdf");

        var result = CliRunner.Run("render", template, "--year", "2027", "-o", output);

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("rich.yaml:3:", line);
        Assert.Contains(message, line);
        Assert.False(File.Exists(output));
    }
}
