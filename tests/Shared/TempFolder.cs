namespace CalendarGen.Tests.Shared;

/// <summary>A fresh temporary folder for a test class, deleted with it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "calendargen-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>Writes a text file into the folder and returns its full path.</summary>
    public string Write(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
