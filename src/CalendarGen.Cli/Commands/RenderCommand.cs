using System.CommandLine;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Files;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen render`: a template and a year to a print-ready PDF.</summary>
internal static class RenderCommand
{
    private static readonly TemplateInput Input = new();
    private static readonly CalendarInputs Calendar = new();

    private static readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "The PDF to write (default: TEMPLATE-YEAR-PROFILE.pdf in the current folder; - for standard output)",
        HelpName = "FILE",
    };

    private static readonly Option<string> ProfileOption = new("--profile", "-p")
    {
        Description = "press: CMYK, bleed, crop marks, PDF/X-1a; proof: press plus overlay, slug, colour bar; screen: RGB at trim size",
        DefaultValueFactory = _ => "press",
    };

    private static readonly Option<string?> DieSpotOption = new("--die-spot")
    {
        Description = "Name of the spot colour die, fold and perforation lines print on (press and proof; default: the template's, else Die; e.g. CutContour, Crease)",
        HelpName = "NAME",
    };

    private static readonly Option<string?> OutputProfileOption = new("--output-profile")
    {
        Description = "A CMYK output (prtr) ICC profile: photos are converted with it and it is embedded as the PDF/X OutputIntent (default: the template's press: output_profile, else FOGRA39)",
        HelpName = "FILE.icc",
    };

    private static readonly Option<string?> OutputConditionOption = new("--output-condition")
    {
        Description = "The OutputIntent's condition identifier (default: the profile's description)",
        HelpName = "NAME",
    };

    public static Command Create()
    {
        ProfileOption.AcceptOnlyFromAmong("press", "proof", "screen");
        var command = new Command("render", """
            Render a calendar template for a year to a print-ready PDF.
              calendargen render block-dai --year 2027
              calendargen render wall-13 --year 2027 --profile proof -o wall-13-2027-proof.pdf
              calendargen render my-block.yaml --year 2027 --events company.yaml --profile screen
              calendargen render block-dai --year 2027 -o - | lp
            """)
        {
            Input.Template,
            OutputOption,
            ProfileOption,
            DieSpotOption,
            OutputProfileOption,
            OutputConditionOption,
            TemplateInput.Strict,
        };
        Calendar.AddTo(command);

        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        var profile = Enum.Parse<OutputProfile>(parseResult.GetValue(ProfileOption)!, ignoreCase: true);
        if (parseResult.GetValue(OutputOption) is { } given)
        {
            // A bad output path is found before any work.
            OutputTarget.Check(given);
        }

        string? dieSpot = parseResult.GetValue(DieSpotOption);
        if (dieSpot is not null && !ProductionGeometry.IsSpotName(dieSpot))
        {
            throw new UsageException($"--die-spot '{dieSpot}': a spot colour name is 1–63 letters, digits, '-', '_' or '.' (e.g. Die, CutContour, Crease)");
        }

        string? outputProfile = parseResult.GetValue(OutputProfileOption);
        if (outputProfile is not null && IccProfileFile.Read(outputProfile, out string? problem) is null)
        {
            // A wrong profile is found before any work.
            throw new UsageException($"{outputProfile}: {problem}");
        }

        using var fonts = new FontCache();
        var (template, document) = TemplateInput.Compose(parseResult, Input, Calendar, profile, fonts, parseResult.InvocationConfiguration.Error);
        if (dieSpot is not null)
        {
            document = document with { DieSpot = dieSpot };
        }

        string path = parseResult.GetValue(OutputOption)
            ?? TemplateInput.FileName(template, Calendar.YearOf(parseResult), profile.ToString().ToLowerInvariant(), "pdf");
        byte[] bytes;
        try
        {
            var errors = parseResult.InvocationConfiguration.Error;
            var press = new PressOptions
            {
                OutputProfile = outputProfile,
                OutputCondition = parseResult.GetValue(OutputConditionOption),
                Warnings = errors.WriteLine,
            };
            bytes = PdfRenderer.Render(document, profile, TemplateInput.Timestamp(), fonts, press);
        }
        catch (LayoutException e)
        {
            throw new UsageException(e.Message);
        }

        OutputTarget.Write(path, bytes);

        // With the PDF on standard output, the summary goes to standard error.
        var report = path == OutputTarget.StandardOutput ? parseResult.InvocationConfiguration.Error : parseResult.InvocationConfiguration.Output;
        report.WriteLine($"{(path == OutputTarget.StandardOutput ? "standard output" : path)}: {document.PageCount} pages, {bytes.Length:N0} bytes ({profile.ToString().ToLowerInvariant()})");
        return ExitCodes.Success;
    }
}
