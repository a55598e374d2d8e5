using System.Collections.Concurrent;
using System.Security.Cryptography;
using CalendarGen.Cli.Events;
using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Observances;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Rendering.Png;
using CalendarGen.Cli.Commands;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Packs;
using NodaTime;

namespace CalendarGen.Cli.Pack;

/// <summary>
/// Turns a pack spec into jobs: one per PDF (template × year × profile), one per product's previews and contact sheet,
/// one per year's ICS. Files go to DIR/YEAR/TEMPLATE/…, the ICS to DIR/YEAR/. Everything is written atomically.
/// </summary>
internal sealed class PackPlanner(PackSpec spec, IReadOnlyDictionary<string, Template> templates, string outputFolder, ObservanceSet observances, FontCache fonts, Instant stamp)
{
    private readonly ConcurrentDictionary<(string, int), Lazy<CalendarYear>> years = new();

    public List<PackJob> Plan()
    {
        var jobs = new List<PackJob>();
        foreach (int year in spec.Years)
        {
            foreach (string name in spec.Templates.Select(t => t.Value))
            {
                foreach (string profile in spec.Profiles)
                {
                    jobs.Add(new PackJob($"{year}/{Folder(TemplateOf(name))}/{profile}", $"{Label(name)} {year} {profile}", 100, _ => [Pdf(name, year, profile)]));
                }

                if (spec.PreviewCover || spec.PreviewDates.Length > 0)
                {
                    jobs.Add(new PackJob($"{year}/{Folder(TemplateOf(name))}/previews", $"{Label(name)} {year} previews", 10, _ => Previews(name, year)));
                }

                if (spec.ContactSheets)
                {
                    jobs.Add(new PackJob($"{year}/{Folder(TemplateOf(name))}/contact-sheet", $"{Label(name)} {year} contact sheet", 30, _ => [ContactSheet(name, year)]));
                }
            }

            if (spec.EventsIcs)
            {
                jobs.Add(new PackJob($"{year}/events-ics", $"events {year} ics", 1, _ => [Ics(year)]));
            }
        }

        return [.. jobs.OrderByDescending(j => j.Cost)];
    }

    private static string Label(string template) => Path.GetFileNameWithoutExtension(template);

    private Template TemplateOf(string name) => templates[name];

    private CalendarYear YearOf(Template template, int year) => years.GetOrAdd((template.Name, year), key => new Lazy<CalendarYear>(() =>
        CalendarYear.Build(year, observances, null, template.Page.WeekStart))).Value;

    private LaidOutDocument Compose(Template template, int year, OutputProfile profile) =>
        Composer.Compose(template, YearOf(template, year), new SkiaTextMeasurer(fonts), profile, stamp.InUtc().Date);

    private ManifestEntry Pdf(string name, int year, string profileName)
    {
        var template = TemplateOf(name);
        var profile = Enum.Parse<OutputProfile>(profileName, ignoreCase: true);
        var document = Compose(template, year, profile);
        byte[] bytes = PdfRenderer.Render(document, profile, stamp.ToDateTimeUtc(), fonts);
        return Write(Path.Combine($"{year}", Folder(template), TemplateInput.FileName(template, year, profileName, "pdf")), bytes, template.Name, year, profileName, document.PageCount);
    }

    private List<ManifestEntry> Previews(string name, int year)
    {
        var template = TemplateOf(name);
        var document = Compose(template, year, OutputProfile.Screen);
        var numbers = new SortedSet<int>();
        if (spec.PreviewCover)
        {
            numbers.Add(1);
        }

        foreach (var (month, day) in spec.PreviewDates)
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && document.Index.FirstOrDefault(p => p.Shows(new LocalDate(year, month, day))) is { } page)
            {
                numbers.Add(page.Number);
            }
        }

        return [.. numbers.Select(n => Write(
            Path.Combine($"{year}", Folder(template), "previews", TemplateInput.FileName(template, year, $"p{n:D3}", "png")),
            PngRenderer.Page(document.Page(n), spec.PreviewDpi, showBleed: false, fonts), template.Name, year, "preview", 1))];
    }

    private ManifestEntry ContactSheet(string name, int year)
    {
        var template = TemplateOf(name);
        var document = Compose(template, year, OutputProfile.Screen);
        byte[] png = PngRenderer.ContactSheet(document.Pages, document.PageCount, 120, fonts);
        return Write(Path.Combine($"{year}", Folder(template), TemplateInput.FileName(template, year, "contact", "png")), png, template.Name, year, "contact-sheet", document.PageCount);
    }

    private ManifestEntry Ics(int year)
    {
        var writer = new StringWriter();
        EventsReport.WriteIcs(CalendarYear.Build(year, observances), stamp, writer);
        return Write(Path.Combine($"{year}", $"events-{year}.ics"), new System.Text.UTF8Encoding(false).GetBytes(writer.ToString()), null, year, "ics", null);
    }

    /// <summary>The folder of a template's files: its name made safe (SECURITY.md: names never become paths as they are).</summary>
    public static string Folder(Template template) => SafeName.Of(template.Name);

    private ManifestEntry Write(string relative, byte[] bytes, string? template, int year, string kind, int? pages)
    {
        string path = Path.Combine(outputFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        OutputFile.Write(path, bytes);
        return new ManifestEntry(relative.Replace('\\', '/'), template, year, kind, pages, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
