using System.CommandLine;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen render`: a template and a year to a print-ready PDF.</summary>
internal static class RenderCommand
{
    private static readonly TemplateInput Input = new();
    private static readonly CalendarInputs Calendar = new();

    private static readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "The PDF to write (default: TEMPLATE-YEAR-PROFILE.pdf in the current folder)",
        HelpName = "FILE",
    };

    private static readonly Option<string> ProfileOption = new("--profile", "-p")
    {
        Description = "press: CMYK, bleed, crop marks, PDF/X-1a; proof: press plus overlay, slug, colour bar; screen: RGB at trim size",
        DefaultValueFactory = _ => "press",
    };

    public static Command Create()
    {
        ProfileOption.AcceptOnlyFromAmong("press", "proof", "screen");
        var command = new Command("render", """
            Render a calendar template for a year to a print-ready PDF.
              calendargen render block-dai --year 2027
              calendargen render wall-13 --year 2027 --profile proof -o wall-13-2027-proof.pdf
              calendargen render my-block.yaml --year 2027 --events company.yaml --profile screen
            """)
        {
            Input.Template,
            OutputOption,
            ProfileOption,
        };
        Calendar.AddTo(command);

        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        var profile = Enum.Parse<OutputProfile>(parseResult.GetValue(ProfileOption)!, ignoreCase: true);
        using var fonts = new FontCache();
        var (template, document) = TemplateInput.Compose(parseResult, Input, Calendar, profile, fonts);
        string path = TemplateInput.PrepareOutput(parseResult.GetValue(OutputOption)
            ?? TemplateInput.FileName(template, Calendar.YearOf(parseResult), profile.ToString().ToLowerInvariant(), "pdf"));
        try
        {
            var summary = PdfRenderer.Write(document, profile, path, TemplateInput.Timestamp(), fonts);
            parseResult.InvocationConfiguration.Output.WriteLine($"{path}: {summary.Pages} pages, {summary.Bytes:N0} bytes ({profile.ToString().ToLowerInvariant()})");
        }
        catch (LayoutException e)
        {
            throw new UsageException(e.Message);
        }

        return ExitCodes.Success;
    }
}
