using System.Text.Json.Serialization;

namespace CalendarGen.Cli.Pack;

/// <summary>manifest.shard-K-of-N.json: what one shard of a pack planned, what failed and the files it wrote.</summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Shard">K.</param>
/// <param name="Shards">N.</param>
/// <param name="Stamp">The date stamped in the files (SOURCE_DATE_EPOCH); shards of one pack must share it.</param>
/// <param name="Plan">SHA-256 of every job key of the whole pack, sorted and joined by newlines.</param>
/// <param name="PlanJobs">How many jobs the whole pack has.</param>
/// <param name="Jobs">The keys of this shard's jobs, sorted.</param>
/// <param name="Failed">The keys of the jobs that failed, sorted.</param>
/// <param name="Files">The files written, sorted by path, as manifest.json lists them.</param>
internal sealed record ShardManifest(
    [property: JsonPropertyName("pack")] string Pack,
    [property: JsonPropertyName("shard")] int Shard,
    [property: JsonPropertyName("shards")] int Shards,
    [property: JsonPropertyName("stamp")] string Stamp,
    [property: JsonPropertyName("plan")] string Plan,
    [property: JsonPropertyName("plan_jobs")] int PlanJobs,
    [property: JsonPropertyName("jobs")] IReadOnlyList<string> Jobs,
    [property: JsonPropertyName("failed")] IReadOnlyList<string> Failed,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestEntry> Files);
