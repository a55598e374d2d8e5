using CalendarGen.Layout;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates.Editions;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Packs;

namespace CalendarGen.Cli.Pack;

/// <summary>
/// Reads a pack's editions table and checks every row against every template before anything renders: fields the
/// templates print, the logo, colours the templates let editions change, and text that fits its frames at their
/// minimum size with letters the fonts have. Every problem names the row's file and line; any problem is exit 2.
/// </summary>
internal static class PackEditions
{
    public static IReadOnlyList<Edition> Load(PackSpec pack, PackReference table, IReadOnlyDictionary<string, Template> templates, FontCache fonts, ReferencePolicy policy)
    {
        var list = EditionTable.Load(table.Value, policy);
        if (list.Value is not { } editions)
        {
            throw new UsageException(list.Problems.Select(p => p.ToString()));
        }

        var measurer = new SkiaTextMeasurer(fonts);
        var problems = new List<string>();
        foreach (var edition in editions.Editions)
        {
            foreach (var template in templates.Values)
            {
                // The design's frames, measured with the row's text (binding would hide which frames print edition data).
                var found = EditionBinder.Check(template, edition);
                problems.AddRange(found.Select(p => p.ToString()));
                if (EditionBinder.UsesLogo(template) && edition.Logo is { } logo && pack.Profiles.Any(p => p is "press" or "proof")
                    && ImageFile.Read(logo, out _) is { Format: not ImageFormat.Svg })
                {
                    // Press and proof PDFs are CMYK only; a PNG or JPEG has RGB pixels with no inks.
                    problems.Add($"{edition.Row}: edition '{edition.Id}': logo {Path.GetFileName(logo)} is a PNG or JPEG; press and proof PDFs need an SVG logo (raster images are for screen output)");
                }

                if (found.Count == 0)
                {
                    problems.AddRange(EditionTextFit.Problems(template, edition.Fields, measurer)
                        .Select(p => $"{edition.Row}: edition '{edition.Id}': template '{template.Name}': {p}"));
                }
            }
        }

        return problems.Count == 0 ? editions.Editions : throw new UsageException(problems);
    }
}
