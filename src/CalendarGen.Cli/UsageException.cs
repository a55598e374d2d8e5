namespace CalendarGen.Cli;

/// <summary>Bad input from the user (arguments, files, data): reported as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
