using System.Runtime.InteropServices;
using System.Text;
using CalendarGen.Cli;
using CalendarGen.Templates.Files;

// Buffered UTF-8 (no BOM) whatever the terminal's locale: output is data as often as it is text.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16);
using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
CliApp.IsTerminal = !Console.IsOutputRedirected;

// Ctrl-C and SIGTERM: a command that can stop cleanly (pack) is asked to once; otherwise, or at the second signal,
// the temporary files of writes in progress are removed and the process ends with exit code 130.
using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    if (CliApp.StopsCleanly && !stop.IsCancellationRequested)
    {
        stop.Cancel();
        return;
    }

    OutputFile.RemovePending();
    error.WriteLine("calendargen: stopped");
    Environment.Exit(ExitCodes.Stopped);
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

int exitCode = CliApp.Run(args, output, error, stop.Token);
try
{
    output.Flush();
}
catch (IOException e)
{
    // Output that did not arrive is a failure, never a silent success (a full disk, a closed pipe).
    error.WriteLine($"calendargen: failed: cannot write to standard output: {e.Message}");
    return exitCode == ExitCodes.Success ? ExitCodes.Failure : exitCode;
}

return exitCode;
