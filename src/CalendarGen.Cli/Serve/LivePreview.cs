using CalendarGen.Templates;

namespace CalendarGen.Cli.Serve;

/// <summary>
/// The state of a live preview: the last good generation, the newest build's problems, and the build number the
/// browser waits on. Rebuilds when a watched file changes, after a quiet moment (editors write a file twice).
/// </summary>
internal sealed class LivePreview : IDisposable
{
    private readonly PreviewInputs inputs;
    private readonly TimeSpan quiet;
    private readonly object gate = new();
    private readonly Timer debounce;
    private readonly SemaphoreSlim building = new(1, 1);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile PreviewSnapshot snapshot = new(0, null, [], TimeSpan.Zero);
    private FileWatch? watch;
    private bool disposed;

    public LivePreview(PreviewInputs inputs, TimeSpan quiet)
    {
        this.inputs = inputs;
        this.quiet = quiet;
        debounce = new Timer(_ => _ = RebuildAsync());
    }

    /// <summary>Called after each build is published (the command reports it on the terminal).</summary>
    public event Action<PreviewSnapshot>? Published;

    /// <summary>What the browser is shown now.</summary>
    public PreviewSnapshot Snapshot => snapshot;

    /// <summary>Builds the first generation and starts watching its files.</summary>
    public void Start() => Rebuild();

    /// <summary>Completes when a build newer than <paramref name="known"/> is published.</summary>
    public Task WaitForBuildAfter(int known, CancellationToken cancel)
    {
        Task next;
        lock (gate)
        {
            if (Snapshot.Build > known)
            {
                return Task.CompletedTask;
            }

            next = changed.Task;
        }

        return next.WaitAsync(cancel);
    }

    /// <summary>A build after the quiet time; one at a time, so a save during a build is built after it.</summary>
    private async Task RebuildAsync()
    {
        await building.WaitAsync().ConfigureAwait(false);
        try
        {
            Rebuild();
        }
        finally
        {
            building.Release();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        watch?.Dispose();
        debounce.Dispose();
        Snapshot.Good?.Retire();
    }

    private void Rebuild()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = inputs.Build(Snapshot.Build + 1);
        clock.Stop();
        TaskCompletionSource done;
        lock (gate)
        {
            if (disposed)
            {
                result.Generation?.Retire();
                return;
            }

            var previous = Snapshot;
            var good = result.Generation ?? previous.Good;
            snapshot = new PreviewSnapshot(previous.Build + 1, good, result.Problems, clock.Elapsed);
            if (result.Generation is not null)
            {
                previous.Good?.Retire();
            }

            // A broken save may not name the files a good one read (its fonts, images): keep watching those too.
            var files = new HashSet<string>(result.Files, StringComparer.Ordinal);
            if (result.Generation is null && watch is not null)
            {
                files.UnionWith(watch.Files);
            }

            if (watch is null || !watch.Files.SetEquals(files))
            {
                watch?.Dispose();
                watch = new FileWatch(files, OnFileChanged);
            }

            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
        Published?.Invoke(snapshot);
    }

    private void OnFileChanged()
    {
        try
        {
            debounce.Change(quiet, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // An event already on its way while the preview stops.
        }
    }
}

/// <summary>One published state of the preview.</summary>
/// <param name="Build">The number of the newest build (good or not); 0 before the first.</param>
/// <param name="Good">The last generation that built without problems, if any.</param>
/// <param name="Problems">The newest build's problems; empty when it is <paramref name="Good"/>.</param>
/// <param name="BuildTime">How long the newest build took (load, validate, lay out every page).</param>
internal sealed record PreviewSnapshot(int Build, Generation? Good, IReadOnlyList<Problem> Problems, TimeSpan BuildTime);
