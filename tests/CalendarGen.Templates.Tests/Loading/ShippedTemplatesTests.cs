using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Tests.Loading;

public sealed class ShippedTemplatesTests
{
    public static TheoryData<string> Names => new(ShippedFiles.TemplateNames());

    [Fact]
    public void The_seven_products_are_shipped()
    {
        Assert.Equal(["block-dai", "block-trung", "desk-tent", "wall-13", "wall-13-photo", "wall-7", "wall-poster"], ShippedFiles.TemplateNames());
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
    public void Every_shipped_template_begins_with_a_comment_saying_what_product_it_is_after_the_schema_line(string name)
    {
        string second = File.ReadLines(Path.Combine(ShippedFiles.TemplatesDirectory, name + ".yaml")).Skip(1).First();
        Assert.StartsWith($"# {name} — ", second);
    }

    public static TheoryData<string> TemplateFilesInTheRepository => new(
        ShippedFiles.TemplateNames().Select(n => Path.Combine("templates", n + ".yaml")).Append(Path.Combine("samples", "block-dai-sao-mai.yaml")));

    [Theory]
    [MemberData(nameof(TemplateFilesInTheRepository))]
    public void Every_shipped_template_and_sample_names_the_schema_in_its_first_line_for_editors(string file)
    {
        string path = Path.Combine(RepositoryRoot.Path, file);
        string first = File.ReadLines(path).First();
        const string modeline = "# yaml-language-server: $schema=";
        Assert.StartsWith(modeline, first);
        string schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, first[modeline.Length..]));
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "templates", "schema.json"), schema);
    }

    [Theory]
    [InlineData("block-dai", 145, 205)]
    [InlineData("block-trung", 105, 145)]
    [InlineData("desk-tent", 200, 150)]
    [InlineData("wall-13", 310, 460)]
    [InlineData("wall-13-photo", 310, 460)]
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
