using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CalendarGen.Templates.Model;
using static CalendarGen.Templates.Loading.SchemaValues;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// The JSON Schema (draft 2020-12) of template files, generated from the same key tables the reader uses, so the two
/// cannot drift apart; <c>templates/schema.json</c> is this output (a test checks it). Editors use it to complete and
/// check templates (e.g. with a "# yaml-language-server: $schema=schema.json" first line).
/// </summary>
/// <remarks>
/// The schema checks a file's shape as the reader does: known keys only, value types and ranges, fixed word sets,
/// required keys. A file that <c>extends</c> another is checked alone, as an editor sees it: it may leave out every
/// key and give partial frames, since the schema cannot see its parent. Cross-checks (colours and font roles that
/// exist, frames on the page, ink totals, placeholders, which pages a kind has) are left to
/// <c>calendargen templates validate</c>. Only keywords that draft-07 editors also understand are used.
/// </remarks>
public static class TemplateSchema
{
    /// <summary>The schema as indented JSON text, ending with a newline.</summary>
    public static string Generate()
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "CalendarGen template",
            ["description"] = "A calendar product: page, fonts, colours and the frames of each page role. See templates/README.md.",
            ["type"] = "object",
            ["properties"] = Properties("top", TemplateReader.TopKeys, key => key switch
            {
                "kind" => Choice(Names(TemplateReader.Kinds)),
                "extends" => Text(nonEmpty: true),
                "lang" => Choice(Names(TemplateReader.Languages)),
                "page" or "fonts" or "palette" or "colors" or "pages" or "imprint" or "press" or "production" => Ref(key),
                _ => Text(),
            }),
            ["additionalProperties"] = false,
            // A template that extends another gives only what it changes; a standalone one must be complete.
            ["if"] = new JsonObject { ["required"] = new JsonArray("extends") },
            ["else"] = Complete(),
            ["$defs"] = Definitions(),
        };

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(options) + "\n";
    }

    private static JsonObject Definitions()
    {
        var definitions = new JsonObject
        {
            ["page"] = Page(),
            ["binding"] = Closed(Properties("binding", TemplateReader.BindingKeys, key => key == "edge" ? Choice(Names(TemplateReader.Edges)) : Length(0, 500))),
            ["fonts"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Text(nonEmpty: true) },
            ["palette"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("color") },
            ["color"] = Closed(Properties("palette", TemplateReader.ColorKeys, key => key switch
            {
                "rgb" => Rgb(),
                "edition" => Bool(),
                _ => new JsonObject { ["type"] = "array", ["items"] = InkPercentage(), ["minItems"] = 4, ["maxItems"] = 4 },
            })),
            ["colors"] = Closed(Properties("colors", TemplateReader.RoleKeys, key => Text(nonEmpty: key == "text"))),
            ["imprint"] = Closed(Properties("imprint", TemplateReader.ImprintKeys, key => Text(nonEmpty: key is "publisher" or "registration"))),
            ["press"] = Closed(Properties("press", TemplateReader.PressKeys, key => key switch
            {
                "overprint_black" => Bool(),
                "min_text_size" => Number(0, 100),
                "min_rule_width" => Number(0, 10),
                "min_dot" => Number(0, 50),
                "max_ink" => Number(100, 400),
                "output_profile" or "output_condition" => Text(nonEmpty: true),
                "rendering_intent" => Choice(TemplateReader.RenderingIntents.Keys),
                "black_point_compensation" => Bool(),
                "min_image_ppi" => Number(0, 1200),
                "max_image_ppi" => Number(0, 4800),
                "rich_black" => Text(nonEmpty: true),
                "rich_black_min_area" => Number(0, 1_000_000),
                _ => throw Unknown("press", key),
            })),
            ["production"] = Closed(Properties("production", TemplateReader.ProductionKeys, key => key switch
            {
                "spot" => new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z0-9._-]{1,63}$" },
                "outline_zones" => Bool(),
                _ => new JsonObject { ["type"] = "array", ["items"] = Ref("productionItem") },
            })),
            ["productionItem"] = ProductionItem(),
            ["pages"] = Closed(Properties("pages", TemplateReader.PageRoles.Keys, _ => new JsonObject { ["type"] = "array", ["items"] = Ref("frame") })),
            ["style"] = Annotated("Text style", "How text is set: font role, size, the size it may shrink to, colour, alignment.",
                Closed(Properties("style", TemplateReader.StyleKeys, StyleValue))),
            ["frame"] = Frame(),
            ["completeFrame"] = CompleteFrame(),
        };
        foreach (string key in SharedFrameKeys())
        {
            definitions["frame." + key] = DescribedFrameValue(key, null);
        }

        return definitions;
    }

    /// <summary>A keep-out zone or finishing line: its type decides its other keys, as the reader checks.</summary>
    private static JsonObject ProductionItem()
    {
        var variants = new JsonArray();
        foreach (var (type, keys) in ProductionReader.TypeKeys)
        {
            var properties = Properties("production_item", ["type", .. keys], key => key == "type" ? new JsonObject { ["const"] = type } : ProductionValue(key));
            var then = Closed(properties);
            then["required"] = new JsonArray([.. keys.Where(k => !(k is "closed" || type == "hanger" && k == "diameter")).Select(k => (JsonNode)k)]);
            variants.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = type } }, ["required"] = new JsonArray("type") },
                ["then"] = then,
            });
        }

        return SchemaDescriptions.Describe("production", "item", new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("type"),
            ["properties"] = new JsonObject { ["type"] = SchemaDescriptions.Describe("production_item", "type", Choice(ProductionReader.TypeKeys.Keys)) },
            ["allOf"] = variants,
        });
    }

    private static JsonObject ProductionValue(string key) => key switch
    {
        "edge" => Choice(Names(TemplateReader.Edges)),
        "width" => Length(0.5, 200),
        "diameter" => Length(1, 200),
        "x" or "y" => Length(0, 2000),
        "closed" => Bool(),
        "points" => new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 2,
            ["items"] = new JsonObject { ["type"] = "array", ["items"] = Length(-2000, 2000), ["minItems"] = 2, ["maxItems"] = 2 },
        },
        _ => throw Unknown("production item", key),
    };

    /// <summary>What a template without <c>extends</c> must have besides the shape every file shares.</summary>
    private static JsonObject Complete() => new()
    {
        ["required"] = new JsonArray("kind", "page", "fonts", "palette", "colors", "imprint", "pages"),
        ["properties"] = new JsonObject
        {
            ["page"] = new JsonObject
            {
                // The reader needs a preset or both sides, and an edge and a depth for a binding zone.
                ["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("size") }, new JsonObject { ["required"] = new JsonArray("width", "height") }),
                ["properties"] = new JsonObject { ["binding"] = new JsonObject { ["required"] = new JsonArray([.. TemplateReader.BindingKeys.Select(k => (JsonNode)k)]) } },
            },
            ["fonts"] = new JsonObject { ["minProperties"] = 1 },
            ["palette"] = new JsonObject { ["additionalProperties"] = new JsonObject { ["required"] = new JsonArray("cmyk") } },
            ["colors"] = new JsonObject { ["required"] = new JsonArray("text") },
            ["imprint"] = new JsonObject { ["required"] = new JsonArray("publisher", "registration") },
            ["pages"] = new JsonObject
            {
                ["properties"] = Properties(null, TemplateReader.PageRoles.Keys, _ => new JsonObject { ["items"] = Ref("completeFrame") }),
            },
        },
    };

    private static JsonObject Page()
    {
        var page = Closed(Properties("page", TemplateReader.PageKeys, key => key switch
        {
            "size" => Choice(PagePresets.All.Keys),
            "width" or "height" => Length(1, 2000),
            "orientation" => Choice(Names(TemplateReader.Orientations)),
            "bleed" => Length(0, 20),
            "safe" => Length(0, 100),
            "binding" => Ref("binding"),
            "week_start" => Choice(Names(TemplateReader.WeekStarts)),
            _ => throw Unknown("page", key),
        }));

        // "give either size or width and height, not both", as the reader says; editors then flag width or height.
        page["if"] = new JsonObject { ["required"] = new JsonArray("size") };
        page["then"] = new JsonObject { ["properties"] = new JsonObject { ["width"] = false, ["height"] = false } };
        return page;
    }

    /// <summary>
    /// A frame as any file may write it: an id, and the keys its type allows. Without a type (a frame of an extending
    /// template that changes a parent's frame) every component key is allowed, as the parent's type is not known here.
    /// </summary>
    private static JsonObject Frame()
    {
        var variants = new JsonArray();
        foreach (string type in TemplateReader.ComponentKeys.Keys)
        {
            variants.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = type } }, ["required"] = new JsonArray("type") },
                ["then"] = Closed(FrameProperties(type, TemplateReader.ComponentKeys[type])),
            });
        }

        var anyKey = TemplateReader.ComponentKeys.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToArray();
        variants.Add(new JsonObject
        {
            ["if"] = new JsonObject { ["not"] = new JsonObject { ["required"] = new JsonArray("type") } },
            ["then"] = Closed(FrameProperties(null, anyKey)),
        });

        return Annotated("Frame", "A positioned frame holding one component; its type decides its other keys.", new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("id"),
            ["properties"] = new JsonObject
            {
                ["id"] = Ref("frame.id"),
                ["type"] = SchemaDescriptions.Describe("frame", "type", Choice(TemplateReader.ComponentKeys.Keys)),
            },
            ["allOf"] = variants,
        });
    }

    /// <summary>A frame of a template without <c>extends</c>: placed, typed, with its component's required keys.</summary>
    private static JsonObject CompleteFrame()
    {
        static JsonObject When(string type, JsonObject then) => new()
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = type } }, ["required"] = new JsonArray("type") },
            ["then"] = then,
        };

        return new JsonObject
        {
            ["allOf"] = new JsonArray(
                Ref("frame"),
                new JsonObject { ["required"] = new JsonArray([.. TemplateReader.FrameKeys.Where(k => k != "remove").Select(k => (JsonNode)k)]) },
                // remove only means something in a template that extends another.
                new JsonObject { ["properties"] = new JsonObject { ["remove"] = false } },
                When("text", new JsonObject { ["required"] = new JsonArray("text") }),
                When("image", new JsonObject
                {
                    ["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("path") }, new JsonObject { ["required"] = new JsonArray("photo") }),
                    ["not"] = new JsonObject { ["required"] = new JsonArray("path", "photo") },
                }),
                When("box", new JsonObject
                {
                    ["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("fill") }, new JsonObject { ["required"] = new JsonArray("stroke") }),
                })),
        };
    }

    /// <summary>Every frame key's schema with its hover text, once; the frame variants refer to them.</summary>
    private static IEnumerable<string> SharedFrameKeys() =>
        TemplateReader.FrameKeys.Concat(TemplateReader.ComponentKeys.Values.SelectMany(k => k)).Distinct(StringComparer.Ordinal)
            .Where(k => k is not ("type" or "columns"));

    private static JsonObject DescribedFrameValue(string key, string? type) =>
        SchemaDescriptions.Describe(SchemaDescriptions.All.ContainsKey("frame." + key) ? "frame" : "style", key, FrameValue(key, type));

    private static JsonObject FrameProperties(string? type, IEnumerable<string> componentKeys) =>
        Properties(null, TemplateReader.FrameKeys.Concat(componentKeys), key => key is "type" or "columns"
            ? DescribedFrameValue(key, type)
            : Ref("frame." + key));

    private static JsonObject FrameValue(string key, string? type) => key switch
    {
        "id" or "text" or "path" or "photo" => Text(nonEmpty: true),
        "fit" => Choice(Names(TemplateReader.Fits)),
        "anchor" => new JsonObject
        {
            ["anyOf"] = new JsonArray(
                Choice(Names(TemplateReader.Anchors)),
                new JsonObject { ["type"] = "array", ["items"] = Number(0, 1), ["minItems"] = 2, ["maxItems"] = 2 }),
        },
        "type" => type is null ? Choice(TemplateReader.ComponentKeys.Keys) : new JsonObject { ["const"] = type },
        "x" or "y" => Length(-100, 2000),
        "width" or "height" => Length(0.01, 2000),
        // The merger drops a frame only for the exact text "true".
        "remove" => new JsonObject { ["enum"] = new JsonArray(true, "true") },
        "wrap" or "previous" or "next" => Bool(),
        "title" or "header" or "day" or "lunar" or "weekday" or "label" => Ref("style"),
        "month" => Integer(0, 1),
        "rules" or "fill" or "stroke" => Text(),
        "max_lines" => Integer(1, 200),
        "columns" => Integer(1, type == "observances" ? 6 : 12),
        "weight" or "stroke_width" => PointWidth(),
        _ when TemplateReader.StyleKeys.Contains(key) => StyleValue(key),
        _ => throw Unknown("frame", key),
    };

    private static JsonObject StyleValue(string key) => key switch
    {
        "font" or "color" => Text(),
        "size" or "min_size" => Number(1, 1000),
        "align" => Choice(Names(TemplateReader.Aligns)),
        "valign" => Choice(Names(TemplateReader.VAligns)),
        "day_colors" or "uppercase" => Bool(),
        _ => throw Unknown("style", key),
    };

    /// <summary>Properties for keys, each with its hover text when <paramref name="section"/> is given.</summary>
    private static JsonObject Properties(string? section, IEnumerable<string> keys, Func<string, JsonObject> schema)
    {
        var properties = new JsonObject();
        foreach (string key in keys)
        {
            properties[key] = section is null ? schema(key) : SchemaDescriptions.Describe(section, key, schema(key));
        }

        return properties;
    }

    private static IEnumerable<string> Names<T>((string Name, T Value)[] choices) => choices.Select(c => c.Name);

    private static InvalidOperationException Unknown(string section, string key) =>
        new($"the template schema has no value schema for {section} key '{key}': add it to TemplateSchema");
}
