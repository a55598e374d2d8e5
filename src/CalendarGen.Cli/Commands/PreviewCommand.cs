using System.CommandLine;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Rendering.Png;
using CalendarGen.Templates.Files;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen preview`: PNG previews of pages, or a contact sheet of the whole product.</summary>
internal static class PreviewCommand
{
    private static readonly TemplateInput Input = new();
    private static readonly CalendarInputs Calendar = new();

    private static readonly Option<string?> DateOption = new("--date") { Description = "The page showing this date (yyyy-mm-dd)", HelpName = "DATE" };
    private static readonly Option<int?> MonthOption = new("--month") { Description = "The page of this month (1–12); the month's first day on a block" };
    private static readonly Option<int?> PageOption = new("--page") { Description = "Page number, from 1" };
    private static readonly Option<bool> ContactSheetOption = new("--contact-sheet") { Description = "Every page as a thumbnail on one PNG" };
    private static readonly Option<bool> ShowBleedOption = new("--show-bleed") { Description = "Show the bleed and crop marks around the trim" };
    private static readonly Option<bool> SoftProofOption = new("--soft-proof") { Description = "Show photos and palette colours as the press prints them: through the output profile to CMYK and back" };
    private static readonly Option<string?> OutputProfileOption = new("--output-profile") { Description = "With --soft-proof: the CMYK output (prtr) ICC profile (default: the template's, else the shipped FOGRA39)", HelpName = "FILE.icc" };
    private static readonly Option<string?> PagesOption = new("--pages") { Description = "PDF input with --contact-sheet: only these pages, like 1-6,9", HelpName = "LIST" };
    private static readonly Option<bool> TrimOption = new("--trim") { Description = "PDF input: show the TrimBox instead of the whole MediaBox" };
    private static readonly Option<int> DpiOption = new("--dpi") { Description = "Resolution (18–600)", DefaultValueFactory = _ => 150 };
    private static readonly Option<string> OutputOption = new("--output", "-o") { Description = "Folder for the PNG files (for a PDF input, also a .png file)", DefaultValueFactory = _ => ".", HelpName = "DIR" };

    public static Command Create()
    {
        var command = new Command("preview", """
            Preview pages of a calendar as PNG, drawn by the same code as the PDF.
              calendargen preview block-dai --year 2027 --date 2027-07-30
              calendargen preview wall-13 --year 2027 --month 7 --dpi 100 -o previews
              calendargen preview desk-tent --year 2027 --contact-sheet
            A PDF (an imposed press sheet, a rendered calendar) is drawn by calendargen's own PDF rasteriser:
              calendargen preview sheets.pdf --page 1 --dpi 100 -o sheet-1.png
              calendargen preview sheets.pdf --contact-sheet --pages 1-12 --dpi 300
            """)
        {
            Input.Template,
            DateOption,
            MonthOption,
            PageOption,
            ContactSheetOption,
            ShowBleedOption,
            SoftProofOption,
            OutputProfileOption,
            PagesOption,
            TrimOption,
            DpiOption,
            OutputOption,
        };
        Calendar.AddTo(command);
        Calendar.Year.Required = false;
        Input.Template.Description = "A template file, the name of a shipped template, or a PDF (an imposed sheet, a rendered calendar)";
        Calendar.Year.Description = "The Gregorian year (1900–2199); required for a template";

        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parseResult)
    {
        int dpi = parseResult.GetValue(DpiOption);
        if (dpi is < 18 or > 600)
        {
            throw new UsageException($"--dpi {dpi} is outside 18–600");
        }

        int chosen = new object?[] { parseResult.GetValue(DateOption), parseResult.GetValue(MonthOption), parseResult.GetValue(PageOption) }.Count(v => v is not null)
            + (parseResult.GetValue(ContactSheetOption) ? 1 : 0);
        if (chosen > 1)
        {
            throw new UsageException("give only one of --date, --month, --page and --contact-sheet");
        }

        string input = parseResult.GetValue(Input.Template)!;
        if (PdfInputPreview.Accepts(input))
        {
            if (parseResult.GetValue(DateOption) is not null || parseResult.GetValue(MonthOption) is not null || parseResult.GetValue(ShowBleedOption))
            {
                throw new UsageException("--date, --month and --show-bleed are for templates; a PDF takes --page, --pages and --trim");
            }

            return PdfInputPreview.Run(parseResult, input, parseResult.GetValue(PageOption), parseResult.GetValue(PagesOption),
                parseResult.GetValue(ContactSheetOption), dpi, parseResult.GetValue(TrimOption) ? Rendering.PdfRaster.PreviewBox.Trim : Rendering.PdfRaster.PreviewBox.Media,
                parseResult.GetValue(OutputOption)!);
        }

        if (parseResult.GetResult(Calendar.Year) is null)
        {
            throw new UsageException("--year is required for a template");
        }

        if (parseResult.GetValue(PagesOption) is not null || parseResult.GetValue(TrimOption))
        {
            throw new UsageException("--pages and --trim are for a PDF input");
        }

        string folder = parseResult.GetValue(OutputOption)!;
        if (FileKinds.Of(folder) != FileKind.Directory)
        {
            throw new UsageException($"--output {folder}: no such folder");
        }

        bool showBleed = parseResult.GetValue(ShowBleedOption);
        string? outputProfile = parseResult.GetValue(OutputProfileOption);
        if (outputProfile is not null && IccProfileFile.Read(outputProfile, out string? problem) is null)
        {
            throw new UsageException($"{outputProfile}: {problem}");
        }

        using var fonts = new FontCache();
        var (template, document) = TemplateInput.Compose(parseResult, Input, Calendar, showBleed ? OutputProfile.Press : OutputProfile.Screen, fonts);
        SoftProof? softProof;
        try
        {
            softProof = parseResult.GetValue(SoftProofOption) ? SoftProof.For(document.Press, new PressOptions { OutputProfile = outputProfile }) : null;
        }
        catch (LayoutException e)
        {
            throw new UsageException(e.Message);
        }

        int year = Calendar.YearOf(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        try
        {
            if (parseResult.GetValue(ContactSheetOption))
            {
                string path = Path.Combine(folder, TemplateInput.FileName(template, year, "contact", "png"));
                OutputFile.Write(path, PngRenderer.ContactSheet(document.Pages, document.PageCount, Math.Max(60, dpi), fonts, softProof));
                output.WriteLine($"{path}: {document.PageCount} pages");
                return ExitCodes.Success;
            }

            int number = PageNumber(parseResult, document, year);
            string file = Path.Combine(folder, TemplateInput.FileName(template, year, $"p{number:D3}", "png"));
            OutputFile.Write(file, PngRenderer.Page(document.Page(number), dpi, showBleed, fonts, softProof));
            output.WriteLine($"{file}: page {number}/{document.PageCount} ({document.Index[number - 1].Label})");
        }
        catch (LayoutException e)
        {
            throw new UsageException(e.Message);
        }

        return ExitCodes.Success;
    }

    private static int PageNumber(ParseResult parseResult, LaidOutDocument document, int year)
    {
        if (parseResult.GetValue(PageOption) is { } page)
        {
            return page >= 1 && page <= document.PageCount ? page : throw new UsageException($"--page {page}: the document has pages 1–{document.PageCount}");
        }

        NodaTime.LocalDate? date = null;
        if (parseResult.GetValue(DateOption) is { } text)
        {
            date = TemplateInput.ParseDate(text);
            if (date.Value.Year != year)
            {
                throw new UsageException($"--date {text} is not in {year}");
            }
        }
        else if (parseResult.GetValue(MonthOption) is { } month)
        {
            date = month is >= 1 and <= 12 ? new NodaTime.LocalDate(year, month, 1) : throw new UsageException($"--month {month} is not 1–12");
        }

        if (date is null)
        {
            return 1;
        }

        return document.Index.FirstOrDefault(p => p.Shows(date.Value))?.Number
            ?? throw new UsageException($"no page of this template shows {date:yyyy-MM-dd}");
    }
}
