using System.Text;

namespace CalendarGen.Templates.Files;

/// <summary>
/// Turns a name taken from a file's data (a template's <c>name:</c>, a pack entry) into a safe file name: letters and
/// digits of any script, '-', '_' and '.'; anything else (path separators, "..", control characters) becomes '-', so
/// the name can never leave the output folder or name a device.
/// </summary>
public static class SafeName
{
    private const int MaxLength = 80;

    private static readonly HashSet<string> WindowsDevices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The safe form of <paramref name="name"/>; "calendar" when nothing usable is left.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        string safe = builder.ToString().TrimStart('.', '-').TrimEnd('.', ' ');
        while (safe.Contains("..", StringComparison.Ordinal))
        {
            safe = safe.Replace("..", ".", StringComparison.Ordinal);
        }

        if (safe.Length > MaxLength)
        {
            safe = safe[..MaxLength];
        }

        if (safe.Length == 0)
        {
            return "calendar";
        }

        return WindowsDevices.Contains(safe.Split('.')[0]) ? "_" + safe : safe;
    }
}
