using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace CalendarGen.Cli.Tests.Serve;

/// <summary>`calendargen serve` as a user runs it: the address it prints, a clean stop on Ctrl-C, bad input.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public void A_template_that_does_not_exist_is_bad_input()
    {
        var result = CliRunner.Run("serve", "no-such-template.yaml", "--year", "2027");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no-such-template.yaml", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--year", "1850")]
    public void An_option_out_of_range_is_bad_input(string option, string value)
    {
        string[] args = option == "--year" ? ["serve", "wall-13", "--year", value] : ["serve", "wall-13", "--year", "2027", option, value];

        var result = CliRunner.Run(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [UnixFact]
    public void The_server_prints_its_address_answers_there_and_stops_cleanly_on_an_interrupt()
    {
        using var process = Start("serve", "wall-13", "--year", "2027");
        try
        {
            string? line = process.StandardOutput.ReadLine();
            var address = Address().Match(line ?? "");
            Assert.True(address.Success, $"no address in: {line}");

            using var http = new HttpClient();
            string state = http.GetStringAsync(new Uri(new Uri(address.Value), "api/state")).GetAwaiter().GetResult();
            Assert.Contains("\"template\":\"wall-13\"", state, StringComparison.Ordinal);

                Assert.Equal(0, Interrupt(process.Id));
            Assert.True(process.WaitForExit(15_000), "still running 15 s after the interrupt");
            Assert.Equal(ExitCodes.Success, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public void A_port_in_use_is_bad_input()
    {
        using var first = Start("serve", "wall-13", "--year", "2027");
        var address = Address().Match(first.StandardOutput.ReadLine() ?? "");
        Assert.True(address.Success);
        try
        {
            var second = CliRunner.Run("serve", "wall-13", "--year", "2027", "--port", new Uri(address.Value).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(ExitCodes.BadInput, second.ExitCode);
            Assert.Contains("--port", second.Error, StringComparison.Ordinal);
        }
        finally
        {
            first.Kill();
            first.WaitForExit(15_000);
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "calendargen.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Ctrl-C: SIGINT (2) to a process.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Interrupt(int pid, int signal = 2);

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/")]
    private static partial Regex Address();
}
