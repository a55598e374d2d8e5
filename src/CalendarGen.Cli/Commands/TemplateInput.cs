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

    /// <summary>Print-quality warnings become errors (render and templates validate).</summary>
    public static Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Treat print-quality warnings (small text in tints or several inks, thin tinted rules, tiny ink dots, ink over the limit) as errors",
    };

    /// <summary>
    /// Loads and validates a template, checking its fonts; problems become a <see cref="UsageException"/>. Print-quality
    /// warnings go to <paramref name="warnings"/> (none when null), or are errors too when <paramref name="strict"/>.
    /// </summary>
    public static Template Load(string nameOrPath, FontCache fonts, ReferencePolicy policy, TextWriter? warnings = null, bool strict = false)
    {
        var result = TemplateLoader.Load(nameOrPath, new SkiaTextMeasurer(fonts), policy);
        var template = result.Value ?? throw new UsageException(result.Problems.Select(p => p.ToString()));
        if (strict && !result.Warnings.IsEmpty)
        {
            throw new UsageException(result.Warnings.Select(p => p.ToString()));
        }

        foreach (var warning in warnings is null ? [] : result.Warnings)
        {
            warnings!.WriteLine(AsWarning(warning));
        }

        return template;
    }

    /// <summary>"file:line:col: warning: message".</summary>
    public static string AsWarning(Templates.Problem problem) =>
        problem.Line > 0 ? $"{problem.File}:{problem.Line}:{problem.Column}: warning: {problem.Message}" : $"{problem.File}: warning: {problem.Message}";

    /// <summary>The template of the command line laid out for the year and inputs it names.</summary>
    /// <param name="parseResult">The command line.</param>
    /// <param name="input">Its TEMPLATE argument.</param>
    /// <param name="calendar">Its year and events options.</param>
    /// <param name="profile">Press, proof or screen.</param>
    /// <param name="fonts">The font cache.</param>
    /// <param name="warnings">Where print-quality warnings go (render: standard error; --strict makes them errors).</param>
    public static (Template Template, LaidOutDocument Document) Compose(ParseResult parseResult, TemplateInput input, CalendarInputs calendar, OutputProfile profile, FontCache fonts, TextWriter? warnings = null)
    {
        var template = Load(parseResult.GetValue(input.Template)!, fonts, CliApp.PolicyOf(parseResult), warnings, warnings is not null && parseResult.GetValue(Strict));
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
