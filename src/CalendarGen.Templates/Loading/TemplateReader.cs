using System.Collections.Immutable;
using System.Globalization;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Yaml;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Loading;

/// <summary>Reads a (merged) template tree into the model, reporting every problem with its place.</summary>
internal sealed class TemplateReader(SourceMap sources, List<Problem> problems, ReferencePolicy policy)
{
    public static readonly string[] TopKeys =
        ["name", "description", "kind", "extends", "lang", "observances", "quotes", "photos", "page", "fonts", "palette", "colors", "pages", "imprint", "press", "production"];

    public static readonly string[] PageKeys = ["size", "width", "height", "orientation", "bleed", "safe", "binding", "week_start"];
    public static readonly string[] BindingKeys = ["edge", "depth"];
    public static readonly string[] ColorKeys = ["cmyk", "rgb", "edition"];
    public static readonly string[] RoleKeys = ["text", "sunday", "day_off", "lunar_start", "background", "accent"];
    public static readonly string[] ImprintKeys = ["publisher", "registration", "printer", "note"];
    public static readonly string[] PressKeys = ["overprint_black", "min_text_size", "min_rule_width", "min_dot", "max_ink", "output_profile", "output_condition", "rendering_intent", "black_point_compensation", "min_image_ppi", "max_image_ppi", "rich_black", "rich_black_min_area"];

    /// <summary>The rendering intents a template may name.</summary>
    public static readonly IReadOnlyDictionary<string, RenderingIntent> RenderingIntents = new Dictionary<string, RenderingIntent>
    {
        ["relative"] = RenderingIntent.Relative,
        ["perceptual"] = RenderingIntent.Perceptual,
        ["saturation"] = RenderingIntent.Saturation,
        ["absolute"] = RenderingIntent.Absolute,
    };

    /// <summary>The keys of "production": its settings and the page roles (after <see cref="PageRoles"/>, which it reads).</summary>
    public static string[] ProductionKeys => ["spot", "outline_zones", "all", .. PageRoles.Keys];
    public static readonly string[] ProductionItemKeys = ["type", "edge", "width", "diameter", "x", "y", "points", "closed"];
    public static readonly string[] StyleKeys = ["font", "size", "min_size", "color", "align", "valign", "day_colors", "uppercase"];
    public static readonly string[] FrameKeys = ["id", "type", "x", "y", "width", "height", "remove"];

    /// <summary>The keys each component type adds to a frame.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ComponentKeys = new Dictionary<string, string[]>
    {
        ["text"] = [.. StyleKeys, "text", "wrap"],
        ["month-grid"] = ["title", "header", "day", "lunar", "month", "rules"],
        ["day-hero"] = ["day", "weekday"],
        ["lunar-panel"] = [.. StyleKeys, "label"],
        ["auspicious-hours"] = [.. StyleKeys, "label"],
        ["observances"] = [.. StyleKeys, "max_lines", "columns"],
        ["mini-months"] = [.. StyleKeys, "previous", "next"],
        ["year-overview"] = ["title", "day", "lunar", "columns", "rules"],
        ["image"] = ["path", "photo", "fit", "anchor"],
        ["rule"] = ["color", "weight"],
        ["box"] = ["fill", "stroke", "stroke_width"],
        ["imprint"] = [.. StyleKeys],
    };

    // The words of each fixed choice; the schema offers the same ones for completion.
    public static readonly (string Name, ProductKind Value)[] Kinds = [("block", ProductKind.Block), ("desk", ProductKind.Desk), ("wall", ProductKind.Wall)];
    public static readonly (string Name, LabelLanguage Value)[] Languages = [("vi", LabelLanguage.Vi), ("en", LabelLanguage.En), ("vi+en", LabelLanguage.ViEn)];
    public static readonly (string Name, bool Value)[] Orientations = [("portrait", false), ("landscape", true)];
    public static readonly (string Name, Edge Value)[] Edges = [("top", Edge.Top), ("left", Edge.Left), ("bottom", Edge.Bottom), ("right", Edge.Right)];
    public static readonly (string Name, IsoDayOfWeek Value)[] WeekStarts = [("monday", IsoDayOfWeek.Monday), ("sunday", IsoDayOfWeek.Sunday)];
    public static readonly (string Name, Align Value)[] Aligns = [("left", Align.Left), ("center", Align.Center), ("right", Align.Right)];
    public static readonly (string Name, VAlign Value)[] VAligns = [("top", VAlign.Top), ("middle", VAlign.Middle), ("bottom", VAlign.Bottom)];
    public static readonly (string Name, ImageFit Value)[] Fits = [("contain", ImageFit.Contain), ("cover", ImageFit.Cover), ("fill", ImageFit.Fill)];

