using System.Diagnostics;

namespace CalendarGen.Tests.Shared;

/// <summary>
/// The prepress tools some tests check output with (qpdf, poppler, Ghostscript, Chromium). On a machine without one,
/// those tests report themselves skipped with the install command; in CI (CI=true) a missing tool fails the test, so
/// nothing is skipped there.
/// </summary>
internal static class ExternalTool
{
    private static readonly Dictionary<string, (string Apt, string Brew, string Winget)> Packages = new()
    {
        ["qpdf"] = ("qpdf", "qpdf", "QPDF.QPDF"),
        ["pdffonts"] = ("poppler-utils", "poppler", "oschwartz10612.Poppler"),
        ["pdftotext"] = ("poppler-utils", "poppler", "oschwartz10612.Poppler"),
        ["pdftoppm"] = ("poppler-utils", "poppler", "oschwartz10612.Poppler"),
        ["pdfimages"] = ("poppler-utils", "poppler", "oschwartz10612.Poppler"),
        ["gs"] = ("ghostscript", "ghostscript", "ArtifexSoftware.GhostScript"),
        ["transicc"] = ("liblcms2-utils", "little-cms2", "(build LittleCMS's utils)"),
        ["chromium"] = ("chromium", "--cask chromium", "Hibbiki.Chromium"),
        ["chromedriver"] = ("chromium-driver", "chromedriver", "Chromium.ChromeDriver"),
    };

    /// <summary>Whether the tests run in CI, where every tool is required.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of a tool found on PATH, or null.</summary>
    public static string? Find(string tool)
    {
        string[] names = OperatingSystem.IsWindows() ? [tool + ".exe", tool] : [tool];
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in names)
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Why a test that needs these tools is skipped here, or null when it runs.</summary>
    public static string? SkipReason(params string[] tools)
    {
        var missing = tools.Where(t => Find(t) is null).ToList();
        if (missing.Count == 0 || InCi)
        {
            return null;
        }

        var packages = missing.Select(t => Packages.TryGetValue(t, out var p) ? p : (Apt: t, Brew: t, Winget: t)).Distinct().ToList();
        return $"needs {string.Join(", ", missing)}, not installed: apt-get install {string.Join(' ', packages.Select(p => p.Apt).Distinct())}"
            + $" | brew install {string.Join(' ', packages.Select(p => p.Brew).Distinct())}"
            + $" | winget install {string.Join(' ', packages.Select(p => p.Winget).Distinct())}";
    }

    /// <summary>Runs a tool and returns its exit code and its standard output followed by its standard error.</summary>
    public static (int Exit, string Output) Run(string tool, params string[] args)
    {
        string path = Find(tool) ?? throw new InvalidOperationException(
            $"{tool} is not installed; CI=true requires it ({SkipReasonIgnoringCi(tool)})");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string SkipReasonIgnoringCi(string tool) =>
        Packages.TryGetValue(tool, out var p) ? $"apt-get install {p.Apt}" : tool;
}

/// <summary>A fact that needs external tools: skipped with the install command where they are missing, unless CI=true.</summary>
internal sealed class FactNeedsAttribute : FactAttribute
{
    public FactNeedsAttribute(params string[] tools) => Skip = ExternalTool.SkipReason(tools);
}

/// <summary>A theory that needs external tools: skipped with the install command where they are missing, unless CI=true.</summary>
internal sealed class TheoryNeedsAttribute : TheoryAttribute
{
    public TheoryNeedsAttribute(params string[] tools) => Skip = ExternalTool.SkipReason(tools);
}
