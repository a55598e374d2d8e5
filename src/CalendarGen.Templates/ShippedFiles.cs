namespace CalendarGen.Templates;

/// <summary>
/// Where the shipped templates and fonts are: beside the executable (the build copies <c>templates/</c> and
/// <c>fonts/</c> there, and the .NET tool package carries them), so calendargen works from any directory.
/// </summary>
public static class ShippedFiles
{
    /// <summary>The folder of shipped templates.</summary>
    public static string TemplatesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The folder of shipped fonts.</summary>
    public static string FontsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>The folder of shipped colour profiles (icc/README.md says where each comes from).</summary>
    public static string ProfilesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "icc");

    /// <summary>The names of the shipped templates, sorted.</summary>
    public static IReadOnlyList<string> TemplateNames() =>
        Directory.Exists(TemplatesDirectory)
            ? [.. Directory.GetFiles(TemplatesDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The file of a template named by path or by shipped name; null if neither exists.</summary>
    public static string? ResolveTemplate(string nameOrPath, string? relativeTo = null)
    {
        string candidate = relativeTo is null ? nameOrPath : Path.Combine(relativeTo, nameOrPath);
        if (File.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }

        if (nameOrPath.IndexOfAny(['/', '\\']) < 0)
        {
            string shipped = Path.Combine(TemplatesDirectory, nameOrPath.EndsWith(".yaml", StringComparison.Ordinal) ? nameOrPath : nameOrPath + ".yaml");
            if (File.Exists(shipped))
            {
                return Path.GetFullPath(shipped);
            }
        }

        return null;
    }
}
