using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CalendarGen.Templates.Files;

namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// Converted images on disk, keyed by the SHA-256 of the source image and of <see cref="PrintColor.Fingerprint"/>
/// (profile, source profile, intent, black-point compensation, encoder settings), so a second render converts nothing.
/// Entries are written atomically (<see cref="OutputFile"/>) and end with a SHA-256 of their content: a truncated or
/// corrupt entry is ignored and rebuilt. The cache is best effort: a folder that cannot be written costs only speed.
/// </summary>
internal static class ImageCache
{
    private static readonly byte[] Magic = "CGPI1\n"u8.ToArray();

    /// <summary>
    /// Where converted images go: CALENDARGEN_CACHE when set, else the platform's per-user cache folder
    /// (%LOCALAPPDATA%\calendargen\images on Windows, $XDG_CACHE_HOME or ~/.cache /calendargen/images elsewhere).
    /// </summary>
    public static string? DefaultDirectory()
    {
        if (Environment.GetEnvironmentVariable("CALENDARGEN_CACHE") is { Length: > 0 } given)
        {
            return Path.GetFullPath(given);
        }

        string root = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return root.Length == 0 ? null : Path.Combine(root, "calendargen", "images");
    }

    /// <summary>The cache file of an image converted with the given settings (and resampled to a size, when given).</summary>
    public static string PathOf(string directory, byte[] source, PrintColor color, (int Width, int Height)? size = null)
    {
        string key = Convert.ToHexStringLower(SHA256.HashData(source)) + ";" + color.Fingerprint + (size is { } s ? $";resize-{s.Width}x{s.Height}" : "");
        return Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".cgimg");
    }

    /// <summary>The converted image from the cache, or null when it is absent, unreadable or corrupt.</summary>
    public static PrintImage? TryLoad(string file)
    {
        // Read like any input (an ordinary file only, under a cap), so that something odd in the cache folder cannot block.
        if (InputFile.TryRead(file, InputKind.Pdf, out _) is not { } bytes)
        {
            return null;
        }

        const int header = 6 + 4 + 4 + 1 + 8 + 8 + 4;
        if (bytes.Length < header + 32 || !bytes.AsSpan(0, 6).SequenceEqual(Magic)
            || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
        {
            return null;
        }

        var span = bytes.AsSpan(6);
        int width = BinaryPrimitives.ReadInt32LittleEndian(span), height = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        byte flags = span[8];
        double percentile = BinaryPrimitives.ReadDoubleLittleEndian(span[9..]), max = BinaryPrimitives.ReadDoubleLittleEndian(span[17..]);
        int length = BinaryPrimitives.ReadInt32LittleEndian(span[25..]);
        if (length != bytes.Length - header - 32 || width <= 0 || height <= 0)
        {
            return null;
        }

        return new PrintImage(width, height, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, bytes.AsSpan(header, length).ToArray(), percentile, max);
    }

    /// <summary>Stores a converted image; a failure to write is ignored.</summary>
    public static void Store(string file, PrintImage image)
    {
        var content = new MemoryStream();
        content.Write(Magic);
        Span<byte> fields = stackalloc byte[4 + 4 + 1 + 8 + 8 + 4];
        BinaryPrimitives.WriteInt32LittleEndian(fields, image.Width);
        BinaryPrimitives.WriteInt32LittleEndian(fields[4..], image.Height);
        fields[8] = (byte)((image.Gray ? 1 : 0) | (image.Jpeg ? 2 : 0) | (image.InvertedCmyk ? 4 : 0));
        BinaryPrimitives.WriteDoubleLittleEndian(fields[9..], image.InkPercentile);
        BinaryPrimitives.WriteDoubleLittleEndian(fields[17..], image.InkMax);
        BinaryPrimitives.WriteInt32LittleEndian(fields[25..], image.Data.Length);
        content.Write(fields);
        content.Write(image.Data);
        content.Write(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            OutputFile.Write(file, stream => content.WriteTo(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputFileException)
        {
            // Only speed is lost.
        }
    }
}
