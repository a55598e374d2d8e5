using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Tests.Loading;

public sealed class ShippedTemplatesTests
{
    public static TheoryData<string> Names => new(ShippedFiles.TemplateNames());

    [Fact]
    public void The_six_products_are_shipped()
    {
        Assert.Equal(["block-dai", "block-trung", "desk-tent", "wall-13", "wall-7", "wall-poster"], ShippedFiles.TemplateNames());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_shipped_template_loads_without_problems(string name)
    {
        var result = TemplateLoader.Load(name);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(name, result.Value!.Name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_shipped_template_begins_with_a_comment_saying_what_product_it_is(string name)
    {
        string first = File.ReadLines(Path.Combine(ShippedFiles.TemplatesDirectory, name + ".yaml")).First();
        Assert.StartsWith($"# {name} — ", first);
    }

    [Theory]
    [InlineData("block-dai", 145, 205)]
    [InlineData("block-trung", 105, 145)]
    [InlineData("desk-tent", 200, 150)]
    [InlineData("wall-13", 310, 460)]
    [InlineData("wall-7", 310, 460)]
    [InlineData("wall-poster", 420, 594)]
    public void Trim_sizes_are_the_products(string name, double width, double height)
    {
        var page = TemplateLoader.Load(name).Value!.Page;
        Assert.Equal((width, height), (page.Width, page.Height));
        Assert.Equal(3, page.Bleed);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_shipped_template_prints_observances_through_components_and_never_hard_codes_the_30_July_texts(string name)
    {
        string text = File.ReadAllText(Path.Combine(ShippedFiles.TemplatesDirectory, name + ".yaml"));
        Assert.DoesNotContain("mua bán người", text);
        var template = TemplateLoader.Load(name).Value!;
        bool listsObservances = template.Pages.Values.SelectMany(f => f).Any(f => f.Component is ObservanceListComponent or YearOverviewComponent);
        Assert.True(listsObservances);
    }
}

public sealed class TemplateDocumentationTests
{
    [Fact]
    public void Every_placeholder_and_component_type_is_documented_in_templates_README()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "README.md"));
        Assert.All(Placeholders.All.Keys, name => Assert.Contains($"`{{{name}}}`", readme));
        Assert.All(TemplateReader.ComponentKeys.Keys, type => Assert.Contains($"| `{type}` |", readme));
    }

    [Fact]
    public void The_schema_file_is_the_generated_schema()
    {
        Assert.Equal(TemplateSchema.Generate(), File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "schema.json")));
    }
}
