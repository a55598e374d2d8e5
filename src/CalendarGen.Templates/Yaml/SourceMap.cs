using System.Runtime.CompilerServices;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Yaml;

/// <summary>
/// Which file each YAML node came from. A template that extends another is merged from nodes of several files; a
/// problem must still name the file and line the faulty node is in.
/// </summary>
internal sealed class SourceMap(string defaultFile)
{
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

    /// <summary>Records a file for one node only (a container built while merging).</summary>
    public void Set(YamlNode node, string file) => files.AddOrUpdate(node, file);
}
