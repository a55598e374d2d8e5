using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// Checks a template read without syntax problems for what only the whole can tell: the pages the product needs,
/// frames inside the sheet, text inside the safe area and out of the binding zone, fonts and colours that exist,
/// placeholders that the page can fill, font files with Vietnamese glyphs, images that can be read.
/// </summary>
internal sealed partial class TemplateValidator(Template template, TemplateReader reader, IFontInspector? fonts, List<Problem> problems)
{
    /// <summary>The letters a Vietnamese font must have (Latin Extended Additional and Đ đ), both cases.</summary>
    public const string VietnameseLetters =
        "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ" +
        "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";

    /// <summary>The smallest text a press prints reliably (design.md §6).</summary>
    public const double MinimumTextSize = 6;

    internal static readonly HashSet<string> TextTypes =
        ["text", "day-hero", "month-grid", "lunar-panel", "auspicious-hours", "observances", "mini-months", "year-overview", "imprint"];

    public void Validate()
    {
        CheckPages();
        CheckColorRoles();
        CheckFonts();
        var page = template.Page;
        var sheet = new Box(-page.Bleed, -page.Bleed, page.Width + 2 * page.Bleed, page.Height + 2 * page.Bleed);
        var safe = new Box(page.Safe, page.Safe, page.Width - 2 * page.Safe, page.Height - 2 * page.Safe);
        var binding = BindingBox();
        foreach (var (role, frames) in template.Pages)
        {
            foreach (var frame in frames)
            {
                CheckFrame(role, frame, sheet, safe, binding);
            }
        }

        problems.AddRange(new ProductionRules(template).Errors());
    }

    private void CheckPages()
    {
        var roles = template.Pages.Keys.ToHashSet();
        var location = reader.PagesSource ?? new SourceLocation(template.SourceFile, 1, 1);
        (PageRole[] needed, PageRole[] allowed) = template.Kind switch
        {
            ProductKind.Block => (new[] { PageRole.Day }, new[] { PageRole.Cover, PageRole.Day, PageRole.Back, PageRole.DayBack }),
            ProductKind.Desk => ([PageRole.Month], [PageRole.Cover, PageRole.Month, PageRole.Back, PageRole.MonthBack]),
            _ => ([], [PageRole.Cover, PageRole.Month, PageRole.TwoMonths, PageRole.Year, PageRole.Back, PageRole.MonthBack]),
        };
        foreach (var role in needed.Where(r => !roles.Contains(r)))
        {
            Add(location, $"a {Kind()} template needs pages.{RoleName(role)}");
        }

        foreach (var role in roles.Where(r => !allowed.Contains(r)))
        {
            Add(location, $"a {Kind()} template has no pages.{RoleName(role)} (its pages: {string.Join(", ", allowed.Select(RoleName))})");
        }

        if (roles.Contains(PageRole.MonthBack) && !roles.Contains(PageRole.Month))
        {
            Add(location, "pages.month_back is the back of each month page: it needs pages.month");
        }

        if (template.Kind == ProductKind.Wall)
        {
            int layouts = new[] { PageRole.Month, PageRole.TwoMonths, PageRole.Year }.Count(roles.Contains);
            if (layouts != 1)
            {
                Add(location, "a wall template has exactly one of pages.month (13 sheets), pages.two_months (7 sheets) or pages.year (a poster)");
            }
        }
    }

    private void CheckColorRoles()
    {
        var location = reader.ColorRolesSource ?? new SourceLocation(template.SourceFile, 1, 1);
        var c = template.Colors;
        foreach (string? name in new[] { c.Text, c.Sunday, c.DayOff, c.LunarStart, c.Background, c.Accent })
        {
            if (name is not null && !template.Palette.ContainsKey(name))
            {
                Add(location, $"colour '{name}' is not in the palette ({string.Join(", ", template.Palette.Keys)})");
            }
        }
    }

    private void CheckFonts()
    {
        foreach (var (role, path) in template.Fonts)
        {
            var location = reader.FontSources.GetValueOrDefault(role) ?? new SourceLocation(template.SourceFile, 1, 1);
            if (InputFile.Check(path, InputKind.Font) is { } unreadable)
            {
                Add(location, $"font file {path} for '{role}': {unreadable}");
            }
            else if (fonts?.Check(path, VietnameseLetters) is { } problem)
            {
                Add(location, $"font '{role}' ({Path.GetFileName(path)}): {problem}");
            }
        }
    }

