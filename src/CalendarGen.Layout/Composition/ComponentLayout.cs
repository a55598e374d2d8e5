using System.Globalization;
using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.SolarTerms;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>Lays out each kind of component inside its frame.</summary>
internal static class ComponentLayout
{
    public static IEnumerable<DrawOp> Lay(FrameContext f) => f.Frame.Component switch
    {
        TextComponent c => Text(f, c),
        BoxComponent c => [new RectOp(f.Box, c.Fill is null ? null : f.Color(c.Fill), c.Stroke is null ? null : f.Color(c.Stroke), c.StrokeWidth)],
        RuleComponent c => [Rule(f.Box, f.Color(c.Color), c.Width)],
        ImageComponent { Path: Templates.Editions.EditionPlaceholders.LogoPath } => [], // no edition: the logo frame stays empty
        ImageComponent c => [new ImageOp(f.Box, ImageFileOf(f, c.Path), c.Fit, c.AnchorX, c.AnchorY, f.Frame.Id, f.Frame.Source)],
        ImprintComponent c => Imprint(f, c),
        LunarPanelComponent c => LunarPanel(f, c),
        AuspiciousHoursComponent c => Hours(f, c),
        ObservanceListComponent c => Observances(f, c),
        MonthGridComponent c => MonthGrid.Lay(f, c),
        DayHeroComponent c => DayHero(f, c),
        MiniMonthsComponent c => MonthGrid.Minis(f, c),
        YearOverviewComponent c => MonthGrid.Year(f, c),
        _ => throw new LayoutException($"{f.Where}: unknown component {f.Frame.Component.TypeName}"),
    };

    /// <summary>The file an image frame shows on this page: its placeholders filled in, a photo's extension found.</summary>
    private static string ImageFileOf(FrameContext f, string path)
    {
        if (!Templates.Files.PhotoPaths.IsPattern(path))
        {
            return path;
        }

        var date = f.Page.Day?.Date;
        string filled = Templates.Files.PhotoPaths.Fill(path, f.Page.Year.Year, f.Page.PageMonth?.Month ?? 1, date?.Day ?? 1);
        // The validator checked every page's file but for {year}, which only a rendered year fills in.
        string file = Templates.Files.PhotoPaths.Find(filled, out string? problem) ?? throw new LayoutException($"{f.Where}: {problem}");
        return File.Exists(file) ? file : throw new LayoutException($"{f.Where}: no image {file}");
    }

    public static LineOp Rule(PtBox box, PaletteColor color, double width) => box.Width >= box.Height
        ? new LineOp(box.X, box.Y + box.Height / 2, box.Right, box.Y + box.Height / 2, color, width)
        : new LineOp(box.X + box.Width / 2, box.Y, box.X + box.Width / 2, box.Bottom, color, width);

    private static IEnumerable<DrawOp> Text(FrameContext f, TextComponent c)
    {
        string filled = f.Case(c.Style, f.Page.Fill(c.Text, f.Template, f.Labels));
        var lines = filled.Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            return [];
        }

