using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>How a YAML file's scalars become JSON values before the schema sees them.</summary>
public enum ScalarView
{
    /// <summary>
    /// As an editor's YAML 1.2 parser types them (the core schema): a plain 12 is a number, true/True/TRUE a boolean,
    /// ~ or nothing null, and everything quoted, and yes/no, a string. This is what VS Code checks.
    /// </summary>
    Editor,

    /// <summary>
    /// As the CLI reads them: the text decides, whatever the quoting. A decimal the reader parses is a number, one of
    /// the reader's boolean words (true, false, yes, no) a boolean, anything else a string.
    /// </summary>
    Cli,
}

/// <summary>Converts a YAML document to JSON in one of the two views, for checking it against the template schema.</summary>
public static partial class YamlToJson
{
    /// <summary>The JSON of the file's single document; null when the file is empty.</summary>
    public static JsonNode? Convert(string yaml, ScalarView view)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Node(stream.Documents[0].RootNode, view);
    }

    private static JsonNode? Node(YamlNode node, ScalarView view) => node switch
    {
        YamlMappingNode map => Mapping(map, view),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(n => Node(n, view))]),
        YamlScalarNode scalar => view == ScalarView.Editor ? EditorScalar(scalar) : CliScalar(scalar.Value ?? ""),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonObject Mapping(YamlMappingNode map, ScalarView view)
    {
        var json = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            // A repeated key is the YAML parser's error (and the reader's); the first one is kept here.
            string name = key is YamlScalarNode { Value: { } k } ? k : key.ToString();
            json.TryAdd(name, Node(value, view));
        }

        return json;
    }

    private static JsonNode? EditorScalar(YamlScalarNode scalar)
    {
        string text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        if (CoreNull().IsMatch(text))
        {
            return null;
        }

        if (CoreBool().IsMatch(text))
        {
            return JsonValue.Create(text[0] is 't' or 'T');
        }

        if (CoreInt().IsMatch(text))
        {
            return JsonValue.Create(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (CoreHex().IsMatch(text))
        {
            return JsonValue.Create(long.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        if (CoreFloat().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        // .inf and .nan have no JSON form; an editor would not take them as lengths either.
        return JsonValue.Create(text);
    }

    private static JsonNode CliScalar(string text)
    {
        if (text is "true" or "yes" or "false" or "no")
        {
            return JsonValue.Create(text is "true" or "yes");
        }

        // The reader's number parsing: invariant culture, optional sign, decimal point, nothing else.
        if (CliDecimal().IsMatch(text) && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return JsonValue.Create(value);
        }

        return JsonValue.Create(text);
    }

    // The YAML 1.2 core schema's tag resolution (YAML 1.2.2, §10.3.2).
    [GeneratedRegex("^(|~|null|Null|NULL)$")]
    private static partial Regex CoreNull();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex CoreBool();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex CoreInt();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex CoreHex();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex CoreFloat();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")]
    private static partial Regex CliDecimal();
}