    /// <summary>The named focal points of an image: the fraction of the image's overflow left of and above the frame.</summary>
    public static readonly (string Name, (double X, double Y) Value)[] Anchors =
    [
        ("center", (0.5, 0.5)), ("top", (0.5, 0)), ("bottom", (0.5, 1)), ("left", (0, 0.5)), ("right", (1, 0.5)),
        ("top-left", (0, 0)), ("top-right", (1, 0)), ("bottom-left", (0, 1)), ("bottom-right", (1, 1)),
    ];

    /// <summary>Page roles as written under "pages".</summary>
    public static readonly IReadOnlyDictionary<string, PageRole> PageRoles = new Dictionary<string, PageRole>
    {
        ["cover"] = PageRole.Cover,
        ["day"] = PageRole.Day,
        ["month"] = PageRole.Month,
        ["two_months"] = PageRole.TwoMonths,
        ["year"] = PageRole.Year,
        ["back"] = PageRole.Back,
        ["day_back"] = PageRole.DayBack,
        ["month_back"] = PageRole.MonthBack,
    };

    private string textColor = "ink";

    /// <summary>The folder photos come from: --photos, else the template's "photos" key; null when neither is given.</summary>
    private string? photosFolder;

    private bool photosFolderRefused;

    /// <summary>Where each font role and the colour roles are declared, for problems the validator finds.</summary>
    public Dictionary<string, SourceLocation> FontSources { get; } = new(StringComparer.Ordinal);

    public SourceLocation? ColorRolesSource { get; private set; }

    /// <summary>Where each palette colour's cmyk is written, for print-quality warnings.</summary>
    public Dictionary<string, SourceLocation> PaletteSources { get; } = new(StringComparer.Ordinal);

    public SourceLocation? PagesSource { get; private set; }

    /// <summary>Which files the template may name (the validator checks each page's photo with it).</summary>
    public ReferencePolicy Policy => policy;

    internal SourceLocation Locate(YamlNode node) => new(sources.FileOf(node), (int)sources.StartOf(node).Line, (int)sources.StartOf(node).Column);

    public Template? Read(YamlMappingNode root, string sourceFile)
    {
        int before = problems.Count;
        var map = new YamlMap(root, sources, problems, TopKeys);
        string name = map.String("name") ?? Path.GetFileNameWithoutExtension(sourceFile);
        string description = map.String("description") ?? "";
        var kind = Choice(map, "kind", required: true, Kinds);
        var language = Choice(map, "lang", required: false, Languages) ?? LabelLanguage.Vi;
        string observances = map.String("observances") ?? Observances.ObservanceSets.Default;
        if (!Observances.ObservanceSets.Names.Contains(observances))
        {
            map.Error(map.Value("observances")!, $"unknown observance set '{observances}' (shipped: {string.Join(", ", Observances.ObservanceSets.Names)}; add your own entries with --events)");
        }

        var page = map.Mapping("page", required: true) is { } pageNode ? ReadPage(map.Open(pageNode, PageKeys)) : null;
        var fonts = ReadFonts(map, sourceFile);
        var palette = ReadPalette(map);
        var colors = map.Mapping("colors", required: true) is { } colorNode ? ReadRoles(map.Open(colorNode, RoleKeys)) : null;
        ColorRolesSource = map.Value("colors") is { } rolesNode ? Locate(rolesNode) : null;
        textColor = colors?.Text ?? "ink";
        var imprint = map.Mapping("imprint", required: true) is { } imprintNode ? ReadImprint(map.Open(imprintNode, ImprintKeys)) : null;
        var quotes = ReadQuotes(map);
        var press = map.Mapping("press") is { } pressNode ? ReadPress(map.Open(pressNode, PressKeys), palette) : PressSettings.Default;
        photosFolder = ReadPhotosFolder(map);
        var pages = ReadPages(map);
        var production = map.Mapping("production") is { } productionNode && page is not null
            ? new ProductionReader(this).Read(map.Open(productionNode, ProductionKeys), page)
            : ProductionGeometry.None;
        PagesSource = map.Value("pages") is { } pagesNode ? Locate(pagesNode) : null;

        if (problems.Count > before || kind is null || page is null || colors is null || imprint is null)
        {
            return null;
        }

        return new Template(name, description, kind.Value, language, observances, page, fonts, palette, colors, pages, imprint, sourceFile, quotes)
        {
            Press = press,
            Production = production,
        };
    }

