using System.CommandLine;
using CalendarGen.Domain.Calendar;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;
using NodaTime;

namespace CalendarGen.Cli.Commands;

/// <summary>The TEMPLATE argument and how a template becomes a laid-out document.</summary>
internal sealed class TemplateInput
{
    public Argument<string> Template { get; } = new("TEMPLATE")
    {
        Description = "A template file, or the name of a shipped template (calendargen templates list)",
    };

    /// <summary>Loads and validates a template, checking its fonts; problems become a <see cref="UsageException"/>.</summary>
    public static Template Load(string nameOrPath, FontCache fonts)
    {
        var result = TemplateLoader.Load(nameOrPath, new SkiaTextMeasurer(fonts));
        return result.Value ?? throw new UsageException(result.Problems.Select(p => p.ToString()));
    }

    /// <summary>The template of the command line laid out for the year and inputs it names.</summary>
    public static (Template Template, LaidOutDocument Document) Compose(ParseResult parseResult, TemplateInput input, CalendarInputs calendar, OutputProfile profile, FontCache fonts)
    {
        var template = Load(parseResult.GetValue(input.Template)!, fonts);
        int year = calendar.YearOf(parseResult);
        var observances = calendar.ObservancesOf(parseResult);
        var calendarYear = CalendarYear.Build(year, observances, calendar.ScheduleOf(parseResult, year), template.Page.WeekStart);
        var stamp = SourceDateEpoch.Now().InUtc().Date;
        return (template, Composer.Compose(template, calendarYear, new SkiaTextMeasurer(fonts), profile, stamp));
    }

    /// <summary>A file name for an output: "block-dai-2027-press.pdf".</summary>
    public static string FileName(Template template, int year, string suffix, string extension) =>
        $"{template.Name}-{year}{(suffix.Length > 0 ? "-" + suffix : "")}.{extension}";

    /// <summary>Makes sure the folder of an output path exists, or says it cannot.</summary>
    public static string PrepareOutput(string path)
    {
        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the folder {directory} does not exist");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"{path} is a folder; give a file name");
        }

        return full;
    }

    public static DateTime Timestamp() => SourceDateEpoch.Now().ToDateTimeUtc();

    public static LocalDate ParseDate(string text) => LunarCommand.ParseSolar(text, "--date");
}
