using System.Text.Json;
using System.Text.Json.Nodes;
using CalendarGen.Templates.Loading;
using Json.Schema;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>The template schema, built once by JsonSchema.Net (an evaluator independent of the tool), and its verdicts.</summary>
public static class SchemaCheck
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(TemplateSchema.Generate()));

    /// <summary>The schema's errors for an instance ("/pages/day/0: …"); empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonNode? instance) => Errors(Schema.Value, instance);

    /// <summary>The errors of evaluating <paramref name="instance"/> against <paramref name="schema"/>.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode? instance)
    {
        var element = JsonSerializer.SerializeToElement(instance);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? []).Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Value} ({r.EvaluationPath})"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail)"];
    }

    /// <summary>The schema's errors for a YAML file, read in the given view.</summary>
    public static IReadOnlyList<string> ErrorsOfFile(string path, ScalarView view) =>
        Errors(YamlToJson.Convert(File.ReadAllText(path), view));
}
