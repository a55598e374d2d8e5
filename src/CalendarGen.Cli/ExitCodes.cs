namespace CalendarGen.Cli;

/// <summary>The process exit codes calendargen promises.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
