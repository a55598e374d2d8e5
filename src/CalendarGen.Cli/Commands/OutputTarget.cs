using System.CommandLine;
using System.Text;
using CalendarGen.Templates.Files;

namespace CalendarGen.Cli.Commands;

/// <summary>
/// Where a command's result goes: a file written through <see cref="OutputFile"/> (atomic, ordinary files only), or
/// standard output for "-". A write error on standard output is a failure (exit 1), never a silent exit 0.
/// </summary>
internal static class OutputTarget
{
    /// <summary>The path that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>An -o option for a command whose result is text (standard output by default).</summary>
    public static Option<string?> TextOption() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output (- for standard output)",
        HelpName = "FILE",
    };

    /// <summary>Checks an output path before any work is done; "-" is standard output.</summary>
    public static void Check(string path)
    {
        if (path != StandardOutput)
        {
            OutputFile.Prepare(path);
        }
    }

    /// <summary>Writes bytes to a file, or to standard output for "-".</summary>
    public static void Write(string path, byte[] bytes)
    {
        if (path != StandardOutput)
        {
            OutputFile.Write(path, bytes);
            return;
        }

        try
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            stdout.Flush();
        }
        catch (IOException e)
        {
            throw new OutputFileException($"cannot write to standard output: {e.Message}", isBadInput: false, e);
        }
    }

    /// <summary>Runs a text-writing command into the -o file (written whole at the end), or into the command's output.</summary>
    public static void WriteText(ParseResult parseResult, Option<string?> option, Action<TextWriter> write)
    {
        string? path = parseResult.GetValue(option);
        if (path is null || path == StandardOutput)
        {
            write(parseResult.InvocationConfiguration.Output);
            return;
        }

        OutputFile.Prepare(path);
        var text = new StringWriter();
        write(text);
        OutputFile.Write(path, new UTF8Encoding(false).GetBytes(text.ToString()));
    }
}
