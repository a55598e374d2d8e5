using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CalendarGen.Benchmarks -- --filter '*' [--job short]
// bench/photo-press.sh runs the photo benchmark as a plain process: -- photo-press-photos DIR | photo-press DIR OUT.pdf
if (args.Length > 0 && args[0].StartsWith("photo-press", StringComparison.Ordinal))
{
    return PhotoPress.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
