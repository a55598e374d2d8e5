using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CalendarGen.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
