using System.Collections.Concurrent;
using CalendarGen.Domain.Calendar;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Observances;

namespace CalendarGen.Rendering.Tests;

/// <summary>Renders shipped templates once per (template, year, profile) and shares the PDFs between tests.</summary>
internal static class RenderedCalendars
{
    private static readonly ConcurrentDictionary<(string, int, OutputProfile), Lazy<byte[]>> Cache = new();

    public static readonly FontCache Fonts = new();

    public static Template Template(string name) => TemplateLoader.Load(name).Value!;

    public static LaidOutDocument Compose(string name, int year, OutputProfile profile)
    {
        var template = Template(name);
        var calendar = CalendarYear.Build(year, ObservanceSets.Shipped("vn"), null, template.Page.WeekStart);
        return Composer.Compose(template, calendar, new SkiaTextMeasurer(Fonts), profile, new NodaTime.LocalDate(2026, 1, 1));
    }

    public static byte[] Pdf(string name, int year, OutputProfile profile) =>
        Cache.GetOrAdd((name, year, profile), key => new Lazy<byte[]>(() =>
            PdfRenderer.Render(Compose(key.Item1, key.Item2, key.Item3), key.Item3, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), Fonts))).Value;
}
