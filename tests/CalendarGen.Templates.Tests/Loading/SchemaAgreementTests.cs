using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>
/// The schema against the CLI, file by file: over the shipped templates, the restyle sample, the broken-template
/// corpus and the scalar-spelling files, the schema must refuse a file exactly when the CLI refuses its shape.
/// </summary>
public sealed class SchemaAgreementTests
{
    /// <summary>
    /// CLI problems about meaning rather than shape: they need other files, the whole template or arithmetic across
    /// keys, which a schema cannot see. A file whose only problems are these is one the schema must accept.
    /// </summary>
    private static readonly (string Fragment, string Why)[] SemanticProblems =
    [
        ("needs pages.", "which page roles a kind needs is checked on the merged template"),
        ("template has no pages.", "which page roles a kind allows is checked on the merged template"),
        ("is not in the palette", "colour names refer to the palette, possibly a parent's"),
        ("is not among the fonts", "font roles refer to the fonts, possibly a parent's"),
        ("not found", "font and image files are looked up on disk"),
        ("font '", "a font file's glyph coverage needs the font"),
        ("outside the page", "frame geometry against the page size"),
        ("outside the safe area", "frame geometry against the page size"),
        ("binding zone", "frame geometry against the binding zone"),
        ("print needs at least", "the smallest size text shrinks to is a print rule across size and min_size"),
        ("is larger than size", "compares two keys"),
        ("is only for pages.two_months", "depends on the page the frame is on"),
        ("needs a day page", "depends on the page the frame is on"),
        ("needs a page with", "depends on the page the frame is on"),
        ("without its", "placeholder syntax inside a text"),
        ("unknown placeholder", "placeholder names inside a text"),
        ("cannot be read", "image files are read from disk"),
        ("is not a PNG, JPEG, TIFF or SVG", "image files are read from disk"),
        ("is used twice on the", "frame ids unique across a list"),
        ("over the 300%", "the sum of four inks"),
        ("quotes '", "quote files are read from disk"),
        ("extends '", "the parent template is another file"),
        ("extends cycle", "the parent template is another file"),
        ("templates extend each other", "the parent template is another file"),
    ];

    /// <summary>
    /// Disagreements that the editor's view cannot avoid, with the reason; the CLI view has none. Each entry must still
    /// disagree, so a fixed gap is noticed.
    /// </summary>
    private static readonly Dictionary<string, string> EditorGaps = new(StringComparer.Ordinal)
    {
        ["quoted-size-out-of-range.yaml"] = "a quoted number is a string to the editor, and JSON Schema cannot compare a string's value with a range",
    };

    private static readonly string BrokenFolder = Path.Combine(AppContext.BaseDirectory, "BrokenTemplates");
    private static readonly string SpellingsFolder = Path.Combine(AppContext.BaseDirectory, "Spellings");

    public static TheoryData<string> GoodFiles => new(GoodPaths());

    private static IEnumerable<string> GoodPaths() =>
        ShippedFiles.TemplateNames().Select(n => Path.Combine(ShippedFiles.TemplatesDirectory, n + ".yaml"))
            .Append(Path.Combine(RepositoryRoot.Path, "samples", "block-dai-sao-mai.yaml"))
            .Concat(Directory.GetFiles(SpellingsFolder, "*.yaml").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void Every_shipped_template_sample_and_accepted_spelling_is_valid_in_the_editor_and_CLI_views(string path)
    {
        Assert.True(TemplateLoader.Load(path).Succeeded, $"{path} must load in the CLI");
        foreach (var view in Enum.GetValues<ScalarView>())
        {
            var errors = SchemaCheck.ErrorsOfFile(path, view);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(path)} ({view} view):\n{string.Join("\n", errors)}");
        }
    }

    [Theory]
    [InlineData(ScalarView.Cli)]
    [InlineData(ScalarView.Editor)]
    public void The_schema_refuses_a_file_exactly_when_the_CLI_refuses_its_shape(ScalarView view)
    {
        var files = Directory.GetFiles(BrokenFolder, "*.yaml").Concat(GoodPaths()).ToList();
        var disagreements = new List<string>();
        var gapsSeen = new HashSet<string>(StringComparer.Ordinal);
        int compared = 0;
        foreach (string path in files)
        {
            var problems = TemplateLoader.Load(path).Problems;
            if (problems.Any(p => p.Message.Contains("YAML syntax", StringComparison.Ordinal) || p.Message.Contains("is empty", StringComparison.Ordinal)))
            {
                continue; // The YAML parser reports these before any schema applies, in the editor as in the CLI.
            }

            var shape = problems.Where(p => !SemanticProblems.Any(s => p.Message.Contains(s.Fragment, StringComparison.Ordinal))).ToList();
            var schemaErrors = SchemaCheck.ErrorsOfFile(path, view);
            compared++;
            if (shape.Count > 0 == schemaErrors.Count > 0)
            {
                continue;
            }

            string name = Path.GetFileName(path);
            if (view == ScalarView.Editor && EditorGaps.ContainsKey(name))
            {
                gapsSeen.Add(name);
                continue;
            }

            disagreements.Add(shape.Count > 0
                ? $"{name}: the CLI refuses its shape ({shape[0].Message}) but the schema accepts it"
                : $"{name}: the schema refuses it ({schemaErrors[0]}) but the CLI {(problems.IsEmpty ? "accepts it" : "finds only: " + problems[0].Message)}");
        }

        Assert.True(disagreements.Count == 0, $"{view} view:\n{string.Join("\n", disagreements)}");
        Assert.True(compared >= 40, $"only {compared} files compared");
        if (view == ScalarView.Editor)
        {
            Assert.Equal(EditorGaps.Keys.Order(StringComparer.Ordinal), gapsSeen.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_restyle_may_leave_out_required_keys_but_a_standalone_template_may_not()
    {
        const string restyle = "extends: block-trung\npages:\n  day:\n    - { id: hours, remove: true }\n    - { id: day, y: 30 }\n";
        Assert.Empty(SchemaCheck.Errors(YamlToJson.Convert(restyle, ScalarView.Editor)));

        const string standalone = "name: alone\npages:\n  day:\n    - { id: day, y: 30 }\n";
        var errors = SchemaCheck.Errors(YamlToJson.Convert(standalone, ScalarView.Editor));
        Assert.Contains(errors, e => e.Contains("kind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_restyle_frame_is_still_checked_against_its_type()
    {
        const string restyle = "extends: block-trung\npages:\n  day:\n    - { id: day, type: rule, size: 12 }\n";
        Assert.NotEmpty(SchemaCheck.Errors(YamlToJson.Convert(restyle, ScalarView.Editor)));
    }
}
