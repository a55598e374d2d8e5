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
using CalendarGen.Templates.Editions;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Packs;
using NodaTime;

namespace CalendarGen.Cli.Pack;

/// <summary>
/// Turns a pack spec into jobs: one per PDF (template × year × profile), one per product's previews and contact sheet,
/// one per year's ICS. Files go to DIR/YEAR/TEMPLATE/…, the ICS to DIR/YEAR/; with an editions table every product is
/// made once per edition, in DIR/EDITION/YEAR/TEMPLATE/, its files named EDITION-TEMPLATE-…. Everything is written
/// atomically.
/// </summary>
internal sealed class PackPlanner(PackSpec spec, IReadOnlyDictionary<string, Template> templates, string outputFolder, ObservanceSet observances, FontCache fonts, Instant stamp, IReadOnlyList<Edition>? editions = null)
{
    private readonly ConcurrentDictionary<(string, int), Lazy<CalendarYear>> years = new();
    private readonly Dictionary<(string, string?), Template> bound = [];
    private readonly ConcurrentQueue<(string Key, int Order, string Message)> warnings = new();
    private int warningCount;

    /// <summary>
    /// The warnings of the jobs run so far (an image's low resolution or ink over the limit, from press and proof
    /// PDFs), each prefixed by its job's name, in job-key order (so in the same order however the jobs ran).
    /// </summary>
    public IReadOnlyList<string> Warnings => [.. warnings.OrderBy(w => w.Key, StringComparer.Ordinal).ThenBy(w => w.Order).Select(w => w.Message)];

    public List<PackJob> Plan()
    {
        var jobs = new List<PackJob>();
        var variants = editions is null ? [null] : editions.Cast<Edition?>().ToList();
        foreach (int year in spec.Years)
        {
            foreach (var edition in variants)
            {
                foreach (string name in spec.Templates.Select(t => t.Value))
                {
                    var template = Bound(name, edition);
                    string key = $"{(edition is null ? "" : edition.Id + "/")}{year}/{Folder(template)}";
                    string label = $"{(edition is null ? "" : edition.Id + " ")}{Label(name)} {year}";
                    foreach (string profile in spec.Profiles)
                    {
                        jobs.Add(new PackJob($"{key}/{profile}", $"{label} {profile}", 100, _ => [Pdf(template, edition, year, profile, $"{key}/{profile}", $"{label} {profile}")]));
                    }

                    if (spec.PreviewCover || spec.PreviewDates.Length > 0)
                    {
                        jobs.Add(new PackJob($"{key}/previews", $"{label} previews", 10, _ => Previews(template, edition, year)));
                    }

                    if (spec.ContactSheets)
                    {
                        jobs.Add(new PackJob($"{key}/contact-sheet", $"{label} contact sheet", 30, _ => [ContactSheet(template, edition, year)]));
                    }
                }
            }

            if (spec.EventsIcs)
            {
                jobs.Add(new PackJob($"{year}/events-ics", $"events {year} ics", 1, _ => [Ics(year)]));
            }
        }

        return [.. jobs.OrderByDescending(j => j.Cost)];
    }

    /// <summary>The template of a pack entry, with an edition's data bound in (made once per pair, before any job runs).</summary>
    private Template Bound(string name, Edition? edition)
    {
        if (!bound.TryGetValue((name, edition?.Id), out var template))
        {
            template = edition is null ? templates[name] : EditionBinder.Bind(templates[name], edition);
            bound[(name, edition?.Id)] = template;
        }

        return template;
    }

    private static string Label(string template) => Path.GetFileNameWithoutExtension(template);

    private CalendarYear YearOf(Template template, int year) => years.GetOrAdd((template.Name, year), key => new Lazy<CalendarYear>(() =>
        CalendarYear.Build(year, observances, null, template.Page.WeekStart))).Value;

    private LaidOutDocument Compose(Template template, int year, OutputProfile profile) =>
        Composer.Compose(template, YearOf(template, year), new SkiaTextMeasurer(fonts), profile, stamp.InUtc().Date);

    private ManifestEntry Pdf(Template template, Edition? edition, int year, string profileName, string key, string name)
    {
        var profile = Enum.Parse<OutputProfile>(profileName, ignoreCase: true);
        var document = Compose(template, year, profile);
        var options = new PressOptions { Warnings = message => warnings.Enqueue((key, Interlocked.Increment(ref warningCount), $"{name}: {message}")) };
        byte[] bytes = PdfRenderer.Render(document, profile, stamp.ToDateTimeUtc(), fonts, options);
        return Write(Place(template, edition, year, profileName, "pdf"), bytes, template.Name, edition, year, profileName, document.PageCount);
    }

    private List<ManifestEntry> Previews(Template template, Edition? edition, int year)
    {
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
            Place(template, edition, year, $"p{n:D3}", "png", "previews"),
            PngRenderer.Page(document.Page(n), spec.PreviewDpi, showBleed: false, fonts), template.Name, edition, year, "preview", 1))];
    }

    private ManifestEntry ContactSheet(Template template, Edition? edition, int year)
    {
        var document = Compose(template, year, OutputProfile.Screen);
        byte[] png = PngRenderer.ContactSheet(document.Pages, document.PageCount, 120, fonts);
        return Write(Place(template, edition, year, "contact", "png"), png, template.Name, edition, year, "contact-sheet", document.PageCount);
    }

    private ManifestEntry Ics(int year)
    {
        var writer = new StringWriter();
        EventsReport.WriteIcs(CalendarYear.Build(year, observances), stamp, writer);
        return Write(Path.Combine($"{year}", $"events-{year}.ics"), new System.Text.UTF8Encoding(false).GetBytes(writer.ToString()), null, null, year, "ics", null);
    }

    /// <summary>The folder of a template's files: its name made safe (SECURITY.md: names never become paths as they are).</summary>
    public static string Folder(Template template) => SafeName.Of(template.Name);

    /// <summary>Where a product's file goes: YEAR/TEMPLATE/[SUB/]NAME, under the edition's folder for an edition.</summary>
    private static string Place(Template template, Edition? edition, int year, string suffix, string extension, string? sub = null)
    {
        string file = (edition is null ? "" : edition.Id + "-") + TemplateInput.FileName(template, year, suffix, extension);
        string folder = Path.Combine($"{year}", Folder(template), sub ?? "");
        return edition is null ? Path.Combine(folder, file) : Path.Combine(edition.Id, folder, file);
    }

    private ManifestEntry Write(string relative, byte[] bytes, string? template, Edition? edition, int year, string kind, int? pages)
    {
        string path = Path.Combine(outputFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        OutputFile.Write(path, bytes);
        return new ManifestEntry(relative.Replace('\\', '/'), template, edition?.Id, year, kind, pages, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
