using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Observances;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Observances;

namespace CalendarGen.Cli.Serve;

/// <summary>
/// What `serve` previews — a template, a year, users' observance and schedule files — and how they become a
/// <see cref="Generation"/>. Unlike the one-shot commands, a bad input is an answer here, not an exception: the
/// designer is mid-edit and the server keeps running.
/// </summary>
internal sealed record PreviewInputs(string Template, int Year, IReadOnlyList<string> Events, string? Schedule, ReferencePolicy? Policy = null)
{
    /// <summary>Loads, validates and lays out every page; either a generation or the problems, and the files read.</summary>
    public BuildResult Build(int number)
    {
        var files = new HashSet<string>(TemplateSourceFiles.Of(Template), StringComparer.Ordinal);
        files.UnionWith(Events.Select(Path.GetFullPath));
        if (Schedule is not null)
        {
            files.Add(Path.GetFullPath(Schedule));
        }

        var fonts = new FontCache();
        try
        {
            var loaded = TemplateLoader.Load(Template, new SkiaTextMeasurer(fonts), Policy ?? ReferencePolicy.Default);
            if (loaded.Value is not { } template)
            {
                return Failed(loaded.Problems, files, fonts);
            }

            files.UnionWith(DependenciesOf(template));
            var observances = ObservanceSets.WithFiles(ObservanceSets.Shipped(ObservanceSets.Default), Events);
            if (observances.Value is not { } set)
            {
                return Failed(observances.Problems, files, fonts);
            }

            var unmet = ObservanceSets.UnmetIn(set, Year).ToList();
            if (unmet.Count > 0)
            {
                return Failed(unmet, files, fonts);
            }

            DayOffSchedule? schedule = null;
            if (Schedule is not null)
            {
                var read = ScheduleFile.Load(Schedule);
                if (read.Value is not { } value)
                {
                    return Failed(read.Problems, files, fonts);
                }

                if (value.Year != Year)
                {
                    return Failed([new Problem(Schedule, 0, 0, $"the schedule is for {value.Year}, not {Year}")], files, fonts);
                }

                schedule = value;
            }

            var calendarYear = CalendarYear.Build(Year, set, schedule, template.Page.WeekStart);
            var stamp = SourceDateEpoch.Now().InUtc().Date;
            var document = Composer.Compose(template, calendarYear, new SkiaTextMeasurer(fonts), OutputProfile.Screen, stamp);

            // Lay out every page now: a page that cannot be laid out is a problem of this save, not of a later click.
            var pages = document.Pages.ToList();
            // The photos each page shows (a photo path with placeholders names one file a page).
            files.UnionWith(pages.SelectMany(p => p.Ops.OfType<ImageOp>()).Select(i => Path.GetFullPath(i.Path)));
            var tet = calendarYear.Days.FirstOrDefault(d => d.Lunar.Lunar is { Month: 1, Day: 1, IsLeapMonth: false })?.Date;
            var generation = new Generation(number, Year, template, document, pages, fonts, tet);
            return new BuildResult(generation, [], files);
        }
        catch (LayoutException e)
        {
            return Failed([new Problem(Path.GetFullPath(ShippedFiles.ResolveTemplate(Template) ?? Template), 0, 0, e.Message)], files, fonts);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // E.g. a file replaced while it was read (editors save by rename): the next change event brings a retry.
            // The server must outlive any one save.
            return Failed([new Problem(Template, 0, 0, $"cannot be built: {e.Message}")], files, fonts);
        }
    }

    /// <summary>Font and image files a loaded template uses.</summary>
    private static IEnumerable<string> DependenciesOf(Template template) =>
        template.Fonts.Values.Concat(template.Pages.Values.SelectMany(frames => frames)
            .Select(frame => frame.Component).OfType<ImageComponent>().Select(image => image.Path).Where(path => !PhotoPaths.IsPattern(path)));

    private static BuildResult Failed(IEnumerable<Problem> problems, HashSet<string> files, FontCache fonts)
    {
        fonts.Dispose();
        return new BuildResult(null, [.. problems], files);
    }
}

/// <summary>A build of the preview: the generation when it succeeded, else its problems; and every file it read.</summary>
internal sealed record BuildResult(Generation? Generation, IReadOnlyList<Problem> Problems, IReadOnlySet<string> Files);
