using System.Diagnostics;
using System.Text;

namespace CalendarGen.Cli.Tests;

/// <summary>
/// Runs calendargen in-process with captured output, or as the real executable. Without SOURCE_DATE_EPOCH files carry
/// the current time, so every run here fixes it (2026-01-01T00:00:00Z) to keep output comparable between runs.
/// </summary>
internal static class CliRunner
{
    /// <summary>The SOURCE_DATE_EPOCH every test run uses.</summary>
    public const string Epoch = "1767225600";

    static CliRunner() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", Epoch);

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CliApp.Run(args, output, error);
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built calendargen.dll in a child process, as a user's shell would.</summary>
    public static Result RunProcess(params string[] args) => RunProcess(new Dictionary<string, string>(), args);

    /// <summary>Runs the built calendargen.dll in a child process with extra environment variables.</summary>
    public static Result RunProcess(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(Start(environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>How to start the real executable with these arguments (output and error redirected).</summary>
    public static ProcessStartInfo Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "calendargen.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
