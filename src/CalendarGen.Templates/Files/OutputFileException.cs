namespace CalendarGen.Templates.Files;

/// <summary>An output file that cannot be written, with a message naming the user's path (never a temporary file).</summary>
public sealed class OutputFileException(string message, bool isBadInput, Exception? inner = null) : IOException(message, inner)
{
    /// <summary>
    /// True when the user's path or its folder is the problem (not a folder, a device, no permission, read-only):
    /// bad input, exit code 2. False for failures of the machine (disk full): exit code 1.
    /// </summary>
    public bool IsBadInput { get; } = isBadInput;
}
