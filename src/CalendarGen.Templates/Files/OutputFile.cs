using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;

namespace CalendarGen.Templates.Files;

/// <summary>
/// The one way calendargen writes a file (SECURITY.md). Readers only ever see the old file or the complete new one:
/// the bytes go to a temporary file beside the target, created exclusively (O_EXCL: a planted file or link there makes
/// the open fail instead of redirecting the write) under an unpredictable name, then renamed over the target. The
/// target must be an ordinary file or nothing: a device, FIFO, link or folder there is refused, never replaced. On
/// any failure, and on Ctrl-C (<see cref="RemovePending"/>), the temporary file is removed; temporary files of dead
/// runs beside the same target are removed by the next write to it.
/// </summary>
public static class OutputFile
{
    private const string TempSuffix = ".calendargen-tmp";

    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks an output path before any work is done and returns its full path: not empty, in an existing folder, and
    /// either absent or an ordinary file. Throws <see cref="OutputFileException"/> (bad input) otherwise.
    /// </summary>
    public static string Prepare(string path)
    {
        if (path.Length == 0)
        {
            throw new OutputFileException("an empty output path", isBadInput: true);
        }

        if (path.Contains('\0'))
        {
            throw new OutputFileException("the output path contains a NUL character", isBadInput: true);
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputFileException($"{path}: not a usable path ({e.Message})", isBadInput: true);
        }

        string? folder = Path.GetDirectoryName(full);
        if (folder is not null && FileKinds.Of(folder) != FileKind.Directory)
        {
            throw new OutputFileException($"{path}: the folder {folder} does not exist", isBadInput: true);
        }

        switch (FileKinds.Of(full, followLinks: false))
        {
            case FileKind.Directory:
                throw new OutputFileException($"{path} is a folder; give a file name", isBadInput: true);
            case FileKind.SymbolicLink:
                throw new OutputFileException($"{path} is a symbolic link; calendargen writes only ordinary files (use -o - for standard output)", isBadInput: true);
            case FileKind.Special:
                throw new OutputFileException($"{path} is a device, FIFO or socket, not an ordinary file; calendargen does not replace it (use -o - for standard output)", isBadInput: true);
        }

        return full;
    }

    /// <summary>Writes bytes to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes <paramref name="write"/>'s output to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        string full = Prepare(path);
        string folder = Path.GetDirectoryName(full)!;
        string name = Path.GetFileName(full);
        RemoveStale(folder, name);

        string temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}{TempSuffix}");
        Pending[temporary] = 0;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            // The target may have been replaced by a link or device while the file was being made.
            Prepare(path);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e)
        {
            TryDelete(temporary);
            if (e is not OutputFileException && Translate(e, path, temporary) is { } translated)
            {
                throw translated;
            }

            throw;
        }
        finally
        {
            Pending.TryRemove(temporary, out _);
        }
    }

    /// <summary>Removes the temporary files of writes still in progress (on Ctrl-C, before the process ends).</summary>
    public static void RemovePending()
    {
        foreach (string temporary in Pending.Keys)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>The user-facing error for an exception while writing, naming the user's path; null to rethrow as is.</summary>
    private static OutputFileException? Translate(Exception e, string path, string temporary)
    {
        const int NoSpace = 28, ReadOnlyFileSystem = 30, QuotaExceeded = 122, WindowsDiskFull = unchecked((int)0x80070070);
        return e switch
        {
            UnauthorizedAccessException => new OutputFileException($"{path}: permission denied", isBadInput: true, e),
            IOException { HResult: NoSpace or QuotaExceeded or WindowsDiskFull } => new OutputFileException($"{path}: no space left on the device; nothing was written", isBadInput: false, e),
            IOException { HResult: ReadOnlyFileSystem } => new OutputFileException($"{path}: the file system is read-only", isBadInput: true, e),
            IOException io => new OutputFileException($"{path}: cannot write: {io.Message.Replace(temporary, path, StringComparison.Ordinal)}", isBadInput: false, e),
            _ => null,
        };
    }

    /// <summary>Temporary files beside this target left by processes that no longer run.</summary>
    private static void RemoveStale(string folder, string name)
    {
        string[] stale;
        try
        {
            stale = Directory.GetFiles(folder, $".{name}.*{TempSuffix}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string file in stale)
        {
            string middle = Path.GetFileName(file)[(name.Length + 2)..^TempSuffix.Length];
            int dot = middle.IndexOf('.');
            if (dot > 0 && int.TryParse(middle[..dot], out int pid) && !IsRunning(pid))
            {
                TryDelete(file);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
