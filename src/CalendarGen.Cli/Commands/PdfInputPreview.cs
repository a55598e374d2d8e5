using System.CommandLine;
using System.Globalization;
using CalendarGen.Rendering.PdfRaster;
using CalendarGen.Templates.Files;

namespace CalendarGen.Cli.Commands;

/// <summary>
/// `calendargen preview SHEETS.pdf`: a page of any PDF (an imposed press sheet, a rendered calendar) drawn by
/// calendargen's own rasteriser, or a contact sheet of its pages. What the rasteriser skipped is reported on standard
/// error; a damaged or hostile PDF is bad input (exit 2).
/// </summary>
internal static class PdfInputPreview
{
    /// <summary>Whether the TEMPLATE argument names a PDF rather than a template.</summary>
    public static bool Accepts(string input) => input.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <param name="parseResult">The command line.</param>
    /// <param name="input">The PDF's path.</param>
    /// <param name="page">--page, or null for page 1.</param>
    /// <param name="pages">--pages for a contact sheet, or null for every page.</param>
    /// <param name="contactSheet">Whether to make a contact sheet.</param>
    /// <param name="dpi">Resolution of a page; a contact sheet's thumbnails are this many pixels wide (at least 60).</param>
    /// <param name="box">MediaBox or TrimBox.</param>
    /// <param name="output">A folder, or a .png file.</param>
    public static int Run(ParseResult parseResult, string input, int? page, string? pages, bool contactSheet, int dpi, PreviewBox box, string output)
    {
        if (pages is not null && !contactSheet)
        {
            throw new UsageException("--pages chooses the pages of a --contact-sheet; for one page use --page");
        }

        bool toFile = output.EndsWith(".png", StringComparison.OrdinalIgnoreCase);
        if (toFile)
        {
            OutputFile.Prepare(output);
        }
        else if (FileKinds.Of(output) != FileKind.Directory)
        {
            throw new UsageException($"--output {output}: no such folder (or give a .png file)");
        }

        byte[] pdf = InputFile.TryRead(input, InputKind.Pdf, out string? problem) ?? throw new UsageException($"{input}: {problem}");
        string stem = Path.GetFileNameWithoutExtension(input);
        var console = parseResult.InvocationConfiguration;
        try
        {
            using var preview = PdfPreview.Open(pdf);
            if (preview.PageCount == 0)
            {
                throw new UsageException($"{input}: the PDF has no pages");
            }

            PdfPreviewImage image;
            string path, what;
            if (contactSheet)
            {
                var numbers = pages is null ? [.. Enumerable.Range(1, preview.PageCount)] : PageList(pages, preview.PageCount);
                image = preview.ContactSheet(numbers, Math.Max(60, dpi), box);
                path = toFile ? output : Path.Combine(output, $"{stem}-contact.png");
                what = $"{numbers.Count} pages";
            }
            else
            {
                int number = page ?? 1;
                if (number < 1 || number > preview.PageCount)
                {
                    throw new UsageException($"--page {number}: {input} has pages 1–{preview.PageCount}");
                }

                image = preview.Page(number, dpi, box);
                path = toFile ? output : Path.Combine(output, $"{stem}-p{number:D3}.png");
                what = $"page {number}/{preview.PageCount}";
            }

            OutputFile.Write(path, image.Png);
            console.Output.WriteLine($"{path}: {what}, {image.Width} × {image.Height} pixels");
            if (image.Skipped.Count > 0)
            {
                console.Error.WriteLine($"{input}: warning: not drawn in the preview: "
                    + string.Join(", ", image.Skipped.Select(s => $"{s.Key} ×{s.Value}")));
            }
        }
        catch (PdfPreviewException e)
        {
            throw new UsageException($"{input}: {e.Message}");
        }

        return ExitCodes.Success;
    }

    /// <summary>"1-6,9" as page numbers, each checked against the page count.</summary>
    private static List<int> PageList(string text, int pageCount)
    {
        var numbers = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            string[] ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                || !int.TryParse(ends[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int last) || first > last)
            {
                throw new UsageException($"--pages {text}: expected page numbers and ranges like 1-6,9");
            }

            if (first < 1 || last > pageCount)
            {
                throw new UsageException($"--pages {text}: the PDF has pages 1–{pageCount}");
            }

            if (numbers.Count + (last - first + 1) > 10_000)
            {
                throw new UsageException($"--pages {text}: more than 10,000 pages");
            }

            numbers.AddRange(Enumerable.Range(first, last - first + 1));
        }

        return numbers;
    }
}
