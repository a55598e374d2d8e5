using CalendarGen.Templates.Files;
using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Files;

/// <summary>An untrusted file may name only files beside it, the shipped assets, or folders the user allowed.</summary>
public sealed class ReferencePolicyTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-policy-");
    private readonly TempFolder outside = new("calendargen-outside-");

    public void Dispose()
    {
        temp.Dispose();
        outside.Dispose();
    }

    [Fact]
    public void Files_beside_and_below_the_referencing_file_are_allowed()
    {
        string template = temp.Write("t.yaml", "");
        Directory.CreateDirectory(Path.Combine(temp.Path, "art"));
        Assert.Equal(Path.Combine(temp.Path, "art", "logo.svg"), ReferencePolicy.Default.Resolve("art/logo.svg", template, out _));
        Assert.Equal(Path.Combine(temp.Path, "q.yaml"), ReferencePolicy.Default.Resolve("./art/../q.yaml", template, out _));
    }

    [Theory]
    [InlineData("../secret.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("art/../../x.svg")]
    public void Escapes_and_absolute_paths_are_refused_with_the_way_to_allow_them(string reference)
    {
        string template = temp.Write("t.yaml", "");
        Assert.Null(ReferencePolicy.Default.Resolve(reference, template, out string? problem));
        Assert.Contains("--allow-path", problem);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://example.com/logo.svg")]
    [InlineData("data:image/png;base64,AAAA")]
    public void Urls_are_refused(string reference)
    {
        Assert.Null(ReferencePolicy.Default.Resolve(reference, temp.Write("t.yaml", ""), out string? problem));
        Assert.Contains("is a URL", problem);
    }

    [Fact]
    public void A_link_beside_the_file_that_leads_outside_is_refused()
    {
        string secret = outside.Write("secret.txt", "x");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "innocent.yaml"), secret);
        Assert.Null(ReferencePolicy.Default.Resolve("innocent.yaml", temp.Write("t.yaml", ""), out _));
    }

    [Fact]
    public void An_allowed_folder_widens_the_policy()
    {
        string logo = outside.Write("logo.svg", "<svg/>");
        var policy = new ReferencePolicy([outside.Path]);
        Assert.Equal(logo, policy.Resolve(logo, temp.Write("t.yaml", ""), out _));
    }

    [Fact]
    public void A_template_naming_a_system_file_as_quotes_or_parent_gets_a_refusal_that_echoes_nothing_of_it()
    {
        string secret = outside.Write("shadow.yaml", "root: $6$hash-of-a-password\n");
        string template = temp.Write("t.yaml", $"extends: block-dai\nquotes: {secret}\n");
        var quotes = TemplateLoader.Load(template);
        Assert.Contains(quotes.Problems, p => p.Line == 2 && p.Message.Contains("outside the folder"));
        Assert.DoesNotContain(quotes.Problems, p => p.Message.Contains("hash-of-a-password"));

        string child = temp.Write("c.yaml", $"extends: {secret}\n");
        var parent = Assert.Single(TemplateLoader.Load(child).Problems);
        Assert.Equal(1, parent.Line);
        Assert.DoesNotContain("hash-of-a-password", parent.Message);
    }

    [Fact]
    public void A_copied_template_keeps_using_the_shipped_fonts_by_name()
    {
        string copy = Path.Combine(temp.Path, "wall.yaml");
        File.Copy(Path.Combine(ShippedFiles.TemplatesDirectory, "wall-13.yaml"), copy);
        var result = TemplateLoader.Load(copy);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.All(result.Value!.Fonts.Values, f => Assert.StartsWith(ShippedFiles.FontsDirectory, f));
    }
}
