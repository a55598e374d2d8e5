using System.Text.Json.Nodes;
using CalendarGen.Templates.Loading;
using Json.Schema;

namespace CalendarGen.Templates.Tests.Loading;

public sealed class TemplateSchemaTests
{
    // Keywords that both draft 2020-12 and the draft-07 validators inside editors (VS Code's YAML extension) apply.
    private static readonly HashSet<string> EditorKeywords =
    [
        "$schema", "$ref", "$defs", "title", "description", "type", "enum", "const", "properties", "additionalProperties",
        "required", "minProperties", "if", "then", "else", "allOf", "anyOf", "not", "items", "minItems", "maxItems",
        "minimum", "maximum", "exclusiveMinimum", "minLength", "pattern",
        // VS Code's own message keywords; draft 2020-12 keeps unknown keywords as annotations.
        "errorMessage", "patternErrorMessage",
    ];

    private static JsonObject Schema => JsonNode.Parse(TemplateSchema.Generate())!.AsObject();

    [Fact]
    public void The_schema_is_valid_against_the_draft_2020_12_meta_schema()
    {
        var errors = SchemaCheck.Errors(MetaSchemas.Draft202012, Schema);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_meta_schema_check_refuses_a_schema_whose_keywords_sit_one_level_too_deep()
    {
        // The shape of the old schema.json: "type" inside "properties" reads as a property whose schema is "object".
        var nested = JsonNode.Parse("""{ "type": "object", "properties": { "type": "object", "properties": { "name": { "type": "string" } } } }""");
        Assert.NotEmpty(SchemaCheck.Errors(MetaSchemas.Draft202012, nested));
    }

    [Fact]
    public void The_schema_declares_draft_2020_12_and_has_no_id_that_editors_would_try_to_fetch()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.False(Schema.ContainsKey("$id"));
    }

    [Fact]
    public void The_schema_uses_only_keywords_that_editors_apply_and_every_reference_resolves()
    {
        var schema = Schema;
        var problems = new List<string>();
        Walk(schema, "#", (node, path) =>
        {
            problems.AddRange(node.Select(kv => kv.Key).Where(k => !EditorKeywords.Contains(k)).Select(k => $"{path}: unknown keyword {k}"));
            if ((string?)node["$ref"] is { } target && schema["$defs"]?[target.Replace("#/$defs/", "", StringComparison.Ordinal)] is null)
            {
                problems.Add($"{path}: $ref {target} does not resolve");
            }
        });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_key_an_editor_completes_has_a_title_and_a_description_for_hover()
    {
        var schema = Schema;
        var defs = schema["$defs"]!.AsObject();
        var missing = new List<string>();
        var objects = new List<(string Path, JsonObject Node)> { ("#", schema) };
        objects.AddRange(defs.Select(kv => ($"#/$defs/{kv.Key}", kv.Value!.AsObject())));
        objects.AddRange(defs["frame"]!["allOf"]!.AsArray().Select((v, i) => ($"#/$defs/frame/allOf/{i}/then", v!["then"]!.AsObject())));
        foreach (var (path, node) in objects)
        {
            foreach (var (key, value) in node["properties"]?.AsObject() ?? [])
            {
                var described = (string?)value!["$ref"] is { } target && value.AsObject().Count == 1
                    ? defs[target.Replace("#/$defs/", "", StringComparison.Ordinal)]!
                    : value;
                if (described["title"] is null || described["description"] is null)
                {
                    missing.Add($"{path}/properties/{key}");
                }
            }
        }

        Assert.True(missing.Count == 0, "no title or description: " + string.Join(", ", missing));
        Assert.True(objects.Count > 20, "the walk must reach the frame variants");
    }

    [Theory]
    [InlineData("#/properties/kind", "block,desk,wall")]
    [InlineData("#/properties/lang", "vi,en,vi+en")]
    [InlineData("#/$defs/page/properties/orientation", "portrait,landscape")]
    [InlineData("#/$defs/page/properties/week_start", "monday,sunday")]
    [InlineData("#/$defs/binding/properties/edge", "top,left,bottom,right")]
    [InlineData("#/$defs/style/properties/align", "left,center,right")]
    [InlineData("#/$defs/style/properties/valign", "top,middle,bottom")]
    public void Fixed_word_sets_are_enums_for_completion(string pointer, string words)
    {
        JsonNode? node = Schema;
        foreach (string part in pointer.Split('/').Skip(1))
        {
            node = node?[part];
        }

        Assert.Equal(words.Split(','), node!["enum"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void Page_sizes_and_component_types_complete_from_the_reader_tables()
    {
        var defs = Schema["$defs"]!;
        Assert.Equal(Model.PagePresets.All.Keys, defs["page"]!["properties"]!["size"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(TemplateReader.ComponentKeys.Keys, defs["frame"]!["properties"]!["type"]!["enum"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void The_schema_validator_is_a_test_only_package_that_no_project_of_the_tool_references()
    {
        var projects = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.DoesNotContain("JsonSchema.Net", File.ReadAllText(p), StringComparison.Ordinal));
    }

    /// <summary>Visits every subschema (not the maps of properties or $defs themselves).</summary>
    private static void Walk(JsonObject node, string path, Action<JsonObject, string> visit)
    {
        visit(node, path);
        foreach (var (key, value) in node)
        {
            switch (key, value)
            {
                case ("properties" or "$defs", JsonObject map):
                    foreach (var (name, sub) in map)
                    {
                        if (sub is JsonObject o)
                        {
                            Walk(o, $"{path}/{key}/{name}", visit);
                        }
                    }

                    break;
                case ("allOf" or "anyOf", JsonArray list):
                    for (int i = 0; i < list.Count; i++)
                    {
                        Walk(list[i]!.AsObject(), $"{path}/{key}/{i}", visit);
                    }

                    break;
                case ("additionalProperties" or "items" or "not" or "if" or "then" or "else", JsonObject sub):
                    Walk(sub, $"{path}/{key}", visit);
                    break;
            }
        }
    }
}
