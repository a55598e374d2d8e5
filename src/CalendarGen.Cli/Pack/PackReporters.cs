using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace CalendarGen.Cli.Pack;

/// <summary>Tells the user how a pack is going.</summary>
internal interface IPackReporter
{
    void Started(PackJob job);

    void Finished(PackJobResult result);
}

/// <summary>Not on a terminal (or --quiet): one plain line per finished file or failed job.</summary>
internal sealed class PlainPackReporter(TextWriter output) : IPackReporter
{
    private readonly object gate = new();

    public void Started(PackJob job)
    {
    }

    public void Finished(PackJobResult result)
    {
        lock (gate)
        {
            if (result.Error is { } error)
            {
                output.WriteLine($"failed {result.Job.Name}: {error}");
                return;
            }

            foreach (var file in result.Files)
            {
                output.WriteLine($"ok {file.Path} ({(file.Pages is { } p ? $"{p} pages, " : "")}{file.Bytes:N0} bytes)");
            }
        }
    }
}

/// <summary>--json: one JSON object per finished file or failed job.</summary>
internal sealed class JsonPackReporter(TextWriter output) : IPackReporter
{
    private readonly object gate = new();

    public void Started(PackJob job)
    {
    }

    public void Finished(PackJobResult result)
    {
        lock (gate)
        {
            if (result.Error is { } error)
            {
                output.WriteLine(JsonSerializer.Serialize(new { status = "failed", job = result.Job.Name, error }, JsonOutput.Compact));
                return;
            }

            foreach (var file in result.Files)
            {
                // The manifest's own names and casing, with the status first.
                var line = new JsonObject { ["status"] = "ok" };
                foreach (var (key, value) in JsonSerializer.SerializeToNode(file, JsonOutput.Compact)!.AsObject())
                {
                    line[key] = value?.DeepClone();
                }

                output.WriteLine(line.ToJsonString(JsonOutput.Compact));
            }
        }
    }
}

/// <summary>On a terminal: a progress bar per running job and one for the whole pack (Spectre.Console).</summary>
internal sealed class TerminalPackReporter(ProgressContext context, int total) : IPackReporter
{
    private readonly ProgressTask overall = context.AddTask($"[bold]pack[/] (0/{total})", maxValue: total);
    private readonly Dictionary<PackJob, ProgressTask> running = [];
    private readonly object gate = new();
    private int done;

    public void Started(PackJob job)
    {
        lock (gate)
        {
            var task = context.AddTask(Markup.Escape(job.Name), maxValue: 1);
            task.IsIndeterminate = true;
            running[job] = task;
        }
    }

    public void Finished(PackJobResult result)
    {
        lock (gate)
        {
            if (running.Remove(result.Job, out var task))
            {
                task.IsIndeterminate = false;
                task.Description = Markup.Escape(result.Job.Name) + (result.Error is null ? " [green]ok[/]" : " [red]failed[/]");
                task.Value = 1;
                task.StopTask();
            }

            overall.Increment(1);
            overall.Description = $"[bold]pack[/] ({++done}/{total})";
        }
    }
}
