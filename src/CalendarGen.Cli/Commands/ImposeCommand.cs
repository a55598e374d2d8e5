using System.CommandLine;
using System.Globalization;
using CalendarGen.Rendering.Imposition;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Press;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen impose`: a press PDF's leaves onto press sheets (cut-and-stack, step and repeat, sequential).</summary>
internal static class ImposeCommand
{
    private static readonly Argument<string> InputArgument = new("INPUT") { Description = "A press PDF (calendargen render --profile press, or any PDF with TrimBox and BleedBox)" };
    private static readonly Option<string> OutputOption = new("--output", "-o") { Description = "The sheets' PDF", HelpName = "FILE", Required = true };
    private static readonly Option<string?> LayoutOption = new("--layout") { Description = "A press layout file (YAML); the options below override it", HelpName = "FILE" };
    private static readonly Option<string?> SheetOption = new("--sheet") { Description = "Sheet size in mm, WIDTHxHEIGHT", HelpName = "WxH" };
    private static readonly Option<string?> GridOption = new("--grid") { Description = "Slots across and down, COLUMNSxROWS", HelpName = "CxR" };
    private static readonly Option<double?> GapOption = new("--gap") { Description = "Space between slots' bleed edges, mm (default 0)", HelpName = "MM" };
    private static readonly Option<double?> GripperOption = new("--gripper") { Description = "Unprinted strip at the lead (bottom) edge, mm (default 12)", HelpName = "MM" };
    private static readonly Option<double?> MarginOption = new("--margin") { Description = "Unprinted strip at the other edges, mm (default 10)", HelpName = "MM" };
    private static readonly Option<string?> OrderOption = new("--order") { Description = "cut-stack (default), repeat or sequential" };
    private static readonly Option<int?> StackDepthOption = new("--stack-depth") { Description = "At most this many sheets per lift: the job is split into sets", HelpName = "N" };
    private static readonly Option<string?> DuplexOption = new("--duplex") { Description = "Input pages are front, back, front …: turn (back mirrors columns) or tumble (rows)" };
    private static readonly Option<string?> JobOption = new("--job") { Description = "Job name on the slug (default: the input's file name)" };
    private static readonly Option<bool> MapOption = new("--map") { Description = "Print the pile map" };
    private static readonly Option<string?> JsonOption = new("--json") { Description = "Write the pile map as JSON to this file", HelpName = "FILE" };
    private static readonly Option<string?> SketchOption = new("--sketch") { Description = "Write a PNG of every sheet side: slots, leaf numbers and dates, blanks, gripper (not the printed pages)", HelpName = "FILE" };

    public static Command Create()
    {
        OrderOption.AcceptOnlyFromAmong("cut-stack", "repeat", "sequential");
        DuplexOption.AcceptOnlyFromAmong("turn", "tumble");
        var command = new Command("impose", """
            Impose a press PDF onto press sheets: leaves placed as vectors (CMYK and fonts kept), crop marks, slug, pile map.
              calendargen impose block-dai-2027-press.pdf -o sheets.pdf --sheet 650x500 --grid 4x2 --map
              calendargen impose block-dai-2027-press.pdf -o sheets.pdf --layout samples/press/block-dai-4x2.yaml
              calendargen impose wall-13-2027-press.pdf -o sheets.pdf --layout samples/press/wall-13-2up.yaml
              calendargen impose block-with-backs.pdf -o sheets.pdf --sheet 650x500 --grid 4x2 --duplex tumble --sketch sheets.png
            """)
        {
            InputArgument, OutputOption, LayoutOption, SheetOption, GridOption, GapOption, GripperOption, MarginOption,
            OrderOption, StackDepthOption, DuplexOption, JobOption, MapOption, JsonOption, SketchOption,
        };
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        string path = parseResult.GetValue(OutputOption)!;
        OutputFile.Prepare(path);
        string? json = parseResult.GetValue(JsonOption);
        if (json is not null)
        {
            OutputFile.Prepare(json);
        }

        string? sketch = parseResult.GetValue(SketchOption);
        if (sketch is not null)
        {
            OutputFile.Prepare(sketch);
        }

        var layout = Layout(parseResult);
        string input = parseResult.GetValue(InputArgument)!;
        byte[] pdf = InputFile.TryRead(input, InputKind.Pdf, out string? problem) ?? throw new UsageException($"{input}: {problem}");
        string job = parseResult.GetValue(JobOption) ?? Path.GetFileNameWithoutExtension(input);
        ImposedSheets sheets;
        try
        {
            sheets = Imposer.Impose(pdf, layout, job);
        }
        catch (ImpositionException e)
        {
            throw new UsageException($"{input}: {e.Message}");
        }

        OutputFile.Write(path, sheets.Pdf);
        if (json is not null)
        {
            OutputFile.Write(json, PileMapReport.Json(sheets, job));
        }

        if (sketch is not null)
        {
            OutputFile.Write(sketch, SheetSketch.ContactSheet(sheets, layout.Gripper));
        }

        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine($"{path}: {sheets.Leaves} leaves on {sheets.Plan.Sheets.Length} sheets ({sheets.Pages} sides), {sheets.Pdf.Length:N0} bytes");
        if (parseResult.GetValue(MapOption))
        {
            PileMapReport.Write(output, sheets);
        }

        return ExitCodes.Success;
    }

    /// <summary>The layout file's settings, or the defaults, with the command line's options over them.</summary>
    private static PressLayout Layout(ParseResult parseResult)
    {
        PressLayout? file = null;
        if (parseResult.GetValue(LayoutOption) is { } layoutPath)
        {
            var loaded = PressLayoutFile.Load(layoutPath);
            file = loaded.Value ?? throw new UsageException(loaded.Problems.Select(p => p.ToString()));
        }

        var sheet = parseResult.GetValue(SheetOption) is { } sheetText ? Pair(sheetText, "--sheet", positive: true) : file is null ? throw new UsageException("give --sheet WIDTHxHEIGHT (mm) or --layout FILE") : (file.SheetWidth, file.SheetHeight);
        var grid = parseResult.GetValue(GridOption) is { } gridText ? Pair(gridText, "--grid", positive: true) : file is null ? throw new UsageException("give --grid COLUMNSxROWS or --layout FILE") : (file.Columns, file.Rows);
        if (grid.Item1 != Math.Floor(grid.Item1) || grid.Item2 != Math.Floor(grid.Item2) || grid.Item1 * grid.Item2 > 400)
        {
            throw new UsageException($"--grid {parseResult.GetValue(GridOption)}: whole numbers of columns and rows, at most 400 slots");
        }

        var layout = (file ?? new PressLayout(0, 0, 1, 1)) with { SheetWidth = sheet.Item1, SheetHeight = sheet.Item2, Columns = (int)grid.Item1, Rows = (int)grid.Item2 };
        layout = layout with
        {
            Gap = Length(parseResult, GapOption, "--gap") ?? layout.Gap,
            Gripper = Length(parseResult, GripperOption, "--gripper") ?? layout.Gripper,
            Margin = Length(parseResult, MarginOption, "--margin") ?? layout.Margin,
            Order = parseResult.GetValue(OrderOption) is { } order ? PressLayoutFile.ParseOrder(order)!.Value : layout.Order,
            StackDepth = parseResult.GetValue(StackDepthOption) is { } depth ? depth > 0 ? depth : throw new UsageException($"--stack-depth {depth} is not a positive number of sheets") : layout.StackDepth,
            Duplex = parseResult.GetValue(DuplexOption) is { } duplex ? Enum.Parse<DuplexMode>(duplex, ignoreCase: true) : layout.Duplex,
        };
        return layout;
    }

    private static double? Length(ParseResult parseResult, Option<double?> option, string name) =>
        parseResult.GetValue(option) is not { } value ? null
            : value is >= 0 and <= 1000 ? value : throw new UsageException($"{name} {value.ToString(CultureInfo.InvariantCulture)} is outside 0–1000 mm");

    private static (double, double) Pair(string text, string name, bool positive)
    {
        string[] parts = text.Split('x', '×', 'X');
        if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b) && (!positive || (a > 0 && b > 0)) && a <= 5000 && b <= 5000)
        {
            return (a, b);
        }

        throw new UsageException($"{name} {text}: expected two positive numbers as AxB, such as 650x500");
    }
}
