namespace CalendarGen.Cli.Pack;

/// <summary>One unit of pack work: writes one or more files and returns their manifest entries.</summary>
/// <param name="Key">What it makes, as a stable identity independent of job order ("2027/block-dai/press"); shards are
/// assigned by it.</param>
/// <param name="Name">What it makes, for progress and errors ("block-dai 2027 press").</param>
/// <param name="Cost">A rough relative cost, to start the long jobs first.</param>
/// <param name="Run">Does the work.</param>
internal sealed record PackJob(string Key, string Name, int Cost, Func<CancellationToken, IReadOnlyList<ManifestEntry>> Run);

/// <summary>What happened to a job.</summary>
internal sealed record PackJobResult(PackJob Job, IReadOnlyList<ManifestEntry> Files, string? Error);
