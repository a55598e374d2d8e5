using System.CommandLine;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates.Files;
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
    public static Template Load(string nameOrPath, FontCache fonts, ReferencePolicy policy)
    {
        var result = TemplateLoader.Load(nameOrPath, new SkiaTextMeasurer(fonts), policy);
        return result.Value ?? throw new UsageException(result.Problems.Select(p => p.ToString()));
    }

    /// <summary>The template of the command line laid out for the year and inputs it names.</summary>
    public static (Template Template, LaidOutDocument Document) Compose(ParseResult parseResult, TemplateInput input, CalendarInputs calendar, OutputProfile profile, FontCache fonts)
    {
        var template = Load(parseResult.GetValue(input.Template)!, fonts, CliApp.PolicyOf(parseResult));
        int year = calendar.YearOf(parseResult);
        var calendarYear = calendar.Build(parseResult, year, template.Page.WeekStart);
        var stamp = SourceDateEpoch.Now().InUtc().Date;
        return (template, Composer.Compose(template, calendarYear, new SkiaTextMeasurer(fonts), profile, stamp));
    }

    /// <summary>A file name for an output: "block-dai-2027-press.pdf", the template's name made safe as a file name.</summary>
    public static string FileName(Template template, int year, string suffix, string extension) =>
        $"{SafeName.Of(template.Name)}-{year}{(suffix.Length > 0 ? "-" + suffix : "")}.{extension}";

    public static DateTime Timestamp() => SourceDateEpoch.Now().ToDateTimeUtc();

    public static LocalDate ParseDate(string text) => LunarCommand.ParseSolar(text, "--date");
}
