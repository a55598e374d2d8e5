using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// Loads a template by path or shipped name: reads it and every template it extends, merges them, reads the model and
/// validates it. Every problem is reported with file:line:col; no exception escapes for any input file.
/// </summary>
public static class TemplateLoader
{
    private const int MaxExtendsDepth = 16;

    /// <summary>
    /// Loads and validates a template. <paramref name="fonts"/> checks font files (glyph coverage) when given;
    /// <paramref name="policy"/> says which files the template may name (default: its own folder and the shipped assets).
    /// </summary>
    public static LoadResult<Template> Load(string nameOrPath, IFontInspector? fonts = null, ReferencePolicy? policy = null)
    {
        policy ??= ReferencePolicy.Default;
        var problems = new List<Problem>();
        try
        {
            string? path = ShippedFiles.ResolveTemplate(nameOrPath);
            if (path is null)
            {
                string shipped = string.Join(", ", ShippedFiles.TemplateNames());
                problems.Add(new Problem(nameOrPath, 0, 0, Directory.Exists(nameOrPath)
                    ? "is a directory, not a template file"
                    : $"no such template file, nor a shipped template of that name (shipped: {shipped})"));
                return LoadResult<Template>.Failed(problems);
            }

            var sources = new SourceMap(path);
            var root = LoadChain(path, sources, problems, [], policy);
            if (root is null || problems.Count > 0)
            {
                return LoadResult<Template>.Failed(problems);
            }

            var reader = new TemplateReader(sources, problems, policy);
            var template = reader.Read(root, path);
            if (template is null || problems.Count > 0)
            {
                return LoadResult<Template>.Failed(problems);
            }

            new TemplateValidator(template, reader, fonts, problems).Validate();
            if (problems.Count > 0)
            {
                return LoadResult<Template>.Failed(Attribute(problems, path, sources.RootExtends));
            }

            return new LoadResult<Template>(template, []) { Warnings = [.. new PrintQualityRules(template, reader).Check(), .. new ProductionRules(template).Warnings()] };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net: the reader is written not to throw, but a template must never crash the tool.
            problems.Add(new Problem(nameOrPath, 0, 0, $"cannot be read: {e.Message}"));
            return LoadResult<Template>.Failed(problems);
        }
    }

    /// <summary>
    /// Problems found in the frames of a template this one extends follow from this file's changes (a parent was valid
    /// on its own when it was loaded): one typo in a child must not be blamed on a shipped parent's frames, line after
    /// line. They are dropped when this file has problems of its own, and otherwise told once, at its 'extends' line.
    /// </summary>
    private static List<Problem> Attribute(List<Problem> problems, string path, YamlNode? extends)
    {
        var own = problems.Where(p => p.File == path || p.Line == 0).ToList();
        var inherited = problems.Where(p => p.File != path && p.Line > 0).ToList();
        if (inherited.Count == 0)
        {
            return problems;
        }

        if (own.Count > 0)
        {
            return own;
        }

        var first = inherited[0];
        string more = inherited.Count > 1 ? $" (and {inherited.Count - 1} more like it)" : "";
        string message = $"with this file's changes, {Path.GetFileName(first.File)} fails: {first.Message} at {Path.GetFileName(first.File)}:{first.Line}:{first.Column}{more}";
        return [extends is null ? new Problem(path, 0, 0, message) : YamlSource.At(path, extends, message)];
    }

    /// <summary>The file merged over everything it extends; null with problems when any file of the chain is bad.</summary>
    private static YamlMappingNode? LoadChain(string path, SourceMap sources, List<Problem> problems, List<string> chain, ReferencePolicy policy)
    {
        chain.Add(path);
        var root = YamlSource.LoadFile(path, problems, InputKind.Template);
        if (root is null)
        {
            return null;
        }

        sources.Claim(root, path);
        var extends = root.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "extends" });
        if (extends.Value is null)
        {
            return root;
        }

        if (chain.Count == 1)
        {
            sources.RootExtends = extends.Key;
        }

        if (extends.Value is not YamlScalarNode { Value: { Length: > 0 } parentName })
        {
            problems.Add(YamlSource.At(path, extends.Value, "'extends' names a template file or a shipped template"));
            return null;
        }

        string? parentPath = ShippedFiles.ResolveTemplate(parentName, Path.GetDirectoryName(path));
        if (parentPath is null)
        {
            problems.Add(YamlSource.At(path, extends.Value, $"extends '{parentName}': no such template file next to this one, nor a shipped template"));
            return null;
        }

        if (!ReferencePolicy.IsTrusted(parentPath) && policy.Resolve(parentPath, path, out string? refused) is null)
        {
            problems.Add(YamlSource.At(path, extends.Value, $"extends {refused}"));
            return null;
        }

        if (chain.Contains(parentPath, StringComparer.Ordinal))
        {
            string cycle = string.Join(" → ", chain.Append(parentPath).Select(Path.GetFileName));
            problems.Add(YamlSource.At(path, extends.Value, $"extends cycle: {cycle}"));
            return null;
        }

        if (chain.Count >= MaxExtendsDepth)
        {
            problems.Add(YamlSource.At(path, extends.Value, $"more than {MaxExtendsDepth} templates extend each other"));
            return null;
        }

        var parent = LoadChain(parentPath, sources, problems, chain, policy);
        return parent is null ? null : TemplateMerger.Merge(parent, root, sources);
    }
}
