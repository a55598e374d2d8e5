using System.Globalization;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Files;

/// <summary>
/// Image paths that change from page to page: a file name with placeholders (<c>photos/{month2}.jpg</c>) and a photo
/// named without its extension (<c>.*</c>: any of .jpg, .jpeg, .png, .tif, .tiff). Placeholders stand only in the file
/// name, never in its folder, and give only digits, so a photo path cannot leave the folder the template named.
/// </summary>
public static class PhotoPaths
{
    /// <summary>The ending that stands for "any raster image extension".</summary>
    public const string AnyExtension = ".*";

    /// <summary>The extensions <see cref="AnyExtension"/> tries, in this order (case does not matter).</summary>
    public static readonly IReadOnlyList<string> Extensions = [".jpg", ".jpeg", ".png", ".tif", ".tiff"];

    /// <summary>The placeholders an image path may use (all of them numbers).</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["year", "month", "month2", "day", "day2"];

    /// <summary>Whether a path changes from page to page or names a photo without its extension.</summary>
    public static bool IsPattern(string path) =>
        Path.GetFileName(path).Contains('{') || path.EndsWith(AnyExtension, StringComparison.Ordinal);

    /// <summary>
    /// What is wrong with the placeholders of an image path as written, or null: a placeholder in a folder, an unknown
    /// one, or a brace left open.
    /// </summary>
    public static string? CheckWritten(string written)
    {
        string folder = Path.GetDirectoryName(written) ?? "";
        if (folder.Contains('{') || folder.Contains('}'))
        {
            return $"placeholders go in the file name of an image path, not in its folder ('{written}')";
        }

        foreach (var (_, name) in Model.Placeholders.Find(Path.GetFileName(written)))
        {
            if (name is null)
            {
                return $"a '{{' without its '}}' in '{written}'";
            }

            if (!Placeholders.Contains(name))
            {
                return $"{{{name}}} cannot be used in an image path (these can: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))})";
            }
        }

        return null;
    }

    /// <summary>The placeholder scope an image path needs (a day, a month, or any page).</summary>
    public static PlaceholderScope ScopeOf(string path) =>
        Model.Placeholders.Find(Path.GetFileName(path)).Select(p => p.Name).Aggregate(PlaceholderScope.Any, (scope, name) =>
            name is not null && Model.Placeholders.All.TryGetValue(name, out var p) && p.Scope > scope ? p.Scope : scope);

    /// <summary>The path with the placeholders of its file name filled in for a date (the day is used only by day placeholders).</summary>
    public static string Fill(string path, int year, int month, int day)
    {
        string name = Path.GetFileName(path);
        if (!name.Contains('{'))
        {
            return path;
        }

        var inv = CultureInfo.InvariantCulture;
        var filled = new System.Text.StringBuilder(name.Length);
        int last = 0;
        foreach (var (index, placeholder) in Model.Placeholders.Find(name))
        {
            filled.Append(name, last, index - last);
            filled.Append(placeholder switch
            {
                "year" => year.ToString(inv),
                "month" => month.ToString(inv),
                "month2" => month.ToString("D2", inv),
                "day" => day.ToString(inv),
                "day2" => day.ToString("D2", inv),
                _ => throw new ArgumentException($"{{{placeholder}}} is not an image path placeholder", nameof(path)),
            });
            last = index + placeholder!.Length + 2;
        }

        filled.Append(name, last, name.Length - last);
        return path[..^name.Length] + filled;
    }

    /// <summary>
    /// The file a filled-in path names: itself, or for a name ending in <see cref="AnyExtension"/> the one file with that
    /// name and one of <see cref="Extensions"/>. Null with the problem when there is none, or more than one.
    /// </summary>
    public static string? Find(string filled, out string? problem)
    {
        problem = null;
        if (!filled.EndsWith(AnyExtension, StringComparison.Ordinal))
        {
            return filled;
        }

        string stem = Path.GetFileName(filled[..^AnyExtension.Length]);
        string folder = Path.GetDirectoryName(filled) ?? ".";
        string tried = $"{Path.Combine(folder, stem)}{{{string.Join(",", Extensions)}}}";
        if (stem.Length == 0 || !Directory.Exists(folder))
        {
            problem = $"no photo {tried} (no such folder)";
            return null;
        }

        var found = new List<string>();
        try
        {
            foreach (string file in Directory.EnumerateFiles(folder, stem + ".*"))
            {
                string name = Path.GetFileName(file);
                if (name.StartsWith(stem + ".", StringComparison.Ordinal)
                    && Extensions.Contains(name[stem.Length..], StringComparer.OrdinalIgnoreCase))
                {
                    found.Add(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"the photo folder {folder} cannot be read";
            return null;
        }

        found.Sort(StringComparer.Ordinal);
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                problem = $"no photo {tried}";
                return null;
            default:
                problem = $"more than one photo named {stem} in {folder} ({string.Join(", ", found.Select(Path.GetFileName))}): keep one";
                return null;
        }
    }
}
