using System.CommandLine;
using System.Text.Json;
using CalendarGen.Cli.Pack;
using CalendarGen.Rendering;
using CalendarGen.Rendering.Fonts;
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

    public static Command Create()
    {
        var command = new Command("pack", """
            Build a sample pack: templates × years × profiles, previews, contact sheets, ICS; writes manifest.json.
              calendargen pack samples/pack-2027.yaml -o out/pack-2027
              calendargen pack samples/pack-2027.yaml -o out/pack-2027 --jobs 2 --json
            """)
        {
            PackArgument,
            OutputOption,
            JobsOption,
            QuietOption,
            JsonOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellation)
    {
        var output = parseResult.InvocationConfiguration.Output;
        string packFile = parseResult.GetValue(PackArgument)!;
        var spec = PackSpec.Load(packFile);
        if (spec.Value is not { } pack)
        {
            throw new UsageException(spec.Problems.Select(p => p.ToString()));
        }

        int jobs = parseResult.GetValue(JobsOption);
        if (jobs is < 1 or > 64)
        {
            throw new UsageException($"--jobs {jobs} is outside 1–64");
        }

        string folder = Path.GetFullPath(parseResult.GetValue(OutputOption)!);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--output {folder}: {e.Message}");
        }

        var observances = ObservanceSets.WithFiles(ObservanceSets.Shipped(ObservanceSets.Default), pack.Events);
        if (observances.Value is null)
        {
            throw new UsageException(observances.Problems.Select(p => p.ToString()));
        }

        using var fonts = new FontCache();
        var planned = new PackPlanner(pack, folder, observances.Value, fonts, SourceDateEpoch.Now()).Plan();
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

        var failed = results.Where(r => r.Error is not null).ToList();
        var error = parseResult.InvocationConfiguration.Error;
        foreach (var failure in failed)
        {
            error.WriteLine($"calendargen: failed: {failure.Job.Name}: {failure.Error}");
        }

        if (cancellation.IsCancellationRequested)
        {
            error.WriteLine($"calendargen: stopped: {results.Sum(r => r.Files.Count)} complete files written, no manifest");
            return ExitCodes.Failure;
        }

        var files = results.SelectMany(r => r.Files).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifest = new PackManifest(pack.Name, files);
        string json = JsonSerializer.Serialize(manifest, JsonOutput.Indented) + "\n";
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), new System.Text.UTF8Encoding(false).GetBytes(json));
        if (!parseResult.GetValue(JsonOption))
        {
            output.WriteLine($"{Path.Combine(folder, "manifest.json")}: {files.Count} files, {failed.Count} failed jobs");
        }

        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
