using System.CommandLine;
using CalendarGen.Cli.Lunar;
using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Lunar;
using NodaTime;
using NodaTime.Text;

namespace CalendarGen.Cli.Commands;

/// <summary>
/// `calendargen lunar`: one date in, its lunar date, can chi and solar term out; a range as table, CSV or JSON;
/// or a lunar date in (--lunar) and its solar date out.
/// </summary>
internal static class LunarCommand
{
    private static readonly Argument<string?> DateArgument = new("DATE")
    {
        Description = "A solar date, yyyy-mm-dd (1900-01-01 … 2199-12-31)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string?> LunarOption = new("--lunar", "-l")
    {
        Description = "A lunar date to convert to solar: yyyy-mm-dd, with L after the month for a leap month (2025-06L-01)",
        HelpName = "LUNAR-DATE",
    };

    private static readonly Option<string?> FromOption = new("--from")
    {
        Description = "First solar date of a range (with --to)",
        HelpName = "DATE",
    };

    private static readonly Option<string?> ToOption = new("--to")
    {
        Description = "Last solar date of a range (with --from)",
        HelpName = "DATE",
    };

    private static readonly Option<string> FormatOption = new("--format", "-f")
    {
        Description = "Output format",
        DefaultValueFactory = _ => "table",
    };

    private static readonly CalendarInputs Inputs = new(withYear: false);

    private static readonly Option<string?> OutputOption = OutputTarget.TextOption();

    public static Command Create()
    {
        FormatOption.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("lunar", """
            Convert between solar and lunar (âm lịch) dates.
              calendargen lunar 2026-07-30
              calendargen lunar --lunar 2025-06L-01
              calendargen lunar --from 2026-01-01 --to 2026-12-31 --format csv
            """)
        {
            DateArgument,
            LunarOption,
            FromOption,
            ToOption,
            FormatOption,
            OutputOption,
        };
        Inputs.AddTo(command);

        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        OutputTarget.WriteText(parseResult, OutputOption, output => Write(parseResult, output));
        return ExitCodes.Success;
    }

    private static void Write(ParseResult parseResult, TextWriter output)
    {
        var format = Enum.Parse<LunarFormat>(parseResult.GetValue(FormatOption)!, ignoreCase: true);
        string? date = parseResult.GetValue(DateArgument);
        string? lunar = parseResult.GetValue(LunarOption);
        string? from = parseResult.GetValue(FromOption);
        string? to = parseResult.GetValue(ToOption);

        int forms = (date is null ? 0 : 1) + (lunar is null ? 0 : 1) + (from is null && to is null ? 0 : 1);
        if (forms != 1)
        {
            throw new UsageException(forms == 0
                ? "lunar needs a DATE, --lunar LUNAR-DATE, or --from DATE --to DATE"
                : "give only one of DATE, --lunar LUNAR-DATE, or --from/--to");
        }

        if (date is not null)
        {
            LunarReport.WriteDay(CalendarDayOf(parseResult, ParseSolar(date, "DATE")), format, output);
        }
        else if (lunar is not null)
        {
            if (!LunarDate.TryParse(lunar, out var lunarDate, out string? error))
            {
                throw new UsageException(error!);
            }

            LunarReport.WriteDay(CalendarDayOf(parseResult, lunarDate.ToLocalDate()), format, output);
        }
        else
        {
            if (from is null || to is null)
            {
                throw new UsageException(from is null ? "--to needs --from" : "--from needs --to");
            }

            var first = ParseSolar(from, "--from");
            var last = ParseSolar(to, "--to");
            if (first > last)
            {
                throw new UsageException($"--from {from} is after --to {to}");
            }

            LunarReport.WriteRange(Days(first, last), format, output);
        }
    }

    /// <summary>A date with its observances (shipped, plus --events) and almanac.</summary>
    private static CalendarDay CalendarDayOf(ParseResult parseResult, LocalDate date) =>
        Inputs.Build(parseResult, date.Year).Day(date);

    private static IEnumerable<LunarDay> Days(LocalDate first, LocalDate last)
    {
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            yield return LunarDay.For(day);
        }
    }

    /// <summary>A solar date in the supported range, or a <see cref="UsageException"/> saying what is wrong.</summary>
    internal static LocalDate ParseSolar(string text, string what)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            throw new UsageException(text.StartsWith('-')
                ? $"unknown option '{text}'"
                : $"{what}: '{text}' is not a date; write yyyy-mm-dd, e.g. 2026-07-30");
        }

        if (!VietnameseLunarCalendar.Supports(result.Value))
        {
            throw new UsageException($"{what}: {text} is outside the supported range {VietnameseLunarCalendar.MinDate:yyyy-MM-dd} … {VietnameseLunarCalendar.MaxDate:yyyy-MM-dd}");
        }

        return result.Value;
    }
}
