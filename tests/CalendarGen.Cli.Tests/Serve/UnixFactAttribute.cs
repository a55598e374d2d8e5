namespace CalendarGen.Cli.Tests.Serve;

/// <summary>A fact about Unix signals: skipped on Windows, which has none.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute() => Skip = OperatingSystem.IsWindows() ? "sends SIGINT, a Unix signal" : null;
}
