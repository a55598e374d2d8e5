using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Loading;

public sealed class PressSettingsTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-press-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Black_overprints_unless_the_template_says_otherwise()
    {
        Assert.True(TemplateLoader.Load("block-trung").Value!.Press.OverprintBlack);

        string path = temp.Write("knockout.yaml", "extends: block-trung\npress:\n  overprint_black: false\n");
        var result = TemplateLoader.Load(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.False(result.Value!.Press.OverprintBlack);
    }

    [Fact]
    public void An_unknown_press_key_is_reported_at_its_line()
    {
        string path = temp.Write("typo.yaml", "extends: block-trung\npress:\n  overprint: false\n");

        var problem = Assert.Single(TemplateLoader.Load(path).Problems);

        Assert.Equal(3, problem.Line);
        Assert.Contains("unknown key 'overprint'", problem.Message);
    }
}