    /// <summary>"photos": the folder "photo:" names are looked up in, relative to the file that says it; --photos replaces it.</summary>
    private string? ReadPhotosFolder(YamlMap map)
    {
        if (policy.PhotosFolder is { } given)
        {
            return given;
        }

        if (map.String("photos") is not { } folder)
        {
            return null;
        }

        var node = map.Value("photos")!;
        if (policy.Resolve(folder, sources.FileOf(node), out string? refused) is not { } path)
        {
            map.Error(node, $"photos {refused}");
            photosFolderRefused = true;
            return null;
        }

        if (!Directory.Exists(path))
        {
            map.Error(node, $"photos: no such folder {path}");
            photosFolderRefused = true;
            return null;
        }

        return path;
    }

    /// <summary>"quotes": a shipped set ("vi", the default), a quote file next to the template, or "none".</summary>
    private ImmutableArray<string> ReadQuotes(YamlMap map)
    {
        string name = map.String("quotes") ?? "vi";
        if (name == "none")
        {
            return [];
        }

        if (Quotes.QuoteFile.ShippedSet(name) is { } shipped)
        {
            return shipped;
        }

        var node = map.Value("quotes")!;
        if (policy.Resolve(name, sources.FileOf(node), out string? refused) is not { } path)
        {
            map.Error(node, $"quotes {refused}");
            return [];
        }

        var result = Quotes.QuoteFile.Load(path);
        if (result.Value is { } list)
        {
            return list.Quotes;
        }

        map.Error(node, $"quotes '{name}': " + string.Join("; ", result.Problems.Select(p => p.ToString())));
        return [];
    }

    private PageSpec? ReadPage(YamlMap map)
    {
        double? width = Length(map, "width", 1, 2000);
        double? height = Length(map, "height", 1, 2000);
        string? preset = map.String("size");
        if (preset is not null)
        {
            if (!PagePresets.All.TryGetValue(preset, out var size))
            {
                map.Error(map.Value("size")!, $"unknown size '{preset}' (known: {string.Join(", ", PagePresets.All.Keys)}; or give width and height)");
            }
            else if (width is not null || height is not null)
            {
                map.Error(map.KeyNode(width is not null ? "width" : "height"), "give either size or width and height, not both");
            }
            else
            {
                (width, height) = size;
            }
        }
        else if (width is null || height is null)
        {
            if (!map.Has("width") || !map.Has("height"))
            {
                map.Error(map.Node, "the page needs a size (a preset such as bloc-dai) or a width and a height");
            }

            return null;
        }

        var orientation = Choice(map, "orientation", false, Orientations);
        double bleed = Length(map, "bleed", 0, 20) ?? 3;
        double safe = Length(map, "safe", 0, 100) ?? 5;
        BindingZone? binding = null;
        if (map.Mapping("binding") is { } bindingNode)
        {
            var b = map.Open(bindingNode, BindingKeys);
            var edge = Choice(b, "edge", true, Edges);
            double? depth = Length(b, "depth", 0, 500, required: true);
            if (edge is not null && depth is not null)
            {
                binding = new BindingZone(edge.Value, depth.Value);
            }
        }

        var weekStart = Choice(map, "week_start", false, WeekStarts) ?? IsoDayOfWeek.Monday;
        if (width is null || height is null)
        {
            return null;
        }

        // A preset is portrait; landscape swaps it. Explicit sizes are taken as given unless the orientation contradicts them.
        bool landscape = orientation ?? width > height;
        (double w, double h) = landscape == width > height ? (width.Value, height.Value) : (height.Value, width.Value);
        return new PageSpec(w, h, bleed, safe, binding, weekStart, preset);
    }

