using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// Checks of the production geometry. Errors: a finishing line outside the press file's media box (the trim, its
/// bleed and the 12 mm mark margin), production items for a page the product does not have. Warnings (errors with
/// <c>--strict</c>, as the other print-quality rules): a frame that holds text reaching into a keep-out zone, with the
/// measured overlap. The frame is checked, not the glyphs set in it: text never leaves its frame, so a frame clear of
/// the zones keeps every glyph box clear, on every page and for every edition.
/// </summary>
internal sealed class ProductionRules(Template template)
{
    /// <summary>The mark margin of a press file beyond its bleed (Composer: 12 mm), in mm.</summary>
    public const double MarkMargin = 12;

    public IEnumerable<Problem> Errors()
    {
        var page = template.Page;
        double margin = page.Bleed + MarkMargin;
        var media = new Box(-margin, -margin, page.Width + 2 * margin, page.Height + 2 * margin);
        var production = template.Production;
        foreach (var (role, items) in production.Roles)
        {
            if (!template.Pages.ContainsKey(role) && items.Zones.Select(z => z.Source).Concat(items.Lines.Select(l => l.Source)).FirstOrDefault() is { } at)
            {
                yield return new Problem(at.File, at.Line, at.Column, $"production.{RoleName(role)}: the template has no {RoleName(role)} page");
            }
        }

        foreach (var line in production.All.Lines.Concat(production.Roles.Values.SelectMany(r => r.Lines)))
        {
            foreach (var (x, y) in line.Points)
            {
                if (!media.Contains(new Box(x, y, 0, 0)))
                {
                    yield return new Problem(line.Source.File, line.Source.Line, line.Source.Column,
                        $"{line.TypeName} line point ({x:0.##}, {y:0.##}) mm lies outside the media box (x {media.X:0.##} to {media.Right:0.##}, y {media.Y:0.##} to {media.Bottom:0.##} mm: the trim, its {page.Bleed:0.##} mm bleed and the mark margin)");
                    break;
                }
            }
        }
    }

    public IEnumerable<Problem> Warnings()
    {
        foreach (var (role, frames) in template.Pages)
        {
            var zones = template.Production.ZonesOf(role).ToList();
            foreach (var frame in frames.Where(f => TemplateValidator.TextTypes.Contains(f.Component.TypeName)))
            {
                foreach (var zone in zones)
                {
                    if (zone.Overlap(frame.Box) is not { } overlap)
                    {
                        continue;
                    }

                    string measured = zone.Round
                        ? $"{overlap.Width:0.##} mm deep"
                        : $"by {overlap.Width:0.##} × {overlap.Height:0.##} mm";
                    yield return new Problem(frame.Source.File, frame.Source.Line, frame.Source.Column,
                        $"print: frame '{frame.Id}' on the {RoleName(role)} page holds text and reaches into the {zone.TypeName} keep-out zone ({Path.GetFileName(zone.Source.File)}:{zone.Source.Line}) {measured}; text there is punched, cut or glued away");
                }
            }

            // Glue holds on bare paper: ink (and its varnish) under a tab glued flat to another part weakens the bond. A
            // glue strip along the binding edge is a pad's glued head instead: the padding glue goes on the stack's
            // edge and a header strip covers the face, so ink there is fine.
            foreach (var frame in frames.Where(f => f.Component is ImageComponent || f.Component is BoxComponent { Fill: { } fill } && Inked(fill)))
            {
                foreach (var zone in zones.Where(z => z.Kind == KeepOutKind.GlueTab && !OnBindingEdge(z.Bounds)))
                {
                    if (zone.Overlap(frame.Box) is { } overlap)
                    {
                        yield return new Problem(frame.Source.File, frame.Source.Line, frame.Source.Column,
                            $"print: frame '{frame.Id}' on the {RoleName(role)} page puts ink on the glue tab ({Path.GetFileName(zone.Source.File)}:{zone.Source.Line}) by {overlap.Width:0.##} × {overlap.Height:0.##} mm; glue holds on bare paper");
                    }
                }
            }
        }
    }

    private bool OnBindingEdge(Box zone) => template.Page.Binding?.Edge switch
    {
        Edge.Top => zone.Y <= 0,
        Edge.Left => zone.X <= 0,
        Edge.Bottom => zone.Bottom >= template.Page.Height,
        Edge.Right => zone.Right >= template.Page.Width,
        _ => false,
    };

    private bool Inked(string color) => template.Palette.TryGetValue(color, out var c) && c.Cmyk.C + c.Cmyk.M + c.Cmyk.Y + c.Cmyk.K > 0;

    private static string RoleName(PageRole role) => TemplateReader.PageRoles.FirstOrDefault(r => r.Value == role).Key ?? role.ToString();
}
