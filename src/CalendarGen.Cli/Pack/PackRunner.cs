namespace CalendarGen.Cli.Pack;

/// <summary>Runs pack jobs in parallel; a failed job is recorded and the others go on; cancellation stops new jobs.</summary>
internal static class PackRunner
{
    public static async Task<List<PackJobResult>> RunAsync(IReadOnlyList<PackJob> jobs, int parallelism, IPackReporter reporter, CancellationToken cancellation)
    {
        var results = new List<PackJobResult>();
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation };
        try
        {
            await Parallel.ForEachAsync(jobs, options, (job, token) =>
            {
                reporter.Started(job);
                PackJobResult result;
                try
                {
                    token.ThrowIfCancellationRequested();
                    result = new PackJobResult(job, job.Run(token), null);
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    result = new PackJobResult(job, [], e.Message.ReplaceLineEndings("; "));
                }

                lock (gate)
                {
                    results.Add(result);
                }

                reporter.Finished(result);
                return ValueTask.CompletedTask;
            });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped: the files finished so far are complete (each was written atomically); nothing else is left.
        }

        return results;
    }
}
