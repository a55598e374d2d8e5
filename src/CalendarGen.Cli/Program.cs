using System.Text;
using CalendarGen.Cli;

// Buffered UTF-8 (no BOM) whatever the terminal's locale: output is data as often as it is text.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16);
using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
CliApp.IsTerminal = !Console.IsOutputRedirected;
int exitCode = CliApp.Run(args, output, error);
try
{
    output.Flush();
}
catch (IOException)
{
    // The reader went away (e.g. piped into `head`): nothing left to tell it.
}

return exitCode;
