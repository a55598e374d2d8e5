using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// What prints badly though it can be printed (design.md §7.2), reported as warnings with the frame and the measured
/// value: small text in more than one ink, in a tint, or reversed out of a background of more than one ink; thin
/// rules in more than one ink or a tint; ink components too small to print as a dot; total ink over the template's
/// limit. Thresholds are the template's press settings. <c>--strict</c> makes them errors.
/// </summary>
internal sealed class PrintQualityRules(Template template, TemplateReader reader)
{
    private readonly List<Problem> warnings = [];
    private readonly PressSettings limits = template.Press;

    public List<Problem> Check()
    {
        foreach (var (name, color) in template.Palette)
        {
            var at = reader.PaletteSources.GetValueOrDefault(name) ?? new SourceLocation(template.SourceFile, 0, 0);
            var small = Inks(color.Cmyk).Where(i => i.Value > 0 && i.Value < limits.MinDot).ToList();
            if (small.Count > 0)
            {
                Warn(at, $"palette colour '{name}' ({Format(color.Cmyk)}) has {string.Join(", ", small.Select(i => $"{i.Value:0.#} % {i.Ink}"))}: components under {limits.MinDot:0.#} % do not print reliably (use 0 or at least {limits.MinDot:0.#})");
            }

            if (color.Cmyk.TotalInk > limits.MaxInk && color.Cmyk.TotalInk <= 300)
            {
                Warn(at, $"palette colour '{name}' ({Format(color.Cmyk)}) has {color.Cmyk.TotalInk:0.#} % total ink, over the template's limit of {limits.MaxInk:0.#} %");
            }
        }

        foreach (var frames in template.Pages.Values)
        {
            for (int i = 0; i < frames.Length; i++)
            {
                CheckFrame(frames[i], Background(frames, i));
            }
        }

        return warnings;
    }

    private void CheckFrame(Frame frame, (string Name, Cmyk Cmyk)? background)
    {
        switch (frame.Component)
        {
            case RuleComponent rule:
                CheckRule(frame, rule.Color, rule.Width, "rule");
                break;
            case BoxComponent { Stroke: { } stroke } box:
                CheckRule(frame, stroke, box.StrokeWidth, "box outline");
                break;
            case MonthGridComponent { Rules: { } rules }:
                CheckRule(frame, rules, MonthGridComponent.RuleWidth, "grid rules");
                break;
            case YearOverviewComponent { Rules: { } rules }:
                CheckRule(frame, rules, MonthGridComponent.RuleWidth, "grid rules");
                break;
        }

        foreach (var (what, style, dayColors) in Styles(frame.Component))
        {
            foreach (string colorName in Colors(style, dayColors))
            {
                CheckText(frame, what, style, colorName, background);
            }
        }
    }

    private void CheckText(Frame frame, string what, TextStyle style, string colorName, (string Name, Cmyk Cmyk)? background)
    {
        // The fit rule may shrink text to its minimum size: that is the size that must print sharply.
        double size = Math.Min(style.Size, style.MinSize);
        if (size >= limits.MinTextSize || !template.Palette.TryGetValue(colorName, out var color))
        {
            return;
        }

        var inks = Inks(color.Cmyk).Where(i => i.Value > 0).ToList();
        string where = $"frame '{frame.Id}': {what} at {size:0.##} pt";
        if (inks.Count > 1)
        {
            Warn(frame.Source, $"{where} is in {inks.Count} inks ('{colorName}' {Format(color.Cmyk)}); text under {limits.MinTextSize:0.#} pt should be one solid ink, or it blurs with misregistration");
        }
        else if (inks.Count == 1 && inks[0].Value < 100)
        {
            Warn(frame.Source, $"{where} is a {inks[0].Value:0.#} % tint of {inks[0].Ink} ('{colorName}'); text under {limits.MinTextSize:0.#} pt should be solid, a screen breaks its strokes");
        }
        else if (inks.Count == 0 && background is { } under && Inks(under.Cmyk).Count(i => i.Value > 0) > 1)
        {
            Warn(frame.Source, $"{where} is reversed out of '{under.Name}' ({Format(under.Cmyk)}, {Inks(under.Cmyk).Count(i => i.Value > 0)} inks); text under {limits.MinTextSize:0.#} pt reversed out of more than one ink fills in with misregistration");
        }
    }

    private void CheckRule(Frame frame, string colorName, double width, string what)
    {
        if (width >= limits.MinRuleWidth || !template.Palette.TryGetValue(colorName, out var color))
        {
            return;
        }

        var inks = Inks(color.Cmyk).Where(i => i.Value > 0).ToList();
        if (inks.Count > 1 || inks.Count == 1 && inks[0].Value < 100)
        {
            string how = inks.Count > 1 ? $"in {inks.Count} inks" : $"a {inks[0].Value:0.#} % tint of {inks[0].Ink}";
            Warn(frame.Source, $"frame '{frame.Id}': {what} {width:0.##} pt thin is {how} ('{colorName}' {Format(color.Cmyk)}); rules under {limits.MinRuleWidth:0.##} pt should be one solid ink");
        }
    }

    /// <summary>What lies under frame <paramref name="index"/>: the last filled box before it that holds it, else the page background.</summary>
    private (string Name, Cmyk Cmyk)? Background(IReadOnlyList<Frame> frames, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (frames[i].Component is BoxComponent { Fill: { } fill } && frames[i].Box.Contains(frames[index].Box) && template.Palette.TryGetValue(fill, out var color))
            {
                return (fill, color.Cmyk);
            }
        }

        return template.Colors.Background is { } page && template.Palette.TryGetValue(page, out var background) ? (page, background.Cmyk) : null;
    }

    /// <summary>The colours a style prints in: its own, and the role colours of the days it takes (see
    /// <see cref="Styles"/>) unless the style says day_colors: false.</summary>
    private IEnumerable<string> Colors(TextStyle style, DayColorUse byDefault)
    {
        var use = style.DayColors switch { true => DayColorUse.All, false => DayColorUse.None, null => byDefault };
        return use switch
        {
            DayColorUse.All => new[] { style.Color, template.Colors.Sunday, template.Colors.DayOff }.Distinct(),
            DayColorUse.Sunday => new[] { style.Color, template.Colors.Sunday }.Distinct(),
            _ => [style.Color],
        };
    }

    /// <summary>The text styles of a component and which day colours the layout prints them in when the style does not
    /// say (CalendarGen.Layout's MonthGrid and day hero: grid headers put Sunday's in the Sunday colour, grid days and
    /// the hero take Sunday and day-off colours).</summary>
    private static IEnumerable<(string What, TextStyle Style, DayColorUse DayColors)> Styles(Component component)
    {
        IEnumerable<(string, TextStyle?, DayColorUse)> styles = component switch
        {
            TextComponent c => [("text", c.Style, DayColorUse.None)],
            MonthGridComponent c => [("title", c.Title, DayColorUse.None), ("weekday header", c.Header, DayColorUse.Sunday), ("days", c.Day, DayColorUse.All), ("lunar dates", c.Lunar, DayColorUse.None)],
            DayHeroComponent c => [("day", c.Day, DayColorUse.All), ("weekday", c.Weekday, DayColorUse.All)],
            LunarPanelComponent c => [("text", c.Style, DayColorUse.None), ("label", c.Label, DayColorUse.None)],
            AuspiciousHoursComponent c => [("text", c.Style, DayColorUse.None), ("label", c.Label, DayColorUse.None)],
            ObservanceListComponent c => [("text", c.Style, DayColorUse.None)],
            MiniMonthsComponent c => [("text", c.Style, DayColorUse.All)],
            YearOverviewComponent c => [("title", c.Title, DayColorUse.None), ("days", c.Day, DayColorUse.All), ("lunar dates", c.Lunar, DayColorUse.None)],
            ImprintComponent c => [("imprint", c.Style, DayColorUse.None)],
            _ => [],
        };
        return styles.Where(s => s.Item2 is not null).Select(s => (s.Item1, s.Item2!, s.Item3));
    }

    private enum DayColorUse
    {
        None,
        Sunday,
        All,
    }

    private static (string Ink, double Value)[] Inks(Cmyk c) => [("cyan", c.C), ("magenta", c.M), ("yellow", c.Y), ("black", c.K)];

    private static string Format(Cmyk c) => $"{c.C:0.#}/{c.M:0.#}/{c.Y:0.#}/{c.K:0.#}";

    private void Warn(SourceLocation at, string message) => warnings.Add(new Problem(at.File, at.Line, at.Column, "print: " + message));
}
