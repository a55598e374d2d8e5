using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Yaml;

/// <summary>
/// Typed, checked access to a YAML mapping: every read reports wrong types and missing keys as problems at the
/// node's line and column, and unknown or repeated keys are reported when the map is opened.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> keys = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, List<Problem> problems, IReadOnlyCollection<string> known)
        : this(node, new SourceMap(file), problems, known)
    {
    }

    public YamlMap(YamlMappingNode node, SourceMap sources, List<Problem> problems, IReadOnlyCollection<string> known)
    {
        Node = node;
        Sources = sources;
        Problems = problems;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                Error(key, "keys must be plain words");
                continue;
            }

            if (!known.Contains(name))
            {
                Error(key, $"unknown key '{YamlSource.Shorten(name)}' (expected one of: {string.Join(", ", known)})");
                continue;
            }

            if (!values.TryAdd(name, value))
            {
                Error(key, $"'{name}' is given twice");
                continue;
            }

            keys[name] = key;
        }
    }

    public YamlMappingNode Node { get; }

    public SourceMap Sources { get; }

    public List<Problem> Problems { get; }

    /// <summary>The keys present, in file order.</summary>
    public IEnumerable<string> Keys => keys.Keys;

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>The node of a key's name, for problems about the key itself.</summary>
    public YamlNode KeyNode(string key) => keys.TryGetValue(key, out var node) ? node : Node;

    public YamlNode? Value(string key) => values.GetValueOrDefault(key);

    public void Error(YamlNode node, string message)
    {
        var at = Sources.StartOf(node);
        Problems.Add(new Problem(Sources.FileOf(node), (int)at.Line, (int)at.Column, message));
    }

    /// <summary>A map over a nested mapping, sharing this map's sources and problems.</summary>
    public YamlMap Open(YamlMappingNode node, IReadOnlyCollection<string> known) => new(node, Sources, Problems, known);

    /// <summary>A text value, NFC-normalised; null (with a problem if required) when absent or not text.</summary>
    public string? String(string key, bool required = false)
    {
        if (Scalar(key, required, "text") is not { } scalar)
        {
            return null;
        }

        string text = (scalar.Value ?? "").Normalize(NormalizationForm.FormC);
        if (required && text.Trim().Length == 0)
        {
            Error(scalar, $"'{key}' must not be empty");
            return null;
        }

        return text;
    }

    public int? Int(string key, int min, int max, bool required = false)
    {
        if (Scalar(key, required, "a whole number") is not { } scalar)
        {
            return null;
        }

        if (!int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            Error(scalar, $"'{key}' must be a whole number, not '{YamlSource.Shorten(scalar.Value ?? "")}'");
            return null;
        }

        if (value < min || value > max)
        {
            Error(scalar, $"'{key}' must be between {min} and {max}, not {value}");
            return null;
        }

        return value;
    }

    public bool? Bool(string key, bool required = false)
    {
        if (Scalar(key, required, "true or false") is not { } scalar)
        {
            return null;
        }

        switch (scalar.Value)
        {
            // YAML 1.2's core booleans (what editors show) and the yes/no of YAML 1.1 that hand-written files use.
            case "true" or "True" or "TRUE" or "yes":
                return true;
            case "false" or "False" or "FALSE" or "no":
                return false;
            default:
                Error(scalar, $"'{key}' must be true or false, not '{YamlSource.Shorten(scalar.Value ?? "")}'");
                return null;
        }
    }

    /// <summary>A date written yyyy-mm-dd.</summary>
    public LocalDate? Date(string key, bool required = false)
    {
        if (Scalar(key, required, "a date (yyyy-mm-dd)") is not { } scalar)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(scalar.Value ?? "");
        if (!result.Success)
        {
            Error(scalar, $"'{key}' must be a date written yyyy-mm-dd, not '{YamlSource.Shorten(scalar.Value ?? "")}'");
            return null;
        }

        return result.Value;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false) => Typed<YamlSequenceNode>(key, required, "a list");

    public YamlMappingNode? Mapping(string key, bool required = false) => Typed<YamlMappingNode>(key, required, "a mapping");

    public YamlScalarNode? Scalar(string key, bool required, string expected) => Typed<YamlScalarNode>(key, required, expected);

    private TNode? Typed<TNode>(string key, bool required, string expected) where TNode : YamlNode
    {
        if (!values.TryGetValue(key, out var node))
        {
            if (required)
            {
                Error(Node, $"missing '{key}'");
            }

            return null;
        }

        if (node is TNode typed)
        {
            return typed;
        }

        Error(node, $"'{key}' must be {expected}");
        return null;
    }
}
