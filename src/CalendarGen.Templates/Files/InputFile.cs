namespace CalendarGen.Templates.Files;

/// <summary>
/// The one way calendargen reads a file it was given (SECURITY.md): only ordinary files, never devices, FIFOs or
/// sockets; at most a size cap per kind of file, read with a bounded buffer so an endless or growing file cannot
/// exhaust memory; every failure is a message naming the file, never an exception and never the file's content.
/// </summary>
public static class InputFile
{
    /// <summary>The largest file of a kind that is read, in bytes.</summary>
    public static long MaxBytes(InputKind kind) => kind switch
    {
        InputKind.Template or InputKind.Data => 4L << 20,
        InputKind.Calendar or InputKind.Svg => 8L << 20,
        InputKind.ColorProfile => 16L << 20,
        InputKind.Font => 32L << 20,
        InputKind.Pdf => 512L << 20,
        _ => 64L << 20,
    };

    /// <summary>"a template", "an image" …, for messages.</summary>
    public static string Describe(InputKind kind) => kind switch
    {
        InputKind.Template => "a template",
        InputKind.Data => "a data file",
        InputKind.Calendar => "an iCalendar file",
        InputKind.Font => "a font",
        InputKind.Image => "an image",
        InputKind.Pdf => "a PDF",
        InputKind.ColorProfile => "an ICC profile",
        _ => "an SVG file",
    };

    /// <summary>
    /// Why <paramref name="path"/> cannot be read as <paramref name="kind"/> ("file not found", "is a device …"), or
    /// null when it is an ordinary file within the cap. Checks only what the file system says; reading may still fail.
    /// </summary>
    public static string? Check(string path, InputKind kind)
    {
        if (path.Length == 0)
        {
            return "an empty file name";
        }

        if (path.Contains('\0'))
        {
            return "the file name contains a NUL character";
        }

        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                return "file not found";
            case FileKind.Directory:
                return "is a directory, not a file";
            case FileKind.Special:
                return $"is not an ordinary file (a device, FIFO or socket); {Describe(kind)} must be an ordinary file";
        }

        try
        {
            long length = new FileInfo(path).Length;
            return length > MaxBytes(kind) ? TooLarge(kind) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot read the file: {e.Message}";
        }
    }

    /// <summary>Reads a whole file, or gives the problem (and null).</summary>
    public static byte[]? TryRead(string path, InputKind kind, out string? problem)
    {
        problem = Check(path, kind);
        if (problem is not null)
        {
            return null;
        }

        long cap = MaxBytes(kind);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // The file can grow after the check: the cap holds for what is read, not for what was stat'ed.
                if (buffer.Length + read > cap)
                {
                    problem = TooLarge(kind);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = e is UnauthorizedAccessException ? "permission denied" : $"cannot read the file: {e.Message}";
            return null;
        }
    }

    private static string TooLarge(InputKind kind) =>
        $"the file is larger than {MaxBytes(kind) >> 20} MB, the limit for {Describe(kind)}";
}
