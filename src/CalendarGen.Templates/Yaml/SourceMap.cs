using System.Runtime.CompilerServices;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Yaml;

/// <summary>
/// Which file each YAML node came from. A template that extends another is merged from nodes of several files; a
/// problem must still name the file and line the faulty node is in.
/// </summary>
internal sealed class SourceMap(string defaultFile)
{
    /// <summary>The 'extends' key of the file the user named, if it has one (where inherited problems are told).</summary>
    public YamlNode? RootExtends { get; set; }

    private readonly ConditionalWeakTable<YamlNode, string> files = [];

    public string DefaultFile { get; } = defaultFile;

    public string FileOf(YamlNode node) => files.TryGetValue(node, out string? file) ? file : DefaultFile;

    /// <summary>Records <paramref name="file"/> for a node and everything below it not yet recorded.</summary>
    public void Claim(YamlNode node, string file)
    {
        var pending = new Stack<YamlNode>();
        pending.Push(node);
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current) || files.TryGetValue(current, out _))
            {
                continue;
            }

            files.Add(current, file);
            switch (current)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }

                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }

    private readonly ConditionalWeakTable<YamlNode, YamlNode> origins = [];

    /// <summary>Records the file and the place of a container built while merging: those of the node it stands for.</summary>
    public void Set(YamlNode node, YamlNode origin)
    {
        files.AddOrUpdate(node, FileOf(origin));
        origins.AddOrUpdate(node, origins.TryGetValue(origin, out var first) ? first : origin);
    }

    /// <summary>Where a node starts in its file (for a merged container, where the node it stands for starts).</summary>
    public YamlDotNet.Core.Mark StartOf(YamlNode node) => origins.TryGetValue(node, out var origin) ? origin.Start : node.Start;
}
