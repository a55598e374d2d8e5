using System.Text.Json.Nodes;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// JSON Schema pieces for template values, written to accept exactly the scalars the reader accepts. The reader
/// looks only at a scalar's text, never at YAML's typing: a quoted "12" is the number 12, yes/no are booleans, and
/// 2027 is fine where text is expected. An editor, though, hands the schema typed values (YAML 1.2: 12 is a number,
/// yes is a string), so each piece accepts both forms of every text the reader takes.
/// </summary>
internal static class SchemaValues
{
    /// <summary>A decimal as the reader parses it (invariant culture, optional sign, no exponent, no spaces).</summary>
    public const string DecimalPattern = @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$";

    /// <summary>A length: a decimal, optionally followed by mm, cm, pt or in (spaces allowed around them).</summary>
    public const string LengthPattern = @"^\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)\s*(mm|cm|pt|in)?\s*$";

    private const string BooleanMessage = "true or false (yes and no are taken too)";
    private const string LengthMessage = "a length: millimetres (12) or a number with a unit (12mm, 1.2cm, 34pt, 0.5in)";
    private const string PointWidthMessage = "a width in points above 0 and at most 100 (0.5, 0.5pt or 0.2mm)";
    private const string InkMessage = "an ink percentage from 0 to 100";

    /// <summary>The spellings the reader takes for booleans (YAML 1.2's core ones and yes/no); it refuses every other (on, Yes…).</summary>
    public static readonly string[] BooleanWords = ["true", "True", "TRUE", "false", "False", "FALSE", "yes", "no"];

    /// <summary>
    /// Text: any scalar, as the reader reads numbers and booleans as their text. An optional text may be left empty
    /// (null to an editor, "" to the reader); a required one needs a visible character.
    /// </summary>
    public static JsonObject Text(bool nonEmpty = false) => nonEmpty
        ? Explained(new JsonObject { ["type"] = new JsonArray("string", "number", "boolean"), ["minLength"] = 1, ["pattern"] = @"\S" }, "must not be empty")
        : new JsonObject { ["type"] = new JsonArray("string", "number", "boolean", "null") };

    /// <summary>One of a fixed set of words (completion offers them).</summary>
    public static JsonObject Choice(IEnumerable<string> values) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    /// <summary>true/false (also True, TRUE …)/yes/no, as a YAML boolean or as a string.</summary>
    public static JsonObject Bool() => new()
    {
        ["anyOf"] = new JsonArray(
            Explained(new JsonObject { ["type"] = "boolean" }, BooleanMessage),
            Explained(new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. BooleanWords.Select(v => (JsonNode)v)]) }, BooleanMessage)),
    };

    /// <summary>A decimal within [min, max]; a quoted decimal is taken too (its range is then checked only by the CLI).</summary>
    public static JsonObject Number(double min, double max) => NumberOrText("number", min, max, DecimalPattern, "a number such as 12 or 12.5");

    /// <summary>A whole number within [min, max], or its digits quoted.</summary>
    public static JsonObject Integer(int min, int max) => NumberOrText("integer", min, max, @"^[+-]?[0-9]+$", "a whole number");

    /// <summary>A length in millimetres within [min, max], or a text with a unit.</summary>
    public static JsonObject Length(double min, double max) => NumberOrText("number", min, max, LengthPattern, LengthMessage);

    /// <summary>A line width in points, above 0 and at most 100 ("0.25", "0.25pt", "0.1mm").</summary>
    public static JsonObject PointWidth() => new()
    {
        ["anyOf"] = new JsonArray(
            Explained(new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["maximum"] = 100 }, PointWidthMessage),
            Explained(new JsonObject { ["type"] = "string", ["pattern"] = LengthPattern }, PointWidthMessage)),
    };

    /// <summary>An ink percentage of a cmyk list: 0–100, no sign.</summary>
    public static JsonObject InkPercentage() => new()
    {
        ["anyOf"] = new JsonArray(
            Explained(new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 100 }, InkMessage),
            Explained(new JsonObject { ["type"] = "string", ["pattern"] = @"^([0-9]+(\.[0-9]*)?|\.[0-9]+)$" }, InkMessage)),
    };

    /// <summary>A colour written #rrggbb.</summary>
    public static JsonObject Rgb() => Explained(new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*#[0-9A-Fa-f]{6}\s*$" }, "a screen colour written #rrggbb");

    /// <summary>A schema that refers to one of the schema's $defs.</summary>
    public static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    /// <summary>An object with exactly these properties (more are an error, as in the reader).</summary>
    public static JsonObject Closed(JsonObject properties) =>
        new() { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };

    /// <summary>The schema with a title and a description first, which editors show on hover.</summary>
    public static JsonObject Annotated(string title, string description, JsonObject schema)
    {
        var annotated = new JsonObject { ["title"] = title, ["description"] = description };
        foreach (var (name, value) in schema)
        {
            annotated[name] = value?.DeepClone();
        }

        return annotated;
    }

    private static JsonObject NumberOrText(string type, double min, double max, string pattern, string message) => new()
    {
        ["anyOf"] = new JsonArray(
            Explained(new JsonObject { ["type"] = type, ["minimum"] = min, ["maximum"] = max }, message),
            Explained(new JsonObject { ["type"] = "string", ["pattern"] = pattern }, message)),
    };

    /// <summary>
    /// The message VS Code's YAML extension shows instead of "Incorrect type" or "does not match the pattern"
    /// (its errorMessage and patternErrorMessage keywords; other validators ignore them). Range messages stay its own.
    /// </summary>
    private static JsonObject Explained(JsonObject schema, string message)
    {
        schema["errorMessage"] = message;
        if (schema.ContainsKey("pattern"))
        {
            schema["patternErrorMessage"] = message;
        }

        return schema;
    }
}
