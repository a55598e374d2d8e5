using System.CommandLine;
using System.CommandLine.Invocation;
using CalendarGen.Cli.Commands;

namespace CalendarGen.Cli;

/// <summary>The calendargen command tree and the rules for turning failures into exit codes.</summary>
internal static class CliApp
{
    /// <summary>Shows the stack trace of unexpected failures.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show details (stack traces) of unexpected failures",
        Recursive = true,
    };

    /// <summary>Whether standard output is a terminal (set by Program; tests and pipes see plain output).</summary>
    public static bool IsTerminal { get; set; }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("calendargen: Vietnamese calendars (âm lịch, holidays, almanac) as print-ready PDFs and PNG previews.")
        {
            Verbose,
            LunarCommand.Create(),
            EventsCommand.Create(),
            RenderCommand.Create(),
            PreviewCommand.Create(),
            TemplatesCommand.Create(),
            PackCommand.Create(),
            ServeCommand.Create(),
        };
        return root;
    }

    /// <summary>Parses and runs a command line, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parseResult = BuildRoot().Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // One line: every error, each folded onto one line (the library lists choices on several).
            string message = string.Join("; ", parseResult.Errors.Select(e =>
                string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
            error.WriteLine($"calendargen: error: {message}");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (UsageException e)
        {
            foreach (string problem in e.Problems)
            {
                error.WriteLine($"calendargen: error: {problem}");
            }

            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException or PathTooLongException)
        {
            // A path the user gave that cannot be written or read.
            error.WriteLine($"calendargen: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"calendargen: failed: {e.Message}");
            if (parseResult.GetValue(Verbose))
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.Failure;
        }
    }
}
