namespace CalendarGen.Cli.Serve;

/// <summary>
/// Watches a set of files by watching their folders: editors often save by writing a new file and renaming it over
/// the old one, which a watch on the file itself would lose. Calls back on any change to one of the files.
/// </summary>
internal sealed class FileWatch : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly HashSet<string> files;
    private readonly Action changed;

    public FileWatch(IEnumerable<string> files, Action changed)
    {
        this.files = new HashSet<string>(files.Select(Path.GetFullPath), StringComparer.Ordinal);
        this.changed = changed;
        foreach (string folder in this.files.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += (_, e) =>
            {
                if (Watched(e.FullPath) || Watched(e.OldFullPath))
                {
                    changed();
                }
            };

            // Lost events (a full kernel queue) could hide a change: treat them as one.
            watcher.Error += (_, _) => changed();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>The files watched.</summary>
    public IReadOnlySet<string> Files => files;

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (Watched(e.FullPath))
        {
            changed();
        }
    }

    private bool Watched(string path) => files.Contains(path);
}
