using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Loading;

public sealed class TemplateSourceFilesTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-sources-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_template_names_itself_every_template_it_extends_and_its_quote_file()
    {
        string parent = temp.Write("parent.yaml", "extends: block-trung\nquotes: sayings.yaml\n");
        string child = temp.Write("child.yaml", "extends: parent.yaml\nname: child\n");

        var files = TemplateSourceFiles.Of(child);

        Assert.Equal([child, parent, Path.Combine(temp.Path, "sayings.yaml"), Path.Combine(ShippedFiles.TemplatesDirectory, "block-trung.yaml")], files);
    }

    [Fact]
    public void A_broken_template_still_names_the_files_it_reads_and_a_cycle_ends()
    {
        string a = temp.Write("a.yaml", "extends: b.yaml\npages: [unclosed\n");
        string b = temp.Write("b.yaml", "extends: a.yaml\n");

        Assert.Equal([a], TemplateSourceFiles.Of(a));
        temp.Write("a.yaml", "extends: b.yaml\nkind: 12\n");
        Assert.Equal([a, b], TemplateSourceFiles.Of(a));
    }

    [Fact]
    public void A_missing_template_reads_nothing()
    {
        Assert.Empty(TemplateSourceFiles.Of(Path.Combine(temp.Path, "missing.yaml")));
    }
}
