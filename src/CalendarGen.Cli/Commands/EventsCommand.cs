using System.CommandLine;
using CalendarGen.Cli.Events;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen events`: every observance of a year with its solar and lunar date and kind.</summary>
internal static class EventsCommand
{
    private static readonly CalendarInputs Inputs = new();

    private static readonly Option<string> FormatOption = new("--format", "-f")
    {
        Description = "Output format",
        DefaultValueFactory = _ => "table",
    };

    private static readonly Option<string?> OutputOption = OutputTarget.TextOption();

    public static Command Create()
    {
        FormatOption.AcceptOnlyFromAmong("table", "json", "ics");
        var command = new Command("events", """
            List the holidays, observances and lunar festivals of a year.
              calendargen events --year 2027
              calendargen events --year 2027 --format ics -o lich-2027.ics
              calendargen events --year 2026 --events my-company.yaml --schedule samples/schedules/2026.yaml --format json
            """);
        Inputs.AddTo(command);

        command.Options.Add(FormatOption);
        command.Options.Add(OutputOption);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        int year = Inputs.YearOf(parseResult);
        var calendar = Inputs.Build(parseResult, year);
        string format = parseResult.GetValue(FormatOption)!;
        OutputTarget.WriteText(parseResult, OutputOption, output =>
        {
            switch (format)
            {
                case "json":
                    EventsReport.WriteJson(calendar, output);
                    break;
                case "ics":
                    EventsReport.WriteIcs(calendar, SourceDateEpoch.Now(), output);
                    break;
                default:
                    EventsReport.WriteTable(calendar, output);
                    break;
            }
        });

        return ExitCodes.Success;
    }
}
