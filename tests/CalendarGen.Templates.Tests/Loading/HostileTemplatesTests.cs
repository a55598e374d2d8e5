using System.Text;
using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>No input file, however broken, makes the loader throw.</summary>
public sealed class HostileTemplatesTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-hostile-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Every_truncation_and_byte_mutation_of_a_shipped_template_loads_or_gives_problems()
    {
        byte[] original = File.ReadAllBytes(Path.Combine(ShippedFiles.TemplatesDirectory, "desk-tent.yaml"));
        var random = new Random(7);
        string path = Path.Combine(temp.Path, "desk-tent.yaml");
        for (int i = 0; i < 400; i++)
        {
            byte[] bytes = i < 100 ? original[..(original.Length * i / 100)] : (byte[])original.Clone();
            if (i >= 100)
            {
                for (int j = 0; j < 1 + i % 5; j++)
                {
                    const string Hostile = "{}[]:,-#&*!|>'\"%@`\t\n 0a";
                    bytes[random.Next(bytes.Length)] = (byte)Hostile[random.Next(Hostile.Length)];
                }
            }

            File.WriteAllBytes(path, bytes);
            var result = TemplateLoader.Load(path);
            Assert.True(result.Succeeded || !result.Problems.IsEmpty);
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        }
    }

    [Fact]
    public void An_alias_bomb_is_answered_quickly_with_problems()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 40; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        yaml.Append("kind: block\npages: { day: *a39 }\n");
        string path = Path.Combine(temp.Path, "bomb.yaml");
        File.WriteAllText(path, yaml.ToString());
        Assert.NotEmpty(TemplateLoader.Load(path).Problems);
    }

    [Fact]
    public void A_deeply_nested_template_is_refused()
    {
        string path = Path.Combine(temp.Path, "deep.yaml");
        File.WriteAllText(path, "kind: block\npages: " + new string('[', 50_000) + new string(']', 50_000));
        Assert.Contains("nested more than", Assert.Single(TemplateLoader.Load(path).Problems).Message);
    }

    [Fact]
    public void A_name_that_is_neither_a_file_nor_a_shipped_template_is_a_problem_listing_the_shipped_ones()
    {
        var problem = Assert.Single(TemplateLoader.Load("no-such-calendar").Problems);
        Assert.Contains("block-dai", problem.Message);
    }
}
