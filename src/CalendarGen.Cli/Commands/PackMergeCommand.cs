using System.CommandLine;
using CalendarGen.Cli.Pack;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen pack merge DIR…`: joins the shards of a pack run with --shard into one manifest.json.</summary>
internal static class PackMergeCommand
{
    private static readonly Argument<string[]> FoldersArgument = new("DIR") { Description = "Folders holding manifest.shard-K-of-N.json and the shard's files", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string?> OutputOption = new("--output", "-o") { Description = "Folder for the whole pack (default: the first DIR); files of other folders are copied there", HelpName = "DIR" };

    public static Command Create()
    {
        var command = new Command("merge", """
            Check the shards of a pack (all N once, no job missing or twice, every sha256) and write manifest.json.
              calendargen pack merge out/shard-1 out/shard-2 out/shard-3 -o out/pack-2027
            """)
        {
            FoldersArgument,
            OutputOption,
        };
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        string[] folders = parseResult.GetValue(FoldersArgument)!;
        string output = Path.GetFullPath(parseResult.GetValue(OutputOption) ?? folders[0]);
        var (manifest, files) = ShardMerger.Merge([.. folders.Select(Path.GetFullPath)], output);
        parseResult.InvocationConfiguration.Output.WriteLine($"{manifest}: {files} files from {folders.Length} folders");
        return ExitCodes.Success;
    }
}
