using System.CommandLine;
using System.CommandLine.Invocation;
using CalendarGen.Cli.Commands;
using CalendarGen.Templates.Files;

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

    /// <summary>Folders untrusted files may also name (SECURITY.md).</summary>
    public static readonly Option<string[]> AllowPath = new("--allow-path")
    {
        Description = "A folder whose files templates, data and pack files may also use (repeatable; by default only files beside them and the shipped assets)",
        HelpName = "DIR",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The folder a template's photos come from, replacing the template's own (trusted like --allow-path).</summary>
    public static readonly Option<string?> Photos = new("--photos")
    {
        Description = "Take the template's photos from this folder instead of the template's photos folder (the photo names stay: cover, 01 … 12)",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>Whether the running command stops cleanly when asked (Ctrl-C): set by pack while its jobs run.</summary>
    public static bool StopsCleanly { get; set; }

    /// <summary>Whether standard output is a terminal (set by Program; tests and pipes see plain output).</summary>
    public static bool IsTerminal { get; set; }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("calendargen: Vietnamese calendars (âm lịch, holidays, almanac) as print-ready PDFs and PNG previews.")
        {
            Verbose,
            AllowPath,
            Photos,
            LunarCommand.Create(),
            EventsCommand.Create(),
            RenderCommand.Create(),
            PreviewCommand.Create(),
            TemplatesCommand.Create(),
            PackCommand.Create(),
            ServeCommand.Create(),
            ImposeCommand.Create(),
            PreflightCommand.Create(),
        };
        return root;
    }

    /// <summary>Which files untrusted input files may name, with the --allow-path folders.</summary>
    public static ReferencePolicy PolicyOf(ParseResult parseResult)
    {
        string[] folders = parseResult.GetValue(AllowPath) ?? [];
        foreach (string folder in folders)
        {
            if (FileKinds.Of(folder) != FileKind.Directory)
            {
                throw new UsageException($"--allow-path {folder}: no such folder");
            }
        }

        string? photos = parseResult.GetValue(Photos);
        if (photos is not null && FileKinds.Of(photos) != FileKind.Directory)
        {
            throw new UsageException($"--photos {photos}: no such folder");
        }

        return folders.Length == 0 && photos is null ? ReferencePolicy.Default : new ReferencePolicy(folders, photos);
    }

    /// <summary>
    /// Parses and runs a command line, writing to the given streams; returns the exit code. <paramref name="stop"/> is
    /// signalled on Ctrl-C for commands that stop cleanly (pack).
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken stop = default)
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

            // Program handles Ctrl-C itself (temporary files removed, a "stopped" line, exit code 130).
            ProcessTerminationTimeout = null,
        };

        try
        {
            return parseResult.InvokeAsync(configuration, stop).GetAwaiter().GetResult();
        }
        catch (UsageException e)
        {
            foreach (string problem in e.Problems)
            {
                error.WriteLine($"calendargen: error: {problem}");
            }

            return ExitCodes.BadInput;
        }
        catch (OutputFileException e)
        {
            error.WriteLine($"calendargen: {(e.IsBadInput ? "error" : "failed")}: {e.Message}");
            return e.IsBadInput ? ExitCodes.BadInput : ExitCodes.Failure;
        }
        catch (Exception e) when (NativeLibraryFailure(e) is { } native)
        {
            error.WriteLine($"calendargen: failed: {native}");
            if (parseResult.GetValue(Verbose))
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.Failure;
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

    /// <summary>What to say when a native library (Skia, HarfBuzz) cannot be loaded on this platform, or null.</summary>
    private static string? NativeLibraryFailure(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DllNotFoundException or BadImageFormatException or EntryPointNotFoundException)
            {
                return $"a native library cannot be loaded on {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} "
                    + $"({inner.Message.Split('\n')[0].Trim()}); calendargen's packages carry SkiaSharp and HarfBuzzSharp natives for "
                    + "linux-x64/arm64 (glibc and musl), osx and win-x64/arm64";
            }
        }

        return null;
    }
}
