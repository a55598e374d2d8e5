using System.Text;
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

    /// <summary>Reads a file from disk.</summary>
    public static YamlMappingNode? LoadFile(string path, List<Problem> problems)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add(new Problem(path, 0, 0, Directory.Exists(path) ? "is a directory, not a file" : "file not found"));
                return null;
            }

            if (info.Length > MaxBytes)
            {
                problems.Add(new Problem(path, 0, 0, $"file is larger than {MaxBytes / (1024 * 1024)} MB"));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new Problem(path, 0, 0, $"cannot read the file: {e.Message}"));
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
        catch (DecoderFallbackException)
        {
            problems.Add(new Problem(name, 0, 0, "not UTF-8 text"));
            return null;
        }

        return LoadText(text.TrimStart('\uFEFF'), name, problems);
    }

    /// <summary>Parses YAML text; the root must be a mapping.</summary>
    public static YamlMappingNode? LoadText(string text, string name, List<Problem> problems)
    {
        try
        {
            // A first pass over the event stream bounds the nesting, which the node builder would follow recursively.
            var parser = new Parser(new StringReader(text));
            int depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            var at = parser.Current.Start;
                            problems.Add(new Problem(name, (int)at.Line, (int)at.Column, $"nested more than {MaxDepth} levels deep"));
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
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
            string message = e.InnerException?.Message ?? e.Message;
            int cut = message.IndexOf(" (Line:", StringComparison.Ordinal);
            problems.Add(new Problem(name, (int)e.Start.Line, (int)e.Start.Column, "YAML syntax: " + (cut > 0 ? message[..cut] : message)));
            return null;
        }
    }

    public static Problem At(string file, YamlNode node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, message);
}
