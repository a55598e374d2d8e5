using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Tests.Loading;

public sealed class ExtendsTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-extends-");

    public void Dispose() => temp.Dispose();

    private string Write(string name, string text) => temp.Write(name, text);

    [Fact]
    public void The_sample_restyles_block_dai_with_fonts_colours_and_a_moved_frame()
    {
        var parent = TemplateLoader.Load("block-dai").Value!;
        var result = TemplateLoader.Load(Path.Combine(RepositoryRoot.Path, "samples", "block-dai-sao-mai.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var child = result.Value!;

        Assert.Equal("block-dai-sao-mai", child.Name);
        Assert.EndsWith("NotoSerif-Regular.ttf", child.Fonts["body"]);
        Assert.Equal(parent.Fonts["medium"], child.Fonts["medium"]);
        Assert.Equal(new Cmyk(20, 100, 70, 30), child.Palette["jade"].Cmyk);
        Assert.Equal(parent.Palette["red"], child.Palette["red"]);

        Frame Of(Template t, string id) => t.FramesOf(PageRole.Day).Single(f => f.Id == id);
        Assert.Equal(30, Of(child, "weekday").Box.Y);
        Assert.Equal(Of(parent, "weekday").Box with { Y = 30 }, Of(child, "weekday").Box);
        Assert.Equal(Of(parent, "weekday").Component, Of(child, "weekday").Component);
        Assert.Equal(parent.FramesOf(PageRole.Day).Select(f => f.Id), child.FramesOf(PageRole.Day).Select(f => f.Id));
        Assert.Equal(parent.FramesOf(PageRole.Cover).Length, child.FramesOf(PageRole.Cover).Length);
    }

    [Fact]
    public void A_frame_can_be_removed_and_one_added()
    {
        string path = Write("mine.yaml", """
            extends: block-trung
            pages:
              day:
                - { id: hours, remove: true }
                - { id: note, type: text, x: 54, y: 97, width: 43, height: 10, text: "{truc}" }
            """);
        var result = TemplateLoader.Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var ids = result.Value!.FramesOf(PageRole.Day).Select(f => f.Id).ToList();
        Assert.DoesNotContain("hours", ids);
        Assert.Equal("note", ids[^1]);
    }

    [Fact]
    public void A_problem_in_the_child_names_the_child_file_and_line()
    {
        string path = Write("child.yaml", "extends: block-trung\npages:\n  day:\n    - { id: day, colour: red }\n");
        var problem = Assert.Single(TemplateLoader.Load(path).Problems);
        Assert.Equal(path, problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Contains("unknown key 'colour'", problem.Message);
    }

    [Fact]
    public void A_cycle_of_two_files_is_reported()
    {
        Write("a.yaml", "extends: b.yaml\n");
        string b = Write("b.yaml", "extends: a.yaml\n");
        var problem = Assert.Single(TemplateLoader.Load(b).Problems);
        Assert.Contains("extends cycle: b.yaml → a.yaml → b.yaml", problem.Message);
    }
}
