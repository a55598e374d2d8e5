using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CalendarGen.Cli.Pack;

/// <summary>
/// `--shard K/N`: the jobs whose key hashes to K of N. The hash is of the job's key alone, so a job keeps its shard
/// however the templates, years or editions are ordered, and every job falls in exactly one shard.
/// </summary>
internal readonly record struct PackShard(int Index, int Count)
{
    /// <summary>Reads "K/N" with 1 ≤ K ≤ N ≤ 1000; anything else is a usage error.</summary>
    public static PackShard Parse(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count is >= 1 and <= 1000 && index >= 1 && index <= count)
        {
            return new PackShard(index, count);
        }

        throw new UsageException($"--shard '{text}' is not K/N with 1 ≤ K ≤ N ≤ 1000 (for example 2/3)");
    }

    /// <summary>The shard (1-based) of N that a job key belongs to.</summary>
    public static int Of(string key, int count) =>
        (int)(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key))) % (ulong)count) + 1;

    /// <summary>Whether this shard runs the job with this key.</summary>
    public bool Owns(string key) => Of(key, Count) == Index;

    /// <summary>The partial manifest's file name; distinct from manifest.json so a shard is never taken for a whole pack.</summary>
    public string ManifestName => $"manifest.shard-{Index}-of-{Count}.json";

    /// <summary>A fingerprint of the whole plan (every job key, sorted), so merge can tell all shards are of one plan.</summary>
    public static string PlanHash(IEnumerable<string> keys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", keys.Order(StringComparer.Ordinal)))));
}