    private ImmutableSortedDictionary<string, string> ReadFonts(YamlMap map, string sourceFile)
    {
        var fonts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (map.Mapping("fonts", required: true) is not { } node)
        {
            return fonts.ToImmutable();
        }

        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } role } || value is not YamlScalarNode { Value: { Length: > 0 } path })
            {
                map.Error(key, "each font is a role name and a font file: display: fonts/BeVietnamPro_700Bold.ttf");
                continue;
            }

            // Relative to the file that names it; a shipped font is also found by its file name (so a template copied
            // out of templates/ keeps "../fonts/…" working without reading outside its folder).
            string? resolved = policy.Resolve(path, sources.FileOf(value), out string? refused);
            if (resolved is null || !File.Exists(resolved))
            {
                string shipped = Path.Combine(ShippedFiles.FontsDirectory, Path.GetFileName(path));
                if (File.Exists(shipped))
                {
                    resolved = shipped;
                }
            }

            if (resolved is null)
            {
                map.Error(value, $"font {refused}");
                continue;
            }

            if (!fonts.TryAdd(role, resolved))
            {
                map.Error(key, $"font role '{role}' is given twice");
            }

            FontSources[role] = Locate(value);
        }

        if (node.Children.Count == 0)
        {
            map.Error(node, "give at least one font");
        }

        return fonts.ToImmutable();
    }

    private ImmutableSortedDictionary<string, PaletteColor> ReadPalette(YamlMap map)
    {
        var palette = ImmutableSortedDictionary.CreateBuilder<string, PaletteColor>(StringComparer.Ordinal);
        if (map.Mapping("palette", required: true) is not { } node)
        {
            return palette.ToImmutable();
        }

        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || value is not YamlMappingNode colorNode)
            {
                map.Error(key, "each palette entry is a name and {cmyk: [c, m, y, k], rgb: \"#rrggbb\"}");
                continue;
            }

            var c = map.Open(colorNode, ColorKeys);
            Cmyk? cmyk = null;
            if (c.Sequence("cmyk", required: true) is { } inks)
            {
                var values = inks.Children.Select(n => n is YamlScalarNode s
                    && double.TryParse(s.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double v) && v is >= 0 and <= 100 ? v : (double?)null).ToList();
                if (values.Count != 4 || values.Any(v => v is null))
                {
                    c.Error(inks, "cmyk is four ink percentages 0–100: [c, m, y, k]");
                }
                else
                {
                    cmyk = new Cmyk(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value);
                    PaletteSources[name] = Locate(inks);
                    if (cmyk.Value.TotalInk > 300)
                    {
                        c.Error(inks, $"total ink {cmyk.Value.TotalInk:0}% is over the 300% a press allows");
                    }
                }
            }

            Rgb? rgb = null;
            if (c.String("rgb") is { } hex)
            {
                rgb = ParseRgb(hex);
                if (rgb is null)
                {
                    c.Error(c.Value("rgb")!, $"rgb must be written #rrggbb, not '{hex}'");
                }
            }

            if (cmyk is { } ink)
            {
                palette[name] = new PaletteColor(name, ink, rgb ?? ink.ToRgbApproximation(), c.Bool("edition") ?? false);
            }
        }

        return palette.ToImmutable();
    }

    private ColorRoles ReadRoles(YamlMap map)
    {
        string text = map.String("text", required: true) ?? "ink";
        string sunday = map.String("sunday") ?? text;
        return new ColorRoles(text, sunday, map.String("day_off") ?? sunday, map.String("lunar_start") ?? text, map.String("background"), map.String("accent") ?? text);
    }

    private PressSettings ReadPress(YamlMap map, ImmutableSortedDictionary<string, PaletteColor> palette)
    {
        var d = PressSettings.Default;
        var intent = d.RenderingIntent;
        if (map.Scalar("rendering_intent", false, "relative, perceptual, saturation or absolute") is { } intentNode)
        {
            if (!RenderingIntents.TryGetValue(intentNode.Value ?? "", out intent))
            {
                map.Error(intentNode, $"'rendering_intent' is relative, perceptual, saturation or absolute, not '{intentNode.Value}'");
            }
        }

        double maxInk = Number(map, "max_ink", 100, 400) ?? d.MaxInk;
        return new(
            map.Bool("overprint_black") ?? d.OverprintBlack,
            Number(map, "min_text_size", 0, 100) ?? d.MinTextSize,
            Number(map, "min_rule_width", 0, 10) ?? d.MinRuleWidth,
            Number(map, "min_dot", 0, 50) ?? d.MinDot,
            maxInk)
        {
            OutputProfile = ReadOutputProfile(map),
            OutputCondition = map.String("output_condition"),
            RenderingIntent = intent,
            BlackPointCompensation = map.Bool("black_point_compensation") ?? d.BlackPointCompensation,
            MinImagePpi = Number(map, "min_image_ppi", 0, 1200) ?? d.MinImagePpi,
            MaxImagePpi = Number(map, "max_image_ppi", 0, 4800) ?? d.MaxImagePpi,
            RichBlack = ReadRichBlack(map, palette, maxInk),
            RichBlackMinArea = Number(map, "rich_black_min_area", 0, 1_000_000) ?? d.RichBlackMinArea,
        };
    }

    /// <summary>"rich_black": a palette colour with 100 % K, some other ink, and total ink within max_ink.</summary>
    private static string? ReadRichBlack(YamlMap map, ImmutableSortedDictionary<string, PaletteColor> palette, double maxInk)
    {
        if (map.String("rich_black") is not { } name)
        {
            return null;
        }

        var node = map.Value("rich_black")!;
        if (!palette.TryGetValue(name, out var color))
        {
            map.Error(node, $"rich_black: colour '{name}' is not in the palette ({string.Join(", ", palette.Keys)})");
            return null;
        }

        var c = color.Cmyk;
        string inks = FormattableString.Invariant($"{c.C:0.#}/{c.M:0.#}/{c.Y:0.#}/{c.K:0.#}");
        if (c.K != 100 || c.C + c.M + c.Y <= 0)
        {
            map.Error(node, $"rich_black: colour '{name}' ({inks}) is not a rich black: it needs 100 % K and some C, M or Y");
            return null;
        }

        if (c.TotalInk > maxInk)
        {
            map.Error(node, $"rich_black: colour '{name}' ({inks}) has {c.TotalInk:0.#} % total ink, over max_ink {maxInk:0.#} %");
            return null;
        }

        if (color.Edition)
        {
            map.Error(node, $"rich_black: colour '{name}' is an edition colour, which an editions table may replace; name a fixed palette colour");
            return null;
        }

        return name;
    }

    /// <summary>The output profile, resolved like fonts (relative to the file that names it) and checked to be CMYK 'prtr'.</summary>
    private string? ReadOutputProfile(YamlMap map)
    {
        if (map.Scalar("output_profile", false, "an ICC profile file") is not { Value: { Length: > 0 } path } node)
        {
            return null;
        }

        string? resolved = policy.Resolve(path, sources.FileOf(node), out string? refused);
        if (resolved is null)
        {
            map.Error(node, $"output_profile {refused}");
            return null;
        }

        if (IccProfileFile.Read(resolved, out string? problem) is null)
        {
            map.Error(node, $"output_profile {path} {problem}");
            return null;
        }

        return resolved;
    }

    private static Imprint ReadImprint(YamlMap map) =>
        new(map.String("publisher", required: true) ?? "", map.String("registration", required: true) ?? "", map.String("printer"), map.String("note"));

    private ImmutableSortedDictionary<PageRole, ImmutableArray<Frame>> ReadPages(YamlMap map)
    {
        var pages = ImmutableSortedDictionary.CreateBuilder<PageRole, ImmutableArray<Frame>>();
        if (map.Mapping("pages", required: true) is not { } node)
        {
            return pages.ToImmutable();
        }

        var roles = map.Open(node, [.. PageRoles.Keys]);
        foreach (string key in roles.Keys)
        {
            if (roles.Sequence(key) is not { } list)
            {
                continue;
            }

            var frames = ImmutableArray.CreateBuilder<Frame>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode frameNode)
                {
                    roles.Error(item, "each frame is a mapping: id, type, x, y, width, height and the component's keys");
                    continue;
                }

                if (ReadFrame(roles, frameNode) is { } frame)
                {
                    if (!ids.Add(frame.Id))
                    {
                        roles.Error(frameNode, $"frame id '{frame.Id}' is used twice on the {key} page");
                        continue;
                    }

                    frames.Add(frame);
                }
            }

            pages[PageRoles[key]] = frames.ToImmutable();
        }

        return pages.ToImmutable();
    }

    private Frame? ReadFrame(YamlMap parent, YamlMappingNode node)
    {
        // The type decides which keys the frame may have.
        string? type = node.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "type" }).Value is YamlScalarNode { Value: { } t } ? t : null;
        string[] extra = type is not null && ComponentKeys.TryGetValue(type, out var keys) ? keys : [];
        var map = parent.Open(node, [.. FrameKeys, .. extra]);
        int before = problems.Count;
        string? id = map.String("id", required: true);
        if (map.Has("remove"))
        {
            map.Error(map.KeyNode("remove"), $"'remove' drops a frame of the template this one extends; there is no frame '{id}' there");
        }

        double? x = Length(map, "x", -100, 2000, required: true);
        double? y = Length(map, "y", -100, 2000, required: true);
        double? width = Length(map, "width", 0.01, 2000, required: true);
        double? height = Length(map, "height", 0.01, 2000, required: true);
        if (type is null)
        {
            map.Error(node, $"missing 'type' (one of: {string.Join(", ", ComponentKeys.Keys)})");
            return null;
        }

        if (!ComponentKeys.ContainsKey(type))
        {
            map.Error(map.Value("type")!, $"unknown type '{type}' (one of: {string.Join(", ", ComponentKeys.Keys)})");
            return null;
        }

        var component = ReadComponent(map, type);
        if (problems.Count > before || id is null || x is null || y is null || width is null || height is null || component is null)
        {
            return null;
        }

        return new Frame(id, new Box(x.Value, y.Value, width.Value, height.Value), component, Locate(node));
    }

    private Component? ReadComponent(YamlMap map, string type)
    {
        switch (type)
        {
            case "text":
                string? text = map.String("text", required: true);
                return text is null ? null : new TextComponent(text, Style(map, 10), map.Bool("wrap") ?? false);
            case "month-grid":
                return new MonthGridComponent(
                    SubStyle(map, "title", 14), SubStyle(map, "header", 8) ?? DefaultStyle(8), SubStyle(map, "day", 14) ?? DefaultStyle(14),
                    SubStyle(map, "lunar", 6), map.Int("month", 0, 1) ?? 0, map.String("rules"));
            case "day-hero":
                return new DayHeroComponent(SubStyle(map, "day", 150) ?? DefaultStyle(150) with { MinSize = 40 }, SubStyle(map, "weekday", 20));
            case "lunar-panel":
                return new LunarPanelComponent(Style(map, 9), SubStyle(map, "label", 7));
            case "auspicious-hours":
                return new AuspiciousHoursComponent(Style(map, 8), SubStyle(map, "label", 7));
            case "observances":
                return new ObservanceListComponent(Style(map, 8), map.Int("max_lines", 1, 200) ?? 4, map.Int("columns", 1, 6) ?? 1);
            case "mini-months":
                return new MiniMonthsComponent(Style(map, 6), map.Bool("previous") ?? true, map.Bool("next") ?? true);
            case "year-overview":
                return new YearOverviewComponent(SubStyle(map, "title", 10) ?? DefaultStyle(10), SubStyle(map, "day", 7) ?? DefaultStyle(7),
                    SubStyle(map, "lunar", 4.5), map.Int("columns", 1, 12) ?? 3, map.String("rules"));
            case "image":
                return ReadImage(map);
            case "rule":
                return new RuleComponent(map.String("color") ?? textColor, PointWidth(map, "weight") ?? 0.5);
            case "box":
                string? fill = map.String("fill");
                string? stroke = map.String("stroke");
                if (fill is null && stroke is null)
                {
                    map.Error(map.Node, "a box needs a fill, a stroke, or both");
                }

                return new BoxComponent(fill, stroke, PointWidth(map, "stroke_width") ?? 0.5);
            default:
                return new ImprintComponent(Style(map, 6));
        }
    }

    /// <summary>
    /// An image: a file ("path", placeholders allowed in its file name) or a photo ("photo", a name without extension in
    /// the photos folder), how it fills its frame ("fit") and its focal point ("anchor").
    /// </summary>
    private ImageComponent? ReadImage(YamlMap map)
    {
        var fit = Choice(map, "fit", false, Fits) ?? ImageFit.Contain;
        var (anchorX, anchorY) = Anchor(map) ?? (0.5, 0.5);
        if (map.Has("path") == map.Has("photo"))
        {
            map.Error(map.Node, $"an image has either 'path' (a file) or 'photo' (a name in the template's photos folder){(map.Has("path") ? ", not both" : "")}");
            return null;
        }

        string? file = map.Has("photo") ? PhotoFile(map) : ImagePath(map);
        return file is null ? null : new ImageComponent(file, fit, anchorX, anchorY);
    }

    private string? ImagePath(YamlMap map)
    {
        if (map.String("path", required: true) is not { } path)
        {
            return null;
        }

        // The edition's logo is named by the editions table, bound per edition (Editions/EditionBinder).
        var node = map.Value("path")!;
        if (path == Editions.EditionPlaceholders.LogoPath)
        {
            return path;
        }

        if (PhotoPaths.CheckWritten(path) is { } bad)
        {
            map.Error(node, bad);
            return null;
        }

        // --photos replaces the folder of a path that changes from page to page.
        if (PhotoPaths.IsPattern(path) && policy.PhotosFolder is { } given)
        {
            return Path.Combine(given, Path.GetFileName(path));
        }

        if (policy.Resolve(path, map.Sources.FileOf(node), out string? refused) is not { } image)
        {
            map.Error(node, $"image {refused}");
            return null;
        }

        return image;
    }

    private string? PhotoFile(YamlMap map)
    {
        if (map.String("photo", required: true) is not { } name)
        {
            return null;
        }

        var node = map.Value("photo")!;
        if (name.IndexOfAny(['/', '\\', '*', '?']) >= 0 || name.StartsWith('.'))
        {
            map.Error(node, $"'photo' is a file name without folder or extension (\"cover\", \"{{month2}}\"), not '{name}'");
            return null;
        }

        if (PhotoPaths.CheckWritten(name) is { } bad)
        {
            map.Error(node, bad);
            return null;
        }

        if (photosFolder is null && photosFolderRefused)
        {
            return null; // the "photos" line has its problem
        }

        if (photosFolder is null)
        {
            map.Error(node, "'photo' needs the folder of the photos: set 'photos' at the top of the template, or give --photos DIR");
            return null;
        }

        return Path.Combine(photosFolder, name + PhotoPaths.AnyExtension);
    }

    /// <summary>"anchor": a named point (center, top-left, …) or [x, y], fractions from 0 to 1.</summary>
    private static (double X, double Y)? Anchor(YamlMap map)
    {
        switch (map.Value("anchor"))
        {
            case null:
                return null;
            case YamlSequenceNode { Children: [YamlScalarNode x, YamlScalarNode y] }:
                double? ax = Fraction(x), ay = Fraction(y);
                if (ax is null || ay is null)
                {
                    map.Error(ax is null ? x : y, $"'anchor' [x, y] takes two fractions from 0 (left, top) to 1 (right, bottom), not '{(ax is null ? x : y).Value}'");
                    return null;
                }

                return (ax.Value, ay.Value);
            case YamlScalarNode { Value: { } text } node:
                foreach (var (name, value) in Anchors)
                {
                    if (name == text)
                    {
                        return value;
                    }
                }

                map.Error(node, $"'anchor' must be one of {string.Join(", ", Anchors.Select(a => a.Name))}, or [x, y] with fractions from 0 to 1, not '{text}'");
                return null;
            case var other:
                map.Error(other, "'anchor' must be a named point (center, top-left, …) or [x, y] with two fractions from 0 to 1");
                return null;
        }

        static double? Fraction(YamlScalarNode node) =>
            double.TryParse(node.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double v) && v is >= 0 and <= 1
                ? v
                : null;
    }

    private TextStyle DefaultStyle(double size) => new("body", size, size, textColor, Align.Left, VAlign.Top, false, false);

    private TextStyle? SubStyle(YamlMap map, string key, double defaultSize) =>
        map.Mapping(key) is { } node ? Style(map.Open(node, StyleKeys), defaultSize) : null;

    private TextStyle Style(YamlMap map, double defaultSize)
    {
        double size = Number(map, "size", 1, 1000) ?? defaultSize;
        double minSize = Number(map, "min_size", 1, 1000) ?? size;
        if (minSize > size)
        {
            map.Error(map.KeyNode("min_size"), $"min_size {minSize} is larger than size {size}");
        }

        return new TextStyle(
            map.String("font") ?? "body",
            size,
            minSize,
            map.String("color") ?? textColor,
            Choice(map, "align", false, Aligns) ?? Align.Left,
            Choice(map, "valign", false, VAligns) ?? VAlign.Top,
            map.Bool("day_colors"),
            map.Bool("uppercase") ?? false);
    }

    /// <summary>A line width in points ("0.25" or "0.25pt"; "mm" converts).</summary>
    private static double? PointWidth(YamlMap map, string key)
    {
        if (map.Scalar(key, false, "a width in points") is not { } scalar)
        {
            return null;
        }

        string text = scalar.Value ?? "";
        double? mm = text.EndsWith("mm", StringComparison.Ordinal) ? Lengths.ParseMillimetres(text) : null;
        double? points = mm * Lengths.PointsPerMillimetre ?? Lengths.ParseMillimetres(text.EndsWith("pt", StringComparison.Ordinal) ? text[..^2] : text);
        if (points is not { } p || p <= 0 || p > 100)
        {
            map.Error(scalar, $"'{key}' must be a width in points between 0 and 100, not '{text}'");
            return null;
        }

        return p;
    }

    private static double? Number(YamlMap map, string key, double min, double max)
    {
        if (map.Scalar(key, false, "a number") is not { } scalar)
        {
            return null;
        }

        if (!double.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            map.Error(scalar, $"'{key}' must be a number, not '{scalar.Value}'");
            return null;
        }

        if (value < min || value > max)
        {
            map.Error(scalar, $"'{key}' must be between {min} and {max}, not {value}");
            return null;
        }

        return value;
    }

    /// <summary>A length in millimetres (bare number, or with mm/cm/pt/in).</summary>
    internal static double? Length(YamlMap map, string key, double min, double max, bool required = false)
    {
        if (map.Scalar(key, required, "a length") is not { } scalar)
        {
            return null;
        }

        if (Lengths.ParseMillimetres(scalar.Value ?? "") is not { } mm)
        {
            map.Error(scalar, $"'{key}' must be a length (millimetres, or with mm, cm, pt or in), not '{scalar.Value}'");
            return null;
        }

        if (mm < min || mm > max)
        {
            map.Error(scalar, $"'{key}' must be between {min} and {max} mm, not {mm:0.##} mm");
            return null;
        }

        return mm;
    }

    internal static T? Choice<T>(YamlMap map, string key, bool required, params (string Name, T Value)[] choices) where T : struct
    {
        if (map.String(key, required) is not { } text)
        {
            return null;
        }

        foreach (var (name, value) in choices)
        {
            if (name == text)
            {
                return value;
            }
        }

        map.Error(map.Value(key)!, $"'{key}' must be one of {string.Join(", ", choices.Select(c => c.Name))}, not '{text}'");
        return null;
    }

    private static Rgb? ParseRgb(string hex)
    {
        string h = hex.Trim();
        return h.Length == 7 && h[0] == '#' && int.TryParse(h[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v)
            ? new Rgb((byte)(v >> 16), (byte)(v >> 8 & 0xFF), (byte)(v & 0xFF))
            : null;
    }
}