    private void CheckFrame(PageRole role, Frame frame, Box sheet, Box safe, Box? binding)
    {
        var box = frame.Box;
        string type = frame.Component.TypeName;
        if (!sheet.Contains(box))
        {
            Add(frame.Source, $"frame '{frame.Id}' ({Describe(box)}) lies outside the page and its bleed");
        }
        else if (TextTypes.Contains(type) && !safe.Contains(box))
        {
            Add(frame.Source, $"frame '{frame.Id}' holds text but lies outside the safe area ({Describe(safe)}: {template.Page.Safe:0.##} mm inside the trim)");
        }

        // A box fill or an image (a photo) may run under the wire and hanger, which punch through it; text may not.
        if (binding is { } zone && type is not ("box" or "image") && box.Overlaps(zone))
        {
            Add(frame.Source, $"frame '{frame.Id}' reaches into the binding zone ({Describe(zone)})");
        }

        foreach (var style in Styles(frame.Component))
        {
            if (style.MinSize < MinimumTextSize)
            {
                Add(frame.Source, $"frame '{frame.Id}': text may shrink to {style.MinSize:0.#} pt; print needs at least {MinimumTextSize} pt (set size/min_size)");
            }

            if (!template.Fonts.ContainsKey(style.Font))
            {
                Add(frame.Source, $"frame '{frame.Id}': font role '{style.Font}' is not among the fonts ({string.Join(", ", template.Fonts.Keys)})");
            }

            CheckColor(frame, style.Color);
        }

        switch (frame.Component)
        {
            case TextComponent text:
                CheckPlaceholders(role, frame, text.Text);
                CheckGlyphs(frame, text.Style, LiteralText().Replace(text.Text, ""));
                break;
            case ImprintComponent imprint:
                var i = template.Imprint;
                CheckGlyphs(frame, imprint.Style, $"{i.Publisher}{i.Registration}{i.Printer}{i.Note}");
                break;
            case MonthGridComponent grid:
                CheckColor(frame, grid.Rules);
                if (grid.MonthOffset == 1 && role != PageRole.TwoMonths)
                {
                    Add(frame.Source, $"frame '{frame.Id}': month: 1 (the second month) is only for pages.two_months");
                }

                if (role is PageRole.Cover or PageRole.Back or PageRole.Year)
                {
                    Add(frame.Source, $"frame '{frame.Id}': a month grid needs a page with a month (day, month, two_months)");
                }

                break;
            case LunarPanelComponent or AuspiciousHoursComponent or DayHeroComponent when role is not (PageRole.Day or PageRole.DayBack):
                Add(frame.Source, $"frame '{frame.Id}': a {type} needs a day page");
                break;
            case ObservanceListComponent when role is PageRole.Cover or PageRole.Back:
                Add(frame.Source, $"frame '{frame.Id}': a {type} needs a page with a day, a month or the year");
                break;
            case MiniMonthsComponent when role is PageRole.Cover or PageRole.Back or PageRole.Year:
                Add(frame.Source, $"frame '{frame.Id}': a {type} needs a page with a day or a month");
                break;
            case YearOverviewComponent overview:
                CheckColor(frame, overview.Rules);
                break;
            case RuleComponent rule:
                CheckColor(frame, rule.Color);
                break;
            case BoxComponent fill:
                CheckColor(frame, fill.Fill);
                CheckColor(frame, fill.Stroke);
                break;
            case ImageComponent { Path: Editions.EditionPlaceholders.LogoPath }:
                break; // bound and checked per edition (Editions/EditionTable)
            case ImageComponent image when PhotoPaths.IsPattern(image.Path):
                CheckPhotos(role, frame, image.Path);
                break;
            case ImageComponent image:
                CheckImage(frame, image.Path);
                break;
        }
    }

