using System.Text.RegularExpressions;
using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>
/// The corpus in BrokenTemplates/: each file is a template with one fault and says in its first line (or a .expect
/// file beside it) which line the problem must be reported at and what the message must say.
/// </summary>
public sealed partial class BrokenTemplatesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "BrokenTemplates");

    public static TheoryData<string> Files => new(Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Order()!);

    [Fact]
    public void The_corpus_has_at_least_thirty_broken_templates()
    {
        Assert.True(Directory.GetFiles(Folder, "*.yaml").Length >= 30);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_broken_template_fails_with_a_problem_at_the_expected_file_and_line(string file)
    {
        string path = Path.Combine(Folder, file);
        string expectSource = File.Exists(Path.ChangeExtension(path, ".expect")) ? Path.ChangeExtension(path, ".expect") : path;
        var expect = Expectation().Match(File.ReadLines(expectSource).First());
        Assert.True(expect.Success, $"{file} has no '# expect: LINE: TEXT' line");
        int line = int.Parse(expect.Groups[1].Value);
        string fragment = expect.Groups[2].Value;

        var result = TemplateLoader.Load(path);
        Assert.False(result.Succeeded);
        Assert.True(
            result.Problems.Any(p => p.File == path && p.Line == line && p.Message.Contains(fragment, StringComparison.Ordinal)),
            $"expected {file}:{line}: …{fragment}…, got:\n{string.Join("\n", result.Problems)}");
    }

    [GeneratedRegex(@"^# expect: (\d+): (.+)$")]
    private static partial Regex Expectation();
}
