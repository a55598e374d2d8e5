using System.Security.Cryptography;
using System.Text.Json;
using CalendarGen.Templates.Files;

namespace CalendarGen.Cli.Pack;

/// <summary>
/// `pack merge`: checks the partial manifests of a sharded pack and writes the whole manifest.json. It trusts nothing
/// in the parts it can check: every shard once, of one plan, no job missing or twice, every file's hash on disk.
/// </summary>
internal static class ShardMerger
{
    private sealed record Part(string Folder, string File, ShardManifest Manifest);

    /// <summary>Merges the shards found in <paramref name="folders"/> into <paramref name="output"/>; files of shards
    /// in other folders are copied there. Returns manifest.json's path and how many files it lists.</summary>
    public static (string Manifest, int Files) Merge(IReadOnlyList<string> folders, string output)
    {
        var parts = folders.SelectMany(Read).ToList();
        if (parts.Count == 0)
        {
            throw new UsageException($"no manifest.shard-K-of-N.json in {string.Join(", ", folders)}");
        }

        var first = parts[0];
        foreach (var part in parts)
        {
            var (a, b) = (first.Manifest, part.Manifest);
            if (a.Pack != b.Pack || a.Shards != b.Shards || a.Plan != b.Plan)
            {
                throw new UsageException($"{part.File}: shard of another pack or plan than {first.File} ('{b.Pack}' {b.Shards} shards, '{a.Pack}' {a.Shards} shards)");
            }

            if (a.Stamp != b.Stamp)
            {
                // Files stamped with other dates differ from an unsharded run's: every shard needs one SOURCE_DATE_EPOCH.
                throw new UsageException($"{part.File}: made with the date {b.Stamp}, {first.File} with {a.Stamp}; run every shard with the same SOURCE_DATE_EPOCH");
            }
        }

        var byIndex = new Dictionary<int, Part>();
        foreach (var part in parts)
        {
            if (!byIndex.TryAdd(part.Manifest.Shard, part))
            {
                throw new UsageException($"shard {part.Manifest.Shard}/{first.Manifest.Shards} is given twice: {byIndex[part.Manifest.Shard].File} and {part.File}");
            }
        }

        for (int k = 1; k <= first.Manifest.Shards; k++)
        {
            if (!byIndex.ContainsKey(k))
            {
                throw new UsageException($"shard {k}/{first.Manifest.Shards} is missing (manifest.shard-{k}-of-{first.Manifest.Shards}.json)");
            }
        }

        CheckJobs(parts);
        var files = CheckFiles(parts);
        Directory.CreateDirectory(output);
        foreach (var (part, entry) in files)
        {
            string from = Path.GetFullPath(Path.Combine(part.Folder, entry.Path));
            string to = Path.GetFullPath(Path.Combine(output, entry.Path));
            if (from != to)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                OutputFile.Write(to, File.ReadAllBytes(from));
            }
        }

        var manifest = new PackManifest(first.Manifest.Pack, [.. files.Select(f => f.Entry).OrderBy(f => f.Path, StringComparer.Ordinal)]);
        string path = Path.Combine(output, "manifest.json");
        OutputFile.Write(path, ManifestJson.Bytes(manifest));
        return (path, manifest.Files.Count);
    }

    private static IEnumerable<Part> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{folder}: no such folder");
        }

        foreach (string file in Directory.GetFiles(folder, "manifest.shard-*-of-*.json").Order(StringComparer.Ordinal))
        {
            ShardManifest? manifest;
            try
            {
                manifest = JsonSerializer.Deserialize<ShardManifest>(File.ReadAllBytes(file), JsonOutput.Compact);
            }
            catch (JsonException e)
            {
                throw new UsageException($"{file}: not a shard manifest: {e.Message}");
            }

            if (manifest is null || manifest.Jobs is null || manifest.Files is null || manifest.Failed is null || manifest.Plan is null || manifest.Stamp is null)
            {
                throw new UsageException($"{file}: not a shard manifest");
            }

            yield return new Part(folder, file, manifest);
        }
    }

    private static void CheckJobs(List<Part> parts)
    {
        var owner = new Dictionary<string, Part>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.Manifest.Failed.FirstOrDefault() is { } failed)
            {
                throw new UsageException($"{part.File}: job {failed} failed in this shard; run the shard again");
            }

            foreach (string key in part.Manifest.Jobs)
            {
                if (PackShard.Of(key, part.Manifest.Shards) != part.Manifest.Shard)
                {
                    throw new UsageException($"{part.File}: job {key} belongs to shard {PackShard.Of(key, part.Manifest.Shards)}, not {part.Manifest.Shard}");
                }

                if (!owner.TryAdd(key, part))
                {
                    throw new UsageException($"{part.File}: job {key} is listed twice (also in {owner[key].File})");
                }
            }
        }

        var plan = parts[0].Manifest;
        if (owner.Count != plan.PlanJobs || PackShard.PlanHash(owner.Keys) != plan.Plan)
        {
            throw new UsageException($"the shards list {owner.Count} jobs but the pack planned {plan.PlanJobs}; some job is missing or not of this plan");
        }
    }

    private static List<(Part Part, ManifestEntry Entry)> CheckFiles(List<Part> parts)
    {
        var seen = new Dictionary<string, Part>(StringComparer.Ordinal);
        var files = new List<(Part, ManifestEntry)>();
        foreach (var part in parts)
        {
            foreach (var entry in part.Manifest.Files)
            {
                // A path from a manifest is data: it must stay inside the shard's folder.
                string root = Path.GetFullPath(part.Folder) + Path.DirectorySeparatorChar;
                string path = Path.GetFullPath(Path.Combine(part.Folder, entry.Path));
                if (!path.StartsWith(root, StringComparison.Ordinal) || Path.IsPathRooted(entry.Path))
                {
                    throw new UsageException($"{part.File}: file '{entry.Path}' is outside its folder");
                }

                if (!seen.TryAdd(entry.Path, part))
                {
                    throw new UsageException($"{part.File}: file {entry.Path} is also written by {seen[entry.Path].File}");
                }

                if (!File.Exists(path))
                {
                    throw new UsageException($"{path}: missing (listed in {part.File})");
                }

                byte[] bytes = File.ReadAllBytes(path);
                if (bytes.Length != entry.Bytes || Convert.ToHexStringLower(SHA256.HashData(bytes)) != entry.Sha256)
                {
                    throw new UsageException($"{path}: sha256 does not match {part.File}; the file changed after its shard wrote it");
                }

                files.Add((part, entry));
            }
        }

        return files;
    }
}
