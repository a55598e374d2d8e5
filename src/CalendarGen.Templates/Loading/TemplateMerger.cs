using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// Lays a template that <c>extends</c> another over it: mappings merge key by key (the child wins), frame lists merge
/// by frame id (a child frame with a parent's id changes only the keys it gives; <c>remove: true</c> drops it; new
/// ids are added), other lists are replaced.
/// </summary>
internal static class TemplateMerger
{
    public static YamlMappingNode Merge(YamlMappingNode parent, YamlMappingNode child, SourceMap sources, bool framesLevel = false)
    {
        var merged = new YamlMappingNode();
        sources.Set(merged, child);
        // First occurrence wins here; the reader reports repeated keys of the child file itself.
        var childKeys = new Dictionary<string, KeyValuePair<YamlNode, YamlNode>>(StringComparer.Ordinal);
        foreach (var pair in child.Children)
        {
            childKeys.TryAdd(Key(pair.Key), pair);
        }

        foreach (var (key, value) in parent.Children)
        {
            string name = Key(key);
            if (name == "extends")
            {
                continue;
            }

            if (!childKeys.Remove(name, out var over))
            {
                merged.Add(key, value);
                continue;
            }

            merged.Add(over.Key, MergeValue(name, value, over.Value, sources, framesLevel));
        }

        foreach (var (name, (key, value)) in childKeys)
        {
            if (name != "extends")
            {
                merged.Add(key, value);
            }
        }

        return merged;
    }

    private static YamlNode MergeValue(string key, YamlNode parent, YamlNode child, SourceMap sources, bool framesLevel)
    {
        if (framesLevel && parent is YamlSequenceNode parentFrames && child is YamlSequenceNode childFrames)
        {
            return MergeFrames(parentFrames, childFrames, sources);
        }

        if (parent is YamlMappingNode p && child is YamlMappingNode c)
        {
            // Under "pages", every value is a frame list.
            return Merge(p, c, sources, framesLevel: key == "pages");
        }

        return child;
    }

    private static YamlSequenceNode MergeFrames(YamlSequenceNode parent, YamlSequenceNode child, SourceMap sources)
    {
        var result = new List<YamlNode>(parent.Children);
        foreach (var frame in child.Children)
        {
            string? id = frame is YamlMappingNode m ? IdOf(m) : null;
            int index = id is null ? -1 : result.FindIndex(f => f is YamlMappingNode pm && IdOf(pm) == id);
            if (index < 0)
            {
                result.Add(frame);
                continue;
            }

            var childFrame = (YamlMappingNode)frame;
            if (childFrame.Children.Any(kv => Key(kv.Key) == "remove" && kv.Value is YamlScalarNode { Value: "true" }))
            {
                result.RemoveAt(index);
                continue;
            }

            result[index] = Merge((YamlMappingNode)result[index], childFrame, sources);
        }

        var merged = new YamlSequenceNode(result);
        sources.Set(merged, child);
        return merged;
    }

    private static string? IdOf(YamlMappingNode frame) =>
        frame.Children.FirstOrDefault(kv => Key(kv.Key) == "id").Value is YamlScalarNode { Value: { } id } ? id : null;

    private static string Key(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : "";
}
