using System.CommandLine;
using CalendarGen.Cli.Preflight;
using CalendarGen.Domain.Observances;
using CalendarGen.Rendering.Preflight;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Observances;

namespace CalendarGen.Cli.Commands;

/// <summary>
/// `calendargen preflight FILE.pdf`: checks any calendar PDF for wrong lunar dates, weekdays and the 30/7
/// annotations, and for press readiness (PDF/X-1a). Exit 0 clean (warnings allowed), 1 on an error finding, 2 on bad input.
/// </summary>
internal static class PreflightCommand
{
    private static readonly Argument<string> FileArgument = new("FILE") { Description = "The PDF to check" };

    private static readonly Option<int?> YearOption = new("--year", "-y")
    {
        Description = "The calendar year (default: the year printed largest on the pages)",
    };

    private static readonly Option<string> FormatOption = new("--format", "-f")
    {
        Description = "Output format",
        DefaultValueFactory = _ => "table",
    };

    private static readonly Option<string> LangOption = new("--lang")
    {
        Description = "Language of the table report",
        DefaultValueFactory = _ => "vi",
    };

    public static Command Create()
    {
        FormatOption.AcceptOnlyFromAmong("table", "json");
        LangOption.AcceptOnlyFromAmong("vi", "en");
        var command = new Command("preflight", """
            Check a calendar PDF (ours or any other) before it goes to press: lunar dates beside solar dates, weekday
            names and the two 30/7 annotations, then PDF/X-1a (colour, transparency, fonts, boxes, keys) and total ink.
            Exit 0: no errors (warnings may remain); 1: at least one error; 2: not a readable PDF.
              calendargen preflight lich-2027.pdf
              calendargen preflight lich-2027.pdf --year 2027 --format json
            """)
        {
            FileArgument,
            YearOption,
            FormatOption,
            LangOption,
        };
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        string path = parseResult.GetValue(FileArgument)!;
        int? year = parseResult.GetValue(YearOption);
        if (year is < 1900 or > 2199)
        {
            throw new UsageException($"--year {year} is outside 1900–2199");
        }

        byte[] bytes = InputFile.TryRead(path, InputKind.Pdf, out string? problem)
            ?? throw new UsageException($"{path}: {problem}");
        PreflightReport report;
        try
        {
            report = Preflighter.Run(bytes, year, Annotations());
        }
        catch (PreflightInputException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }

        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.GetValue(FormatOption) == "json")
        {
            PreflightOutput.WriteJson(report, path, output);
        }
        else
        {
            PreflightOutput.WriteTable(report, path, parseResult.GetValue(LangOption) == "en", output);
        }

        return report.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>The texts the shipped data puts on 30 July (design.md §1: the text lives in data, not code).</summary>
    private static IReadOnlyList<string> Annotations()
    {
        var set = ObservanceSets.Shipped(ObservanceSets.Default);
        return [.. set.Observances.Where(o => o.Rule is ObservanceRule.FixedSolar { Month: 7, Day: 30 }).Select(o => o.Name)];
    }
}
