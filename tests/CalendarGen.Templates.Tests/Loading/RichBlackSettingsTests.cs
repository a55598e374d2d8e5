using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>press: rich_black must name a palette colour with 100 % K and other inks, within max_ink.</summary>
public sealed class RichBlackSettingsTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-richblack-");

    public void Dispose() => temp.Dispose();

    private string Write(string press) => temp.Write($"t-{Guid.NewGuid():N}.yaml", $$"""
        extends: wall-poster
        palette:
          rich: { cmyk: [60, 40, 40, 100], rgb: "#0A0A0A" }
        press:
        {{press}}
        """);

    [Fact]
    public void No_template_uses_rich_black_unless_it_says_so()
    {
        foreach (string name in new[] { "block-dai", "block-trung", "desk-tent", "wall-13", "wall-7", "wall-poster" })
        {
            Assert.Null(TemplateLoader.Load(name).Value!.Press.RichBlack);
        }

        Assert.Equal(400, TemplateLoader.Load("wall-poster").Value!.Press.RichBlackMinArea);
    }

    [Fact]
    public void A_rich_black_from_the_palette_is_read_with_its_threshold()
    {
        var result = TemplateLoader.Load(Write("  rich_black: rich\n  rich_black_min_area: 900\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("rich", result.Value!.Press.RichBlack);
        Assert.Equal(900, result.Value.Press.RichBlackMinArea);
    }

    [Theory]
    [InlineData("  rich_black: coal\n", "rich_black: colour 'coal' is not in the palette")]
    [InlineData("  rich_black: indigo\n", "rich_black: colour 'indigo' (90/75/10/20) is not a rich black: it needs 100 % K")]
    [InlineData("  rich_black: ink\n", "rich_black: colour 'ink' (0/0/0/100) is not a rich black")]
    [InlineData("  max_ink: 230\n  rich_black: rich\n", "rich_black: colour 'rich' (60/40/40/100) has 240 % total ink, over max_ink 230 %")]
    [InlineData("  rich_black: rich\n  rich_black_min_area: -5\n", "'rich_black_min_area' must be between 0 and 1000000, not -5")]
    public void A_bad_rich_black_is_one_error_at_its_line(string press, string message)
    {
        string path = Write(press);
        var problem = Assert.Single(TemplateLoader.Load(path).Problems);

        Assert.Contains(message, problem.Message);
        Assert.Equal(path, problem.File);
        int line = File.ReadAllLines(path).ToList().FindIndex(l => l.Contains(press.Contains("min_area: -5") ? "min_area" : "rich_black:")) + 1;
        Assert.Equal(line, problem.Line);
    }
}
