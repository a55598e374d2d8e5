using System.Collections.Immutable;

namespace CalendarGen.Templates.Files;

/// <summary>
/// Which files an untrusted file (a template, data file or pack file a customer sent) may name: files under its own
/// folder, the shipped assets, and folders the user allowed on the command line (<c>--allow-path DIR</c>). Never
/// URLs; absolute paths and <c>..</c> only when they land in one of those places (after following links). The
/// shipped templates are trusted and may name the shipped fonts beside them. See SECURITY.md.
/// </summary>
public sealed class ReferencePolicy
{
    private readonly ImmutableArray<string> allowed;

    /// <summary>
    /// A policy allowing, besides each file's own folder and the shipped assets, the given folders; with
    /// <paramref name="photosFolder"/> (<c>--photos DIR</c>), templates take their photos from that folder, which is
    /// allowed too.
    /// </summary>
    public ReferencePolicy(IEnumerable<string> allowedFolders, string? photosFolder = null)
    {
        PhotosFolder = photosFolder is null ? null : Path.GetFullPath(photosFolder);
        allowed = [.. allowedFolders.Append(PhotosFolder).OfType<string>().Select(f => WithSeparator(Path.GetFullPath(f)))];
    }

    /// <summary>The folder given by <c>--photos</c>: it replaces the folder a template's photos come from; null for none.</summary>
    public string? PhotosFolder { get; }

    /// <summary>Each file's own folder and the shipped assets only.</summary>
    public static ReferencePolicy Default { get; } = new([]);

    /// <summary>The folders allowed on the command line.</summary>
    public IReadOnlyList<string> AllowedFolders => allowed;

    /// <summary>
    /// The full path of <paramref name="reference"/> as written in <paramref name="referencingFile"/>, or null with the
    /// reason when the policy does not allow it.
    /// </summary>
    public string? Resolve(string reference, string referencingFile, out string? problem)
    {
        problem = null;
        if (reference.Length == 0 || reference.Contains('\0'))
        {
            problem = "an empty file name or one with a NUL character";
            return null;
        }

        if (IsUrl(reference))
        {
            problem = $"'{reference}' is a URL; only files next to {Path.GetFileName(referencingFile)} can be used";
            return null;
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(referencingFile)) ?? ".";
        string full = Path.GetFullPath(Path.Combine(folder, reference));
        if (IsTrusted(referencingFile) || Allows(full, folder))
        {
            return full;
        }

        problem = $"'{reference}' is outside the folder of {Path.GetFileName(referencingFile)} ({folder}); "
            + "untrusted files may only use files beside them (allow a folder with --allow-path DIR)";
        return null;
    }

    /// <summary>Whether a file is one of the shipped templates (trusted, like the command line).</summary>
    public static bool IsTrusted(string file) => IsUnder(Path.GetFullPath(file), WithSeparator(Path.GetFullPath(ShippedFiles.TemplatesDirectory)));

    private bool Allows(string full, string folder)
    {
        // A link inside the folder may point anywhere: what counts is where it leads.
        string target = FinalTarget(full);
        IEnumerable<string> roots = [WithSeparator(folder), WithSeparator(Path.GetFullPath(ShippedFiles.TemplatesDirectory)), WithSeparator(Path.GetFullPath(ShippedFiles.FontsDirectory)), .. allowed];
        return roots.Any(root => IsUnder(full, root)) && roots.Any(root => IsUnder(target, root));
    }

    private static string FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return path;
        }
    }

    private static bool IsUrl(string reference)
    {
        int colon = reference.IndexOf(':');
        // "C:\…" is a Windows drive, not a scheme.
        return colon > 1 && reference[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static bool IsUnder(string path, string rootWithSeparator) =>
        path.StartsWith(rootWithSeparator, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static string WithSeparator(string folder) =>
        Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
}
