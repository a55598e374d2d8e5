using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// The files a template reads before it is validated: the template, every template it extends, and quote files.
/// Used to watch a template being edited, so it works on a broken template too: it reads as far as it can and
/// never reports problems (the loader does that).
/// </summary>
public static class TemplateSourceFiles
{
    /// <summary>Full paths of the files <paramref name="nameOrPath"/> reads, the template first; empty if it does not exist.</summary>
    public static IReadOnlyList<string> Of(string nameOrPath)
    {
        var files = new List<string>();
        string? path = ShippedFiles.ResolveTemplate(nameOrPath);
        var ignored = new List<Problem>();
        while (path is not null && !files.Contains(path, StringComparer.Ordinal))
        {
            files.Add(path);
            var root = YamlSource.LoadFile(path, ignored);
            string folder = Path.GetDirectoryName(path) ?? ".";
            if (Scalar(root, "quotes") is { } quotes && quotes != "none" && Quotes.QuoteFile.ShippedSet(quotes) is null)
            {
                files.Add(Path.GetFullPath(Path.Combine(folder, quotes)));
            }

            path = Scalar(root, "extends") is { } parent ? ShippedFiles.ResolveTemplate(parent, folder) : null;
        }

        return files;
    }

    private static string? Scalar(YamlMappingNode? root, string key) =>
        root?.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var k } && k == key).Value is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : null;
}
