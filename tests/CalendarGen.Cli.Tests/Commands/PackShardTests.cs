using CalendarGen.Cli.Pack;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Observances;
using CalendarGen.Templates.Packs;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>One unsharded run and three shards of the same pack, made once for the whole class.</summary>
public sealed class ShardedPack : IDisposable
{
    public const string Yaml = """
        name: shard-pack
        years: [2027]
        templates: [wall-7, wall-poster]
        profiles: [press, screen]
        previews: { cover: true, dates: ["07-30"], dpi: 36 }
        contact_sheets: true
        events_ics: true
        """;

    public ShardedPack()
    {
        Pack = Temp.Write("pack.yaml", Yaml);
        Assert.Equal(0, CliRunner.Run("pack", Pack, "-o", Whole, "--jobs", "2").ExitCode);
        for (int k = 1; k <= 3; k++)
        {
            var result = CliRunner.Run("pack", Pack, "-o", Shard(k), "--shard", $"{k}/3", "--jobs", "2");
            Assert.True(result.ExitCode == 0, result.Error);
        }
    }

    public TempFolder Temp { get; } = new("calendargen-shard-");

    public string Pack { get; }

    public string Whole => Path.Combine(Temp.Path, "whole");

    public string Shard(int k) => Path.Combine(Temp.Path, $"shard-{k}");

    public void Dispose() => Temp.Dispose();
}

public sealed class PackShardTests(ShardedPack pack) : IClassFixture<ShardedPack>, IDisposable
{
    private readonly TempFolder temp = new("calendargen-merge-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Three_shards_merged_give_a_manifest_byte_identical_to_the_unsharded_run()
    {
        string output = Path.Combine(temp.Path, "merged");
        var result = CliRunner.Run("pack", "merge", pack.Shard(1), pack.Shard(2), pack.Shard(3), "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(pack.Whole, "manifest.json")), File.ReadAllBytes(Path.Combine(output, "manifest.json")));

        // The merged folder holds every file, equal to the unsharded one.
        foreach (string file in Directory.GetFiles(pack.Whole, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(output, Path.GetRelativePath(pack.Whole, file))));
        }
    }

    [Fact]
    public void Each_shard_writes_a_partial_manifest_and_no_whole_one()
    {
        Assert.True(File.Exists(Path.Combine(pack.Shard(2), "manifest.shard-2-of-3.json")));
        Assert.False(File.Exists(Path.Combine(pack.Shard(2), "manifest.json")));
    }

    [Fact]
    public void A_missing_shard_is_refused_naming_it()
    {
        string output = Path.Combine(temp.Path, "merged");
        var result = CliRunner.Run("pack", "merge", pack.Shard(1), pack.Shard(3), "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("shard 2/3 is missing", result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_shard_given_twice_is_refused_naming_both_copies()
    {
        string copy = Copy(pack.Shard(2), "again");
        var result = CliRunner.Run("pack", "merge", pack.Shard(1), pack.Shard(2), copy, pack.Shard(3), "-o", Path.Combine(temp.Path, "merged"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("shard 2/3 is given twice", result.Error);
        Assert.Contains(copy, result.Error);
    }

    [Fact]
    public void A_file_changed_after_its_shard_wrote_it_is_refused_naming_the_file()
    {
        string copy = Copy(pack.Shard(1), "tampered");
        string victim = Directory.GetFiles(copy, "*", SearchOption.AllDirectories).First(f => !f.EndsWith(".json", StringComparison.Ordinal));
        byte[] bytes = File.ReadAllBytes(victim);
        bytes[^1] ^= 1;
        File.WriteAllBytes(victim, bytes);

        var result = CliRunner.Run("pack", "merge", copy, pack.Shard(2), pack.Shard(3), "-o", Path.Combine(temp.Path, "merged"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{victim}: sha256 does not match", result.Error);
    }

    [Fact]
    public void A_shard_made_with_another_date_is_refused()
    {
        string copy = Copy(pack.Shard(3), "other-date");
        string manifest = Path.Combine(copy, "manifest.shard-3-of-3.json");
        string text = File.ReadAllText(manifest);
        string stamp = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("stamp").GetString()!;
        File.WriteAllText(manifest, text.Replace(stamp, "1999-01-01T00:00:00Z", StringComparison.Ordinal));

        var result = CliRunner.Run("pack", "merge", pack.Shard(1), pack.Shard(2), copy, "-o", Path.Combine(temp.Path, "merged"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("same SOURCE_DATE_EPOCH", result.Error);
    }

    [Fact]
    public void A_job_keeps_its_shard_when_the_pack_lists_templates_in_another_order()
    {
        string reordered = temp.Write("pack.yaml", ShardedPack.Yaml.Replace("[wall-7, wall-poster]", "[wall-poster, wall-7]", StringComparison.Ordinal));
        var keys = Keys(pack.Pack);
        Assert.Equal(keys, Keys(reordered));
        Assert.Equal(9, keys.Count);

        // Every job is in exactly one of three shards, and the shards are not all one.
        Assert.All(keys, k => Assert.Single(Enumerable.Range(1, 3), i => new PackShard(i, 3).Owns(k)));
        Assert.True(keys.Select(k => PackShard.Of(k, 3)).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("two")]
    public void A_bad_shard_is_a_usage_error(string shard)
    {
        var result = CliRunner.Run("pack", pack.Pack, "-o", Path.Combine(temp.Path, "out"), "--shard", shard);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard", result.Error);
    }

    private static List<string> Keys(string packFile)
    {
        var spec = PackSpec.Load(packFile).Value!;
        using var fonts = new FontCache();
        var templates = spec.Templates.ToDictionary(t => t.Value, t => TemplateLoader.Load(t.Value).Value!);
        var jobs = new PackPlanner(spec, templates, Path.GetTempPath(), ObservanceSets.Shipped("vn"), fonts, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)).Plan();
        return [.. jobs.Select(j => j.Key).Order(StringComparer.Ordinal)];
    }

    private string Copy(string from, string name)
    {
        string to = Path.Combine(temp.Path, name);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
