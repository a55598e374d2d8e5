using System.Collections.Immutable;
using System.Text;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Editions;

/// <summary>
/// Makes one edition's template from a design and a row: <c>{edition.FIELD}</c> becomes the row's text, the
/// <c>{edition.logo}</c> image frame the row's logo, and palette colours marked <c>edition: true</c> the row's colours.
/// The result is an ordinary template, so layout and rendering know nothing of editions.
/// </summary>
public static partial class EditionBinder
{
    /// <summary>The edition fields a template's text frames use, sorted.</summary>
    public static ImmutableSortedSet<string> FieldsUsed(Template template) =>
        TextFrames(template).SelectMany(f => FieldsIn(((TextComponent)f.Component).Text)).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>Whether a template has a frame for the edition's logo.</summary>
    public static bool UsesLogo(Template template) =>
        template.Pages.Values.SelectMany(f => f).Any(f => f.Component is ImageComponent { Path: EditionPlaceholders.LogoPath });

    /// <summary>The text frames that print edition data, for the fit check.</summary>
    public static IEnumerable<Frame> TextFrames(Template template) =>
        template.Pages.Values.SelectMany(f => f).Where(f => f.Component is TextComponent t && FieldsIn(t.Text).Any());

    /// <summary>What stops a row from making an edition of a template; each problem is at the row.</summary>
    public static List<Problem> Check(Template template, Edition edition)
    {
        var problems = new List<Problem>();
        void Add(string message) => problems.Add(new Problem(edition.Row.File, edition.Row.Line, edition.Row.Column, $"edition '{edition.Id}': {message}"));

        foreach (string field in FieldsUsed(template).Where(f => !edition.Fields.ContainsKey(f)))
        {
            Add($"template '{template.Name}' prints {{edition.{field}}} but the table has no '{field}' column");
        }

        if (UsesLogo(template) && edition.Logo is null)
        {
            Add($"template '{template.Name}' prints the logo but the row has none");
        }

        if (UsesLogo(template) && edition.Logo is { } logo)
        {
            CheckLogoColors(template, edition, logo, Add);
        }

        foreach (string color in edition.Colors.Keys)
        {
            if (!template.Palette.TryGetValue(color, out var own) || !own.Edition)
            {
                string allowed = string.Join(", ", template.Palette.Values.Where(c => c.Edition).Select(c => c.Name));
                Add($"template '{template.Name}' does not let editions change colour '{color}' (it allows: {(allowed.Length > 0 ? allowed : "none")})");
            }
        }

        return problems;
    }

    /// <summary>
    /// Press PDFs are CMYK only: every colour an SVG logo writes as #rrggbb must be the screen value of a palette
    /// colour (the row's brand colours included) so it has inks. Colours written another way are left to the renderer.
    /// </summary>
    private static void CheckLogoColors(Template template, Edition edition, string logo, Action<string> add)
    {
        if (ImageFile.Read(logo, out _) is not { Format: ImageFormat.Svg } svg)
        {
            return;
        }

        var known = template.Palette.Values.Select(c => c.Rgb).Concat(edition.Colors.Values.Select(c => c.Rgb)).ToHashSet();
        foreach (string hex in HexColor().Matches(Encoding.UTF8.GetString(svg.Bytes)).Select(m => m.Value.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal))
        {
            int v = Convert.ToInt32(hex[1..], 16);
            if (!known.Contains(new Rgb((byte)(v >> 16), (byte)(v >> 8 & 0xFF), (byte)(v & 0xFF))))
            {
                add($"logo {Path.GetFileName(logo)} uses {hex}, which is not a colour of template '{template.Name}' or the row (press PDFs are CMYK only; palette: {string.Join(", ", template.Palette.Values.Select(c => $"{c.Name} {c.Rgb}"))})");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("#[0-9A-Fa-f]{6}(?![0-9A-Fa-f])")]
    private static partial System.Text.RegularExpressions.Regex HexColor();

    /// <summary>The template with the row's text, logo and colours in place; call <see cref="Check"/> first.</summary>
    public static Template Bind(Template template, Edition edition)
    {
        var pages = template.Pages.ToImmutableSortedDictionary(
            p => p.Key,
            p => p.Value.Select(f => f with { Component = Bind(f.Component, edition) }).ToImmutableArray());
        var palette = template.Palette.SetItems(edition.Colors.Where(c => template.Palette.ContainsKey(c.Key))
            .Select(c => KeyValuePair.Create(c.Key, c.Value with { Edition = true })));
        return template with { Pages = pages, Palette = palette };
    }

    /// <summary>A text with its edition placeholders filled; other placeholders are left for layout.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> fields)
    {
        var builder = new StringBuilder(text.Length);
        int last = 0;
        foreach (var (index, name) in Placeholders.Find(text))
        {
            if (name is not null && EditionPlaceholders.FieldOf(name) is { } field && fields.TryGetValue(field, out string? value))
            {
                builder.Append(text, last, index - last).Append(value);
                last = index + name.Length + 2;
            }
        }

        return builder.Append(text, last, text.Length - last).ToString();
    }

    private static Component Bind(Component component, Edition edition) => component switch
    {
        TextComponent t when FieldsIn(t.Text).Any() => t with { Text = Fill(t.Text, edition.Fields) },
        ImageComponent { Path: EditionPlaceholders.LogoPath } image when edition.Logo is { } logo => image with { Path = logo },
        _ => component,
    };

    private static IEnumerable<string> FieldsIn(string text) =>
        Placeholders.Find(text).Select(p => p.Name is null ? null : EditionPlaceholders.FieldOf(p.Name)).OfType<string>();
}
