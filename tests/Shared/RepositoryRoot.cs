namespace CalendarGen.Tests.Shared;

/// <summary>The checkout's root folder (the one holding CalendarGen.sln), found from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CalendarGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CalendarGen.sln not found above " + AppContext.BaseDirectory);
    }
}