        var color = f.DayColor(c.Style, f.Page.Day);
        return c.Wrap ? f.Text.WrapFitAndSet(lines, c.Style, color, f.Box, f.Where) : f.Text.FitAndSet(lines, c.Style, color, f.Box, f.Where);
    }

    /// <summary>The day figure filling the frame above the weekday line.</summary>
    private static IEnumerable<DrawOp> DayHero(FrameContext f, DayHeroComponent c)
    {
        var day = f.Page.Day!;
        var ops = new List<DrawOp>();
        var box = f.Box;
        if (c.Weekday is { } weekdayStyle)
        {
            double height = f.Text.Height(weekdayStyle);
            var weekdayBox = box with { Y = box.Bottom - height, Height = height };
            ops.AddRange(f.Text.FitAndSet([f.Case(weekdayStyle, f.Labels.Weekday(day.Weekday))], weekdayStyle with { VAlign = VAlign.Bottom },
                f.DayColor(weekdayStyle with { DayColors = weekdayStyle.DayColors ?? true }, day), weekdayBox, f.Where));
            box = box with { Height = box.Height - height - weekdayStyle.Size * 0.4 };
        }

        string figure = day.Date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ops.AddRange(f.Text.FitAndSet([figure], c.Day with { VAlign = VAlign.Middle }, f.DayColor(c.Day with { DayColors = c.Day.DayColors ?? true }, day), box, f.Where));
        return ops;
    }

    /// <summary>The imprint on one line if it fits, else one part a line.</summary>
    private static IEnumerable<DrawOp> Imprint(FrameContext f, ImprintComponent c)
    {
        var imprint = f.Template.Imprint;
        var parts = new[] { imprint.Publisher, imprint.Registration, imprint.Printer, imprint.Note }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => f.Case(c.Style, s!)).ToList();
        List<string> oneLine = [string.Join(" · ", parts)];
        var lines = f.Text.FitSize(oneLine, c.Style, f.Box) is not null ? oneLine : parts;
        return f.Text.FitAndSet(lines, c.Style, f.Color(c.Style.Color), f.Box, f.Where);
    }

    /// <summary>Label, lunar month, the lunar day large, can chi of year, month and day, the solar term.</summary>
    private static IEnumerable<DrawOp> LunarPanel(FrameContext f, LunarPanelComponent c)
    {
        var day = f.Page.Day!;
        var lunar = day.Lunar;
        var labels = f.Labels;
        string[] top = [labels.LunarMonth(lunar.Lunar, lunar.Month.Length)];
        string big = lunar.Lunar.Day.ToString(CultureInfo.InvariantCulture);
        string[] bottom =
        [
            labels.Year(lunar.YearCanChi.ToString()),
            labels.Month(lunar.MonthCanChi.ToString()),
            labels.Day(lunar.DayCanChi.ToString()),
            labels.Term(lunar.SolarTerm.Term.VietnameseName()),
        ];
        var color = f.Color(c.Style.Color);
        var accent = f.Color(f.Template.Colors.LunarStart);
        return Stack(f, c.Label, labels.LunarCalendar, c.Style, top, big, day.IsLunarMonthStart ? accent : color, bottom);
    }

    /// <summary>Label, the six hours two to a line, the day's spirit and trực.</summary>
    private static IEnumerable<DrawOp> Hours(FrameContext f, AuspiciousHoursComponent c)
    {
        var almanac = f.Page.Day!.Almanac;
        var hours = almanac.AuspiciousHours.Select(Domain.Almanac.AuspiciousHours.Label).ToList();
        var lines = Enumerable.Range(0, 3).Select(i => $"{hours[2 * i]}, {hours[2 * i + 1]}").ToList();
        lines.Add(f.Labels.Spirit(Domain.Almanac.DaySpirits.VietnameseName(almanac.Spirit), almanac.IsAuspicious));
        lines.Add(f.Labels.Officer(Domain.Almanac.DayOfficers.VietnameseName(almanac.Officer)));
        return Stack(f, c.Label, f.Labels.AuspiciousHours, c.Style, lines, null, f.Color(c.Style.Color), []);
    }

    /// <summary>
    /// A label line, lines of text, an optional big figure (2.6 × the text size) and more lines, fitted together: all
    /// sizes shrink in proportion until the stack fits the frame.
    /// </summary>
    private static IEnumerable<DrawOp> Stack(FrameContext f, TextStyle? labelStyle, string label, TextStyle style, IReadOnlyList<string> top, string? big, PaletteColor bigColor, IReadOnlyList<string> bottom)
    {
        var rows = new List<(string Text, TextStyle Style, double Scale, PaletteColor Color)>();
        if (labelStyle is not null)
        {
            rows.Add((f.Case(labelStyle, label), labelStyle, 1, f.Color(labelStyle.Color)));
        }

        rows.AddRange(top.Select(t => (t, style, 1.0, f.Color(style.Color))));
        if (big is not null)
        {
            rows.Add((big, style, 2.6, bigColor));
        }

        rows.AddRange(bottom.Select(t => (t, style, 1.0, f.Color(style.Color))));
        foreach (var group in rows.GroupBy(r => r.Style.Font))
        {
            f.Text.CheckGlyphs(group.Select(r => r.Text), group.Key, f.Where);
        }

        // Try scales from 1 down to the smallest the styles allow.
        double minScale = Math.Max(style.MinSize / style.Size, labelStyle is null ? 0 : labelStyle.MinSize / labelStyle.Size);
        for (double scale = 1; scale >= minScale - 1e-9; scale -= 0.04)
        {
            double total = rows.Sum(r => r.Style.Size * r.Scale * scale * TextSetter.LineSpacing);
            if (total > f.Box.Height + 0.01)
            {
                continue;
            }

            bool wide = rows.Any(r => !f.Text.Fits([r.Text], f.Text.FontFile(r.Style.Font), r.Style.Size * r.Scale * scale, f.Box with { Height = 10_000 }));
            if (wide)
            {
                continue;
            }

            var ops = new List<DrawOp>();
            double y = f.Box.Y;
            foreach (var (text, rowStyle, rowScale, color) in rows)
            {
                double size = rowStyle.Size * rowScale * scale;
                double height = size * TextSetter.LineSpacing;
                ops.AddRange(f.Text.Set([text], rowStyle.Font, size, color, f.Box with { Y = y, Height = height }, rowStyle.Align, VAlign.Top));
                y += height;
            }

            return ops;
        }

        throw new LayoutException($"{f.Where}: the {f.Frame.Component.TypeName} does not fit its frame even at the minimum size {style.MinSize:0.#} pt");
    }

    /// <summary>The observances of the day, or of the page's month(s) or year with their dates; never silently dropped.</summary>
    private static IEnumerable<DrawOp> Observances(FrameContext f, ObservanceListComponent c)
    {
        var page = f.Page;
        IEnumerable<CalendarDay> days = page.Day is { } day ? [day]
            : page.Role == PageRole.Year ? page.Year.Days
            : new[] { page.Month, page.SecondMonth }.OfType<CalendarMonth>().SelectMany(m => m.Days);
        bool dated = page.Day is null;
        var lines = days.SelectMany(d => d.Observances.Where(o => o.DayOfSpan == 1)
            .Select(o => dated ? $"{d.Date.Day:D2}/{d.Date.Month:D2}  {o.Observance.Name}" : o.Observance.Name)).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        if (lines.Count > c.MaxLines)
        {
            throw new LayoutException($"{f.Where}: {lines.Count} observances but max_lines is {c.MaxLines}; raise max_lines or enlarge the frame");
        }

        // Columns of equal length, filled top to bottom; all set at the size the longest column allows.
        int perColumn = (lines.Count + c.Columns - 1) / c.Columns;
        double gap = c.Style.Size;
        double width = (f.Box.Width - gap * (c.Columns - 1)) / c.Columns;
        var ops = new List<DrawOp>();
        for (int column = 0; column * perColumn < lines.Count; column++)
        {
            var chunk = lines.Skip(column * perColumn).Take(perColumn).ToList();
            var box = f.Box with { X = f.Box.X + column * (width + gap), Width = width };
            ops.AddRange(f.Text.WrapFitAndSet(chunk, c.Style, f.Color(c.Style.Color), box, f.Where, dated ? "        " : ""));
        }

        return ops;
    }
}
