using System.Runtime.InteropServices;

namespace CalendarGen.Templates.Files;

/// <summary>What a path names on disk.</summary>
public enum FileKind
{
    /// <summary>Nothing.</summary>
    Missing,

    /// <summary>An ordinary file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A device, FIFO, socket or other special file: never read or replaced.</summary>
    Special,
}

/// <summary>
/// Tells ordinary files from devices, FIFOs and sockets before anything opens them: opening a FIFO blocks until a
/// writer comes, and a device can be endless. .NET's file APIs do not say which a path is, so on Unix this asks the
/// runtime's own native shim (System.Native, shipped with every .NET runtime) for the file's mode bits.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>What <paramref name="path"/> is; with <paramref name="followLinks"/> false a link is reported as one.</summary>
    public static FileKind Of(string path, bool followLinks = true)
    {
        if (path.Length == 0 || path.Contains('\0'))
        {
            return FileKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            return OfWindowsPath(path, followLinks);
        }

        // The status record starts with two 32-bit fields, flags and mode; the buffer is larger than any version's record.
        byte[] status = new byte[512];
        try
        {
            int result = followLinks ? Stat(path, status) : LStat(path, status);
            if (result != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return ManagedGuess(path, followLinks);
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => FileKind.Regular,
            Directory => FileKind.Directory,
            SymbolicLink => FileKind.SymbolicLink,
            _ => FileKind.Special,
        };
    }

    private static FileKind OfWindowsPath(string path, bool followLinks)
    {
        // Device namespaces (\\.\, \\?\GLOBALROOT) and reserved names (NUL, CON, COM1 …) are never ordinary files.
        string full = Path.GetFullPath(path);
        if (full.StartsWith(@"\\.\", StringComparison.Ordinal))
        {
            return FileKind.Special;
        }

        return ManagedGuess(full, followLinks);
    }

    private static FileKind ManagedGuess(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!followLinks && info.Exists && info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        if (info.Exists)
        {
            return FileKind.Regular;
        }

        return System.IO.Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
