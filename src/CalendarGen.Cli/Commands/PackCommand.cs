using System.CommandLine;
using CalendarGen.Cli.Pack;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Observances;
using CalendarGen.Templates.Packs;
using Spectre.Console;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen pack`: many templates × years × profiles in parallel, with a manifest of every file.</summary>
internal static class PackCommand
{
    private static readonly Argument<string> PackArgument = new("PACKFILE") { Description = "The pack file (see samples/pack-2027.yaml)" };
    private static readonly Option<string> OutputOption = new("--output", "-o") { Description = "Folder to write the pack to (created if missing)", DefaultValueFactory = _ => "pack", HelpName = "DIR" };
    private static readonly Option<int> JobsOption = new("--jobs", "-j") { Description = "Jobs run at once (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
    private static readonly Option<bool> QuietOption = new("--quiet", "-q") { Description = "One plain line per finished file, even on a terminal" };
    private static readonly Option<bool> JsonOption = new("--json") { Description = "One JSON object per finished file" };
    private static readonly Option<string?> ShardOption = new("--shard") { Description = "Run only shard K of N (by a stable hash of each job) and write manifest.shard-K-of-N.json; join the shards with `pack merge`", HelpName = "K/N" };

    public static Command Create()
    {
        var command = new Command("pack", """
            Build a sample pack: templates × years × profiles, previews, contact sheets, ICS; writes manifest.json.
              calendargen pack samples/pack-2027.yaml -o out/pack-2027
              calendargen pack samples/pack-2027.yaml -o out/pack-2027 --jobs 2 --json
              calendargen pack samples/pack-2027.yaml -o out/shard-2 --shard 2/3
            """)
        {
            PackArgument,
            OutputOption,
            JobsOption,
            QuietOption,
            JsonOption,
            ShardOption,
            PackMergeCommand.Create(),
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellation)
    {
        var output = parseResult.InvocationConfiguration.Output;
        string packFile = parseResult.GetValue(PackArgument)!;
        var policy = CliApp.PolicyOf(parseResult);
        var spec = PackSpec.Load(packFile, policy);
        if (spec.Value is not { } pack)
        {
            throw new UsageException(spec.Problems.Select(p => p.ToString()));
        }

        PackShard? shard = parseResult.GetValue(ShardOption) is { } shardText ? PackShard.Parse(shardText) : null;
        int jobs = parseResult.GetValue(JobsOption);
        if (jobs is < 1 or > 64)
        {
            throw new UsageException($"--jobs {jobs} is outside 1–64");
        }

        // Every file the pack names is checked before anything is written.
        var observances = ObservanceSets.WithFiles(ObservanceSets.Shipped(ObservanceSets.Default), pack.Events.Select(e => e.Value));
        if (observances.Value is null)
        {
            throw new UsageException(observances.Problems.Select(p => p.ToString()));
        }

        foreach (int year in pack.Years)
        {
            CalendarInputs.CheckRules(observances.Value, year);
        }

        using var fonts = new FontCache();
        var templates = LoadTemplates(pack, fonts, policy, parseResult.InvocationConfiguration.Error);
        var editions = pack.Editions is { } table ? PackEditions.Load(pack, table, templates, fonts, policy) : null;
        string folder = Path.GetFullPath(parseResult.GetValue(OutputOption)!);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--output {folder}: {e.Message}");
        }

        var stamp = SourceDateEpoch.Now();
        var planner = new PackPlanner(pack, templates, folder, observances.Value, fonts, stamp, editions);
        var plan = planner.Plan();
        var planned = shard is { } own ? [.. plan.Where(j => own.Owns(j.Key))] : plan;
        List<PackJobResult> results;
        CliApp.StopsCleanly = true;
        try
        {
            results = await RunJobsAsync(parseResult, planned, jobs, output, cancellation);
        }
        finally
        {
            CliApp.StopsCleanly = false;
        }

        var failed = results.Where(r => r.Error is not null).ToList();
        var error = parseResult.InvocationConfiguration.Error;

        // After the run, not during it: on a terminal the progress bars own the screen while jobs run.
        foreach (string warning in planner.Warnings)
        {
            error.WriteLine(warning);
        }

        foreach (var failure in failed)
        {
            error.WriteLine($"calendargen: failed: {failure.Job.Name}: {failure.Error}");
        }

        if (cancellation.IsCancellationRequested)
        {
            // Jobs in flight finished their (atomic) files; none was started after the signal.
            OutputFile.RemovePending();
            error.WriteLine($"calendargen: stopped: {results.Sum(r => r.Files.Count)} complete files written, no manifest");
            return ExitCodes.Stopped;
        }

        var files = results.SelectMany(r => r.Files).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        string manifestPath;
        if (shard is { } part)
        {
            manifestPath = Path.Combine(folder, part.ManifestName);
            var keys = plan.Select(j => j.Key).ToList();
            var partial = new ShardManifest(
                pack.Name,
                part.Index,
                part.Count,
                NodaTime.Text.InstantPattern.General.Format(stamp),
                PackShard.PlanHash(keys),
                keys.Count,
                [.. planned.Select(j => j.Key).Order(StringComparer.Ordinal)],
                [.. failed.Select(r => r.Job.Key).Order(StringComparer.Ordinal)],
                files);
            OutputFile.Write(manifestPath, ManifestJson.Bytes(partial));
        }
        else
        {
            manifestPath = Path.Combine(folder, "manifest.json");
            OutputFile.Write(manifestPath, ManifestJson.Bytes(new PackManifest(pack.Name, files)));
        }

        if (!parseResult.GetValue(JsonOption))
        {
            output.WriteLine($"{manifestPath}: {files.Count} files, {failed.Count} failed jobs");
        }

        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task<List<PackJobResult>> RunJobsAsync(ParseResult parseResult, List<PackJob> planned, int jobs, TextWriter output, CancellationToken cancellation)
    {
        List<PackJobResult> results;
        if (CliApp.IsTerminal && !parseResult.GetValue(QuietOption) && !parseResult.GetValue(JsonOption))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            results = await console.Progress().AutoClear(false).HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(context => PackRunner.RunAsync(planned, jobs, new TerminalPackReporter(context, planned.Count), cancellation));
        }
        else
        {
            IPackReporter reporter = parseResult.GetValue(JsonOption) ? new JsonPackReporter(output) : new PlainPackReporter(output);
            results = await PackRunner.RunAsync(planned, jobs, reporter, cancellation);
        }

        return results;
    }

    /// <summary>Every template of the pack, loaded and validated (its warnings to standard error, as render writes them); two that would write the same files are refused.</summary>
    private static Dictionary<string, Template> LoadTemplates(PackSpec pack, FontCache fonts, ReferencePolicy policy, TextWriter warnings)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var folders = new Dictionary<string, PackReference>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var reference in pack.Templates)
        {
            if (templates.ContainsKey(reference.Value))
            {
                problems.Add($"{reference.Where}: template '{reference.Value}' is listed twice; its files would be written twice");
                continue;
            }

            var result = TemplateLoader.Load(reference.Value, new SkiaTextMeasurer(fonts), policy);
            if (result.Value is not { } template)
            {
                problems.AddRange(result.Problems.Select(p => $"{reference.Where}: template '{reference.Value}': {p}"));
                continue;
            }

            foreach (var warning in result.Warnings)
            {
                warnings.WriteLine(TemplateInput.AsWarning(warning));
            }

            string folder = PackPlanner.Folder(template);
            if (folders.TryGetValue(folder, out var first))
            {
                problems.Add($"{reference.Where}: template '{reference.Value}' is named '{template.Name}' and would write the same files as {first.Where} ('{first.Value}'); give one of them another name");
                continue;
            }

            folders[folder] = reference;
            templates[reference.Value] = template;
        }

        return problems.Count == 0 ? templates : throw new UsageException(problems);
    }
}
