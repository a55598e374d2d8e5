using System.CommandLine;
using CalendarGen.Cli.Serve;
using CalendarGen.Templates;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen serve`: a live preview in the browser that re-renders when the template's files change.</summary>
internal static class ServeCommand
{
    private static readonly TemplateInput Input = new();
    private static readonly CalendarInputs Calendar = new();

    private static readonly Option<int> PortOption = new("--port")
    {
        Description = "The port on 127.0.0.1 (0, the default: any free port)",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>How long a file must stay unchanged before a rebuild: editors write a file in two steps.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(80);

    public static Command Create()
    {
        var command = new Command("serve", """
            Live preview in the browser: edit the template, save, and the page updates.
            Listens on 127.0.0.1 only and prints the address; Ctrl-C stops it.
              calendargen serve my-block.yaml --year 2027
              calendargen serve wall-13 --year 2027 --port 8027 --events company.yaml
            """)
        {
            Input.Template,
            PortOption,
        };
        Calendar.AddTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken stop)
    {
        int port = parseResult.GetValue(PortOption);
        if (port is < 0 or > 65535)
        {
            throw new UsageException($"--port {port} is outside 0–65535");
        }

        string template = parseResult.GetValue(Input.Template)!;
        if (ShippedFiles.ResolveTemplate(template) is null)
        {
            throw new UsageException($"{template}: no such template file, nor a shipped template of that name");
        }

        var inputs = new PreviewInputs(template, Calendar.YearOf(parseResult), parseResult.GetValue(Calendar.Events) ?? [], parseResult.GetValue(Calendar.Schedule), CliApp.PolicyOf(parseResult));
        // Program turns the first Ctrl-C or SIGTERM into this token (a clean stop, exit 0) and ends the process at a second.
        CliApp.StopsCleanly = true;
        try
        {
            return await Serve(inputs, port, parseResult.InvocationConfiguration, stop);
        }
        finally
        {
            CliApp.StopsCleanly = false;
        }
    }

    private static async Task<int> Serve(PreviewInputs inputs, int port, InvocationConfiguration console, CancellationToken stop)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(inputs, port, Quiet, stop);
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use as an IOException.
            throw new UsageException($"--port {port}: {e.Message}");
        }

        await using (server)
        {
            var output = console.Output;
            output.WriteLine($"calendargen: previewing {inputs.Template} for {inputs.Year} at {server.Address}");
            output.WriteLine("calendargen: edit and save the template; the page follows. Ctrl-C stops.");
            output.Flush();
            Report(server.Preview.Snapshot, console);
            server.Preview.Published += snapshot => Report(snapshot, console);

            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM: a clean stop.
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>One line per build on the terminal, and each problem as `templates validate` prints it.</summary>
    private static void Report(PreviewSnapshot snapshot, InvocationConfiguration console)
    {
        lock (console)
        {
            if (snapshot.Problems.Count == 0)
            {
                console.Output.WriteLine(FormattableString.Invariant($"calendargen: build {snapshot.Build}: {snapshot.Good?.Entries.Count} pages in {snapshot.BuildTime.TotalSeconds:0.00} s"));
                console.Output.Flush();
                return;
            }

            foreach (var problem in snapshot.Problems)
            {
                console.Error.WriteLine($"calendargen: error: {problem}");
            }

            console.Error.WriteLine($"calendargen: build {snapshot.Build}: {snapshot.Problems.Count} problem(s); the browser keeps the last good pages");
        }
    }
}
