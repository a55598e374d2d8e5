using System.Text.Json.Nodes;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// The hover text of every key in the template schema: a title and a description, keyed "section.key" (sections:
/// top, page, binding, palette, colors, imprint, pages, style, frame). A test checks every key of the reader's tables
/// has one, so a new key cannot ship without its hover text.
/// </summary>
internal static class SchemaDescriptions
{
    public static readonly IReadOnlyDictionary<string, (string Title, string Description)> All = new Dictionary<string, (string, string)>
    {
        ["top.name"] = ("Template name", "The template's name, shown in lists and the PDF; default: the file name."),
        ["top.description"] = ("Description", "What product this is (the PDF subject)."),
        ["top.kind"] = ("Product kind", "block: a page a day; desk: a desk tent of months; wall: month or two-month sheets, or a year poster."),
        ["top.extends"] = ("Extends", "A shipped template name (block-dai) or a template file next to this one. This file is laid over it: only the keys and frames it gives change, so nothing else is required here."),
        ["top.lang"] = ("Label language", "Language of weekday and month labels: vi, en, or vi+en for both. Default: vi."),
        ["top.observances"] = ("Observance set", "The observance set printed by observances components (see data/observances/). Default: vn."),
        ["top.photos"] = ("Photos folder", "The folder, relative to this template, that the image frames' photo names are looked up in; --photos DIR replaces it."),
        ["top.quotes"] = ("Quote set", "Proverbs for {quote}: vi (the shipped set, default), a quote file next to this template, or none."),
        ["top.page"] = ("Page", "The trimmed sheet: a size preset or width and height, bleed, safe area, binding zone, week start."),
        ["top.fonts"] = ("Fonts", "Font roles and their files, e.g. display: ../fonts/BeVietnamPro_800ExtraBold.ttf. Paths are relative to this template; shipped fonts are also found by file name."),
        ["top.palette"] = ("Palette", "Named colours: CMYK ink percentages for print (at most 300 % in total) and an optional #rrggbb for screens."),
        ["top.colors"] = ("Colour roles", "Which palette colour plays each role; text is required and the others default to it."),
        ["top.pages"] = ("Pages", "The frames of each page role. Which roles a template needs depends on its kind."),
        ["top.imprint"] = ("Imprint", "The publication's imprint (calendars are registered publications): publisher and registration are required."),

        ["top.press"] = ("Press", "How press and proof files are made for the printing house (overprint) and the print-quality limits templates validate warns about."),
        ["press.min_text_size"] = ("Smallest text in tints", "Text under this size (points, default 8) must be one solid ink, not a tint, and not reversed out of more than one ink."),
        ["press.min_rule_width"] = ("Thinnest rule in tints", "Rules thinner than this (points, default 0.5) must be one solid ink."),
        ["press.min_dot"] = ("Smallest ink component", "Palette ink components between 0 and this percentage (default 5) do not print reliably."),
        ["press.max_ink"] = ("Total ink limit", "The total ink the press and paper allow, in percent (default 300)."),
        ["press.output_profile"] = ("Output profile", "A CMYK output ('prtr') ICC profile, relative to the template: photos are converted with it and it is embedded as the PDF/X OutputIntent. Without it the shipped FOGRA39L profile converts and the intent names FOGRA39."),
        ["press.output_condition"] = ("Output condition", "The OutputIntent's condition identifier (default: the profile's description)."),
        ["press.rendering_intent"] = ("Rendering intent", "How photos are converted to the output profile: relative (default), perceptual, saturation or absolute."),
        ["press.black_point_compensation"] = ("Black-point compensation", "Map the photo's black to the press's black when converting (true, the default)."),
        ["press.min_image_ppi"] = ("Lowest photo resolution", "A photo below this effective resolution at its placed size is an error (ppi, default 150); below 300 it is a warning."),
        ["press.max_image_ppi"] = ("Highest photo resolution", "A photo above this effective resolution at its placed size is downsampled to 300 ppi before conversion, as prepress tools do (ppi, default 450; 0: never)."),
        ["press.rich_black"] = ("Rich black", "A palette colour with 100 % K plus other inks (e.g. 60/40/40/100), total ink within max_ink: in press and proof files, filled boxes in 100 % K alone of at least rich_black_min_area are painted in it (it knocks out). Text and rules stay K100. Default: none."),
        ["press.rich_black_min_area"] = ("Smallest rich-black box", "The area (mm², default 400, about 20 × 20 mm) from which a K100 box is painted in rich_black."),
        ["press.overprint_black"] = ("Overprint black", "Text, rules and shapes in 100 % K alone overprint in press and proof files, so misregistration leaves no white halo (true, the default); false knocks them out."),

        ["top.production"] = ("Production geometry", "Keep-out zones (wire-o, hanger, drill, glue-tab) where no text may go, and die, fold and perforation lines printed on a spot colour in press and proof files; per page role, or all for every page."),
        ["production.spot"] = ("Spot colour", "The name of the Separation colour the lines print on (default Die; shops also use CutContour, Crease). render --die-spot overrides it."),
        ["production.outline_zones"] = ("Outline zones", "Also draw the keep-out zones as thin dashed outlines (0.25 pt, 3 pt on, 3 off) on the spot colour in press and proof files (default false)."),
        ["production.all"] = ("Every page", "Zones and lines on every page of the product."),
        ["production.cover"] = ("Cover", "Zones and lines on the cover."),
        ["production.day"] = ("Day pages", "Zones and lines on each day page."),
        ["production.month"] = ("Month pages", "Zones and lines on each month page."),
        ["production.two_months"] = ("Two-month pages", "Zones and lines on each two-month page."),
        ["production.year"] = ("Year page", "Zones and lines on the year poster."),
        ["production.back"] = ("Back page", "Zones and lines on the back page."),
        ["production.day_back"] = ("Day backs", "Zones and lines on the printed back of each day leaf."),
        ["production.month_back"] = ("Month backs", "Zones and lines on the printed back of each month sheet."),
        ["production.item"] = ("Production item", "A keep-out zone (wire-o, hanger, drill, glue-tab) or a finishing line (cut, fold, perf)."),
        ["production_item.type"] = ("Item type", "wire-o: strip along a binding edge; hanger: half-circle notch at the centre of an edge; drill: a hole; glue-tab: strip glued in finishing; cut (solid), fold (dashed), perf (short dashes): lines."),
        ["production_item.edge"] = ("Edge", "The edge of the trimmed sheet the zone lies along: top, left, bottom or right."),
        ["production_item.width"] = ("Strip width", "How far the strip reaches in from the edge, 0.5–200 mm."),
        ["production_item.diameter"] = ("Diameter", "The circle's diameter: the hanger notch (default 30 mm) or a drill hole."),
        ["production_item.x"] = ("Centre x", "The hole's centre, mm from the left trim edge."),
        ["production_item.y"] = ("Centre y", "The hole's centre, mm from the top trim edge."),
        ["production_item.points"] = ("Points", "The line's points as [x, y] pairs, mm from the top-left trim corner (negative or past the trim reaches into the bleed)."),
        ["production_item.closed"] = ("Closed", "Whether the line returns to its first point (a closed die cut)."),

        ["page.size"] = ("Size preset", "A named trim size (portrait); give either size or width and height."),
        ["page.width"] = ("Trim width", "Trim width: millimetres (a bare number) or a number with mm, cm, pt or in; 1–2000 mm."),
        ["page.height"] = ("Trim height", "Trim height: millimetres (a bare number) or a number with mm, cm, pt or in; 1–2000 mm."),
        ["page.orientation"] = ("Orientation", "portrait or landscape; landscape turns a size preset sideways."),
        ["page.bleed"] = ("Bleed", "How far backgrounds run past the trim, 0–20 mm. Default: 3 mm."),
        ["page.safe"] = ("Safe area", "How far inside the trim text must stay, 0–100 mm. Default: 5 mm."),
        ["page.binding"] = ("Binding zone", "A strip along one edge kept clear for the wire, staples or glue."),
        ["page.week_start"] = ("Week start", "The first column of month grids: monday (default) or sunday."),
        ["binding.edge"] = ("Binding edge", "The edge that is bound: top, left, bottom or right."),
        ["binding.depth"] = ("Binding depth", "How deep the binding zone reaches into the page, 0–500 mm."),

        ["palette.cmyk"] = ("CMYK", "Four ink percentages 0–100: [c, m, y, k]; at most 300 % in total."),
        ["palette.rgb"] = ("Screen colour", "The colour on screens and in previews, written #rrggbb; default: an approximation of the CMYK."),
        ["palette.edition"] = ("Edition colour", "Whether a pack's editions table may override this colour with a customer's brand colour (color.NAME.cmyk / .rgb). Default: false."),

        ["colors.text"] = ("Text colour", "The palette colour of text and rules; the default of every other role."),
        ["colors.sunday"] = ("Sunday colour", "Sundays in grids and on day pages (with day_colors). Default: the text colour."),
        ["colors.day_off"] = ("Day-off colour", "Public holidays and days off. Default: the Sunday colour."),
        ["colors.lunar_start"] = ("Lunar month start colour", "The \"1/8\" of a lunar month's first day. Default: the text colour."),
        ["colors.background"] = ("Background", "An optional page background, printed into the bleed."),
        ["colors.accent"] = ("Accent colour", "Decorations that are not text. Default: the text colour."),

        ["imprint.publisher"] = ("Publisher", "The publishing house."),
        ["imprint.registration"] = ("Registration", "The publication registration (Số ĐKXB …)."),
        ["imprint.printer"] = ("Printer", "The printing house (optional)."),
        ["imprint.note"] = ("Note", "Any further imprint line (optional)."),

        ["pages.cover"] = ("Cover", "Frames of the cover (block, desk, wall)."),
        ["pages.day"] = ("Day page", "Frames of each day's page (block: one page a day)."),
        ["pages.month"] = ("Month page", "Frames of each month's page (desk, wall: one month a page)."),
        ["pages.two_months"] = ("Two-month page", "Frames of each two-month sheet (wall)."),
        ["pages.year"] = ("Year page", "Frames of the one-sheet year (wall poster)."),
        ["pages.back"] = ("Back page", "Frames of the back page (block, desk, wall)."),
        ["pages.day_back"] = ("Back of each day", "Frames printed on the back of each day's leaf (block); render then writes front, back, front … for duplex imposition."),
        ["pages.month_back"] = ("Back of each month", "Frames printed on the back of each month's sheet (desk, 13-sheet wall); render then writes front, back, front …"),

        ["style.font"] = ("Font role", "A font role declared under fonts. Default: body."),
        ["style.size"] = ("Size", "Type size in points, 1–1000."),
        ["style.min_size"] = ("Minimum size", "The smallest size (points) the text may shrink to so it fits its frame; print needs at least 6. Default: size."),
        ["style.color"] = ("Colour", "A palette colour name. Default: the text role's colour."),
        ["style.align"] = ("Alignment", "left, center or right."),
        ["style.valign"] = ("Vertical alignment", "top, middle or bottom."),
        ["style.day_colors"] = ("Day colours", "Sundays and days off take their role colours. Default: on in month grids, mini-months, the year overview and the day hero; off elsewhere. Set false to print small grids in one solid ink."),
        ["style.uppercase"] = ("Uppercase", "Set the text in capitals."),

        ["frame.id"] = ("Frame id", "The frame's name, unique on its page; a template that extends this one changes or removes the frame by this id."),
        ["frame.type"] = ("Component type", "What the frame shows; it decides which other keys the frame may have."),
        ["frame.x"] = ("x", "Left edge from the trim's left, in mm (or with a unit); negative reaches into the bleed."),
        ["frame.y"] = ("y", "Top edge from the trim's top, in mm (or with a unit); negative reaches into the bleed."),
        ["frame.width"] = ("Width", "Frame width, in mm (or with a unit)."),
        ["frame.height"] = ("Height", "Frame height, in mm (or with a unit)."),
        ["frame.remove"] = ("Remove", "Only in a template that extends another: remove: true drops the parent's frame of this id."),
        ["frame.text"] = ("Text", "The text, with placeholders such as {day} or {weekday} (see templates/README.md); \\n starts a line."),
        ["frame.wrap"] = ("Wrap", "Break long lines between words before the text shrinks."),
        ["frame.title"] = ("Title style", "The style of the month title."),
        ["frame.header"] = ("Header style", "The style of the weekday header."),
        ["frame.day"] = ("Day style", "The style of the solar day numbers."),
        ["frame.lunar"] = ("Lunar style", "The style of the small lunar day figures; absent: none are printed."),
        ["frame.weekday"] = ("Weekday style", "The style of the weekday beneath the big day; absent: none is printed."),
        ["frame.label"] = ("Label style", "The style of the panel's labels."),
        ["frame.month"] = ("Month", "0: the page's month; 1: the second month of a two-month sheet."),
        ["frame.rules"] = ("Rules", "A palette colour for the grid's rules; absent: no rules."),
        ["frame.max_lines"] = ("Max lines", "How many observances to list at most, 1–200. Default: 4."),
        ["frame.columns"] = ("Columns", "Columns of the list or of the month grids."),
        ["frame.previous"] = ("Previous month", "Show the previous month. Default: true."),
        ["frame.next"] = ("Next month", "Show the next month. Default: true."),
        ["frame.path"] = ("Image file", "An SVG, PNG, JPEG or TIFF file, relative to this template; its file name may hold {year}, {month}, {month2}, {day} or {day2} (photos/{month2}.jpg) and end in .* for any of .jpg, .jpeg, .png, .tif, .tiff; or \"{edition.logo}\" for the logo of each edition of a pack."),
        ["frame.photo"] = ("Photo", "A photo's name without extension in the template's photos folder (or --photos DIR): cover, or {month2} for 01 … 12; any of .jpg, .jpeg, .png, .tif, .tiff."),
        ["frame.fit"] = ("Fit", "contain (default): the whole image, as large as fits; cover: the whole frame, the image's overflow clipped (a full-bleed photo); fill: stretched to the frame."),
        ["frame.anchor"] = ("Anchor", "The image's focal point, kept in view when it overflows (cover) or placed when it is smaller (contain): center (default), top, bottom, left, right, top-left, top-right, bottom-left, bottom-right, or [x, y] with fractions from 0 (left, top) to 1."),
        ["frame.color"] = ("Colour", "A palette colour name. Default: the text role's colour."),
        ["frame.weight"] = ("Line weight", "Line width in points (0.25, 0.25pt or 0.1mm), above 0 and at most 100. Default: 0.5."),
        ["frame.fill"] = ("Fill", "A palette colour to fill the box with; a box needs a fill, a stroke or both."),
        ["frame.stroke"] = ("Stroke", "A palette colour for the box's outline."),
        ["frame.stroke_width"] = ("Stroke width", "Outline width in points, above 0 and at most 100. Default: 0.5."),
    };

    /// <summary>Title and description of one key, merged into its value schema for hover.</summary>
    public static JsonObject Describe(string section, string key, JsonObject schema)
    {
        var (title, description) = All[section + "." + key];
        return SchemaValues.Annotated(title, description, schema);
    }
}