    /// <summary>The literal characters of a text must be in its font (render would refuse them for every page).</summary>
    private void CheckGlyphs(Frame frame, TextStyle style, string literal)
    {
        if (fonts is null || !template.Fonts.TryGetValue(style.Font, out string? path) || InputFile.Check(path, InputKind.Font) is not null)
        {
            return;
        }

        string text = style.Uppercase ? literal.ToUpperInvariant() : literal;
        string characters = new([.. text.Normalize(System.Text.NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).Distinct()]);
        if (characters.Length > 0 && fonts.Check(path, characters) is { } problem)
        {
            Add(frame.Source, $"frame '{frame.Id}': font '{style.Font}' ({Path.GetFileName(path)}): {problem}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^{}]*\}")]
    private static partial System.Text.RegularExpressions.Regex LiteralText();

    private void CheckPlaceholders(PageRole role, Frame frame, string text)
    {
        foreach (var (_, name) in Placeholders.Find(text))
        {
            if (name is null)
            {
                Add(frame.Source, $"frame '{frame.Id}': a '{{' without its '}}' in \"{text}\"");
            }
            else if (Editions.EditionPlaceholders.FieldOf(name) is { } field)
            {
                if (!Editions.EditionPlaceholders.IsFieldName(field))
                {
                    Add(frame.Source, $"frame '{frame.Id}': {{{name}}}: an edition field is a-z, 0-9 and _, starting with a letter");
                }
            }
            else if (!Placeholders.All.TryGetValue(name, out var placeholder))
            {
                Add(frame.Source, $"frame '{frame.Id}': unknown placeholder {{{name}}} (see templates/README.md for the list)");
            }
            else if (!Placeholders.Provides(role, placeholder.Scope))
            {
                Add(frame.Source, $"frame '{frame.Id}': {{{name}}} needs a {placeholder.Scope.ToString().ToLowerInvariant()} page, not the {RoleName(role)} page");
            }
        }
    }

    private void CheckColor(Frame frame, string? name)
    {
        if (name is not null && !template.Palette.ContainsKey(name))
        {
            Add(frame.Source, $"frame '{frame.Id}': colour '{name}' is not in the palette ({string.Join(", ", template.Palette.Keys)})");
        }
    }

    private void CheckImage(Frame frame, string path)
    {
        // The same read and checks the renderer makes: format from the content, pixel size from the header, SVG safety.
        if (ImageFile.Read(path, out string? problem) is null)
        {
            Add(frame.Source, $"frame '{frame.Id}': image {path}: {problem}");
        }
    }

    /// <summary>
    /// A photo path that changes from page to page names one file for each page of the role: each must exist (one
    /// problem for each missing one, naming the file), be allowed, and be a readable image. A path with {year} is
    /// checked when a year is rendered.
    /// </summary>
    private void CheckPhotos(PageRole role, Frame frame, string path)
    {
        var scope = PhotoPaths.ScopeOf(path);
        if (!Placeholders.Provides(role, scope))
        {
            Add(frame.Source, $"frame '{frame.Id}': the image path {Path.GetFileName(path)} needs a {scope.ToString().ToLowerInvariant()} page, not the {RoleName(role)} page");
            return;
        }

        if (Placeholders.Find(Path.GetFileName(path)).Any(p => p.Name == "year"))
        {
            return;
        }

        foreach (var (label, month, day) in PageDates(role, scope))
        {
            string filled = PhotoPaths.Fill(path, 2000, month, day);
            string? file = PhotoPaths.Find(filled, out string? problem);
            if (file is not null && reader.Policy.Resolve(file, template.SourceFile, out string? refused) is null)
            {
                problem = $"photo {refused}";
            }
            else if (file is not null && ImageFile.Read(file, out string? unreadable) is null)
            {
                problem = $"image {file}: {unreadable}";
            }

            if (problem is not null)
            {
                Add(frame.Source, $"frame '{frame.Id}' ({label}): {problem}");
            }
        }
    }

    /// <summary>The months (and days, for day placeholders) a page role shows, whatever the year: every day of a leap year.</summary>
    private static IEnumerable<(string Label, int Month, int Day)> PageDates(PageRole role, PlaceholderScope scope)
    {
        if (scope == PlaceholderScope.Any)
        {
            return [(RoleName(role) + " page", 1, 1)];
        }

        IEnumerable<int> months = role == PageRole.TwoMonths ? [1, 3, 5, 7, 9, 11] : Enumerable.Range(1, 12);
        return scope == PlaceholderScope.Month
            ? months.Select(m => ($"month {m}", m, 1))
            : months.SelectMany(m => Enumerable.Range(1, DateTime.DaysInMonth(2000, m)).Select(d => ($"{m:D2}-{d:D2}", m, d)));
    }

    private Box? BindingBox()
    {
        if (template.Page.Binding is not { } b)
        {
            return null;
        }

        var p = template.Page;
        return b.Edge switch
        {
            Edge.Top => new Box(0, 0, p.Width, b.Depth),
            Edge.Bottom => new Box(0, p.Height - b.Depth, p.Width, b.Depth),
            Edge.Left => new Box(0, 0, b.Depth, p.Height),
            _ => new Box(p.Width - b.Depth, 0, b.Depth, p.Height),
        };
    }

    private static IEnumerable<TextStyle> Styles(Component component) => component switch
    {
        TextComponent c => [c.Style],
        MonthGridComponent c => new[] { c.Title, c.Header, c.Day, c.Lunar }.OfType<TextStyle>(),
        DayHeroComponent c => new[] { c.Day, c.Weekday }.OfType<TextStyle>(),
        LunarPanelComponent c => new[] { c.Style, c.Label }.OfType<TextStyle>(),
        AuspiciousHoursComponent c => new[] { c.Style, c.Label }.OfType<TextStyle>(),
        ObservanceListComponent c => [c.Style],
        MiniMonthsComponent c => [c.Style],
        YearOverviewComponent c => new[] { c.Title, c.Day, c.Lunar }.OfType<TextStyle>(),
        ImprintComponent c => [c.Style],
        _ => [],
    };

    private void Add(SourceLocation at, string message) => problems.Add(new Problem(at.File, at.Line, at.Column, message));

    private string Kind() => template.Kind.ToString().ToLowerInvariant();

    private static string RoleName(PageRole role) => TemplateReader.PageRoles.First(r => r.Value == role).Key;

    private static string Describe(Box b) => $"x {b.X:0.##}, y {b.Y:0.##}, {b.Width:0.##} × {b.Height:0.##} mm";
}
