using System.Text;
using CalendarGen.Templates.Observances;

namespace CalendarGen.Templates.Tests.Yaml;

/// <summary>Hostile and broken inputs: each is a problem, never an exception.</summary>
public sealed class YamlSourceTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-yaml-");

    public void Dispose() => temp.Dispose();

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_missing_file_is_a_problem_naming_the_file()
    {
        string path = Path.Combine(temp.Path, "absent.yaml");
        var problem = Assert.Single(ObservanceFile.Load(path).Problems);
        Assert.Equal(path, problem.File);
        Assert.Contains("not found", problem.Message);
    }

    [Fact]
    public void A_directory_is_a_problem()
    {
        Assert.Contains("directory", Assert.Single(ObservanceFile.Load(temp.Path).Problems).Message);
    }

    [Fact]
    public void An_empty_file_is_a_problem()
    {
        Assert.Contains("empty", Assert.Single(ObservanceFile.Load(Write("empty.yaml", [])).Problems).Message);
    }

    [Fact]
    public void A_binary_file_is_a_problem()
    {
        Assert.Contains("not a text file", ObservanceFile.Load(Write("bin.yaml", [0x89, 0x50, 0x4E, 0x47, 0, 1, 2])).Problems[0].Message);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_a_problem()
    {
        Assert.Contains("UTF-8", ObservanceFile.Load(Write("latin1.yaml", [0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9, 0xFF])).Problems[0].Message);
    }

    [Fact]
    public void A_huge_file_is_refused_before_it_is_parsed()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('#', 5 * 1024 * 1024));
        Assert.Contains("larger than", ObservanceFile.Load(Write("huge.yaml", bytes)).Problems[0].Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        string deep = "observances: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var problem = Assert.Single(ObservanceFile.Parse(deep, "deep.yaml").Problems);
        Assert.Contains("nested more than", problem.Message);
    }

    [Fact]
    public void An_alias_bomb_costs_nothing_and_is_reported_as_bad_content()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{(i == 1 ? "" : (i - 1).ToString())}, *a{(i == 1 ? "" : (i - 1).ToString())}, *a{(i == 1 ? "" : (i - 1).ToString())}]\n");
        }

        var result = ObservanceFile.Parse(yaml.ToString(), "bomb.yaml");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Message.Contains("unknown key"));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: 1/1\n")).ToArray();
        Assert.True(ObservanceFile.Load(Write("bom.yaml", bytes)).Succeeded);
    }

    [Fact]
    public void Two_documents_in_one_file_are_refused()
    {
        Assert.Contains("one YAML document", ObservanceFile.Parse("set: a\n---\nset: b\n", "two.yaml").Problems[0].Message);
    }
}
