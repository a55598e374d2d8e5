using System.Text;
using CalendarGen.Templates.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Yaml;

/// <summary>
/// Reads a YAML file into a node tree without ever throwing for bad input: a missing, binary, oversized, malformed or
/// too deeply nested file becomes a <see cref="Problem"/>. Aliases stay shared nodes (never expanded), so "billion
/// laughs" files cost nothing.
/// </summary>
internal static class YamlSource
{
    public const int MaxBytes = 4 * 1024 * 1024;
    public const int MaxDepth = 64;

    /// <summary>Turns the root mapping of a file into a value, adding problems.</summary>
    public delegate LoadResult<T> Reader<T>(YamlMappingNode root, string name, List<Problem> problems)
        where T : class;

    /// <summary>Reads a YAML file from disk into a value.</summary>
    public static LoadResult<T> ReadFile<T>(string path, Reader<T> read)
        where T : class
    {
        var problems = new List<Problem>();
        var root = LoadFile(path, problems);
        return root is null ? LoadResult<T>.Failed(problems) : read(root, path, problems);
    }

    /// <summary>Reads YAML text into a value; <paramref name="name"/> names it in problems.</summary>
    public static LoadResult<T> ReadText<T>(string text, string name, Reader<T> read)
        where T : class
    {
        var problems = new List<Problem>();
        var root = LoadText(text, name, problems);
        return root is null ? LoadResult<T>.Failed(problems) : read(root, name, problems);
    }

    /// <summary>Reads data shipped inside the build (data/RESOURCE); a missing or broken resource is a build fault.</summary>
    public static T ReadShipped<T>(string resource, Reader<T> read)
        where T : class
    {
        using var stream = typeof(YamlSource).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"shipped data {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var result = ReadText(reader.ReadToEnd(), $"data/{resource}", read);
        return result.Value ?? throw new InvalidOperationException($"shipped data {resource} is broken: {string.Join("; ", result.Problems)}");
    }

    /// <summary>Reads a file from disk through <see cref="InputFile"/> (ordinary files only, size-capped).</summary>
    public static YamlMappingNode? LoadFile(string path, List<Problem> problems, InputKind kind = InputKind.Data)
    {
        byte[]? bytes = InputFile.TryRead(path, kind, out string? problem);
        if (bytes is null)
        {
            problems.Add(new Problem(path, 0, 0, problem!));
            return null;
        }

        return LoadBytes(bytes, path, problems);
    }

    /// <summary>Reads YAML held in memory; <paramref name="name"/> names it in problems.</summary>
    public static YamlMappingNode? LoadBytes(byte[] bytes, string name, List<Problem> problems)
    {
        if (bytes.Length > MaxBytes)
        {
            problems.Add(new Problem(name, 0, 0, $"file is larger than {MaxBytes / (1024 * 1024)} MB"));
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            problems.Add(new Problem(name, 0, 0, "not a text file (it contains NUL bytes)"));
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // The line of the first byte that is not UTF-8 (the decoder gives its index in the failing chunk, which
            // for a single array is the whole input).
            int index = Math.Clamp(e.Index, 0, bytes.Length);
            int line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
            problems.Add(new Problem(name, line, 1, "not UTF-8 text (save the file as UTF-8)"));
            return null;
        }

        return LoadText(text.TrimStart('\uFEFF'), name, problems);
    }

    /// <summary>Parses YAML text; the root must be a mapping.</summary>
    public static YamlMappingNode? LoadText(string text, string name, List<Problem> problems)
    {
        // Where the parser had got to, for errors that carry no position of their own.
        Mark last = Mark.Empty;
        try
        {
            // A first pass over the event stream checks the syntax and bounds the nesting, which the node builder
            // would otherwise follow recursively.
            var parser = new Parser(new StringReader(text));
            // It also finds repeated keys at the repeated key itself (the node builder reports them later, elsewhere).
            int depth = 0;
            var mappings = new Stack<MappingKeys?>();
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                if (current is NodeEvent && mappings.TryPeek(out var keys) && keys is not null)
                {
                    if (keys.ExpectKey && current is Scalar { Value: var key } && !keys.Seen.Add(key))
                    {
                        problems.Add(new Problem(name, (int)current.Start.Line, (int)current.Start.Column, $"the key '{Shorten(key)}' is given twice in this mapping"));
                        return null;
                    }

                    keys.ExpectKey = !keys.ExpectKey;
                }

                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            problems.Add(new Problem(name, (int)current.Start.Line, (int)current.Start.Column, $"nested more than {MaxDepth} levels deep"));
                            return null;
                        }

                        mappings.Push(current is MappingStart ? new MappingKeys() : null);
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        mappings.TryPop(out _);
                        break;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                problems.Add(new Problem(name, 0, 0, "the file is empty"));
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                problems.Add(new Problem(name, (int)second.Line, (int)second.Column, "only one YAML document is allowed"));
                return null;
            }

            var root = stream.Documents[0].RootNode;
            if (root is not YamlMappingNode mapping)
            {
                problems.Add(At(name, root, "the file must be a mapping of keys to values"));
                return null;
            }

            return mapping;
        }
        catch (YamlException e)
        {
            // End is usually where the scanner stopped; some errors carry only the start of the enclosing
            // mapping, so the parser's own position is used when it is further on.
            var at = e.End.Line >= last.Line ? e.End : last;
            string message = e.InnerException?.Message ?? e.Message;
            if (message.Contains("tab", StringComparison.Ordinal) && FirstTabIndentedLine(text, (int)at.Line) is { } tabLine)
            {
                problems.Add(new Problem(name, tabLine, 1, "YAML syntax: a tab is used for indentation; indent with spaces"));
                return null;
            }

            int cut = message.IndexOf(" (Line:", StringComparison.Ordinal);
            problems.Add(new Problem(name, (int)at.Line, (int)at.Column, "YAML syntax: " + (cut > 0 ? message[..cut] : message)));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these for some malformed inputs (an unclosed flow list followed by more keys).
            problems.Add(new Problem(name, (int)last.Line, (int)last.Column, "YAML syntax: the file is not well-formed YAML near here"));
            return null;
        }
    }

    /// <summary>The first line from <paramref name="fromLine"/> on whose indentation holds a tab.</summary>
    private static int? FirstTabIndentedLine(string text, int fromLine)
    {
        string[] lines = text.Split('\n');
        for (int i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            string indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            if (indent.Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>A value quoted in a message, cut short: messages name the place, they do not replay the file.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "…";

    public static Problem At(string file, YamlNode node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, message);

    /// <summary>The keys seen so far in one mapping of the pre-scan, and whether the next node is a key.</summary>
    private sealed class MappingKeys
    {
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public bool ExpectKey { get; set; } = true;
    }
}
