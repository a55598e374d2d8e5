using System.Text.Json;
using System.Text.Json.Nodes;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Loading;

/// <summary>
/// The JSON Schema (draft 2020-12) of template files, generated from the same key tables the reader uses, so the two
/// cannot drift apart; <c>templates/schema.json</c> is this output (a test checks it). Editors use it to complete and
/// check templates (e.g. with a "# yaml-language-server: $schema=schema.json" comment).
/// </summary>
public static class TemplateSchema
{
    /// <summary>The schema as indented JSON text.</summary>
    public static string Generate()
    {
        var length = new JsonObject
        {
            ["description"] = "millimetres, or a number with mm, cm, pt or in",
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "string", ["pattern"] = @"^-?[0-9.]+\s*(mm|cm|pt|in)?$" }),
        };
        var style = Properties(TemplateReader.StyleKeys, new()
        {
            ["font"] = Text("a font role of the template"),
            ["size"] = Number("size in points"),
            ["min_size"] = Number("the smallest size the text may shrink to in order to fit (at least 6)"),
            ["color"] = Text("a palette colour"),
            ["align"] = Enum("left", "center", "right"),
            ["valign"] = Enum("top", "middle", "bottom"),
            ["day_colors"] = Bool("Sundays and days off take their role colours"),
            ["uppercase"] = Bool("set in capitals"),
        });

        var frameVariants = new JsonArray();
        foreach (var (type, keys) in TemplateReader.ComponentKeys.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var properties = new JsonObject();
            foreach (string key in TemplateReader.FrameKeys.Concat(keys))
            {
                properties[key] = FrameKeySchema(key, type, length);
            }

            frameVariants.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = type } } },
                ["then"] = new JsonObject { ["properties"] = properties, ["additionalProperties"] = false },
            });
        }

        var frame = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("id"),
            ["properties"] = new JsonObject
            {
                ["id"] = Text("the frame's name, unique on its page"),
                ["type"] = Enum([.. TemplateReader.ComponentKeys.Keys.Order(StringComparer.Ordinal)]),
            },
            ["allOf"] = frameVariants,
        };

        var pages = new JsonObject();
        foreach (string role in TemplateReader.PageRoles.Keys)
        {
            pages[role] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/frame" } };
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://calendargen.invalid/template.schema.json",
            ["title"] = "CalendarGen template",
            ["type"] = "object",
            ["required"] = new JsonArray("kind", "page", "fonts", "palette", "colors", "imprint", "pages"),
            ["properties"] = Properties(TemplateReader.TopKeys, new()
            {
                ["name"] = Text("the template's name (default: the file name)"),
                ["description"] = Text("what product it is"),
                ["kind"] = Enum("block", "desk", "wall"),
                ["extends"] = Text("a template file (relative to this one) or a shipped template name"),
                ["lang"] = Enum("vi", "en", "vi+en"),
                ["observances"] = Text("the observance set"),
                ["quotes"] = Text("a shipped quote set (vi), a quote file next to the template, or none"),
                ["page"] = Properties(TemplateReader.PageKeys, new()
                {
                    ["size"] = Enum([.. PagePresets.All.Keys]),
                    ["width"] = length.DeepClone(),
                    ["height"] = length.DeepClone(),
                    ["orientation"] = Enum("portrait", "landscape"),
                    ["bleed"] = length.DeepClone(),
                    ["safe"] = length.DeepClone(),
                    ["binding"] = Properties(TemplateReader.BindingKeys, new() { ["edge"] = Enum("top", "left", "bottom", "right"), ["depth"] = length.DeepClone() }),
                    ["week_start"] = Enum("monday", "sunday"),
                }),
                ["fonts"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Text("a font file, relative to the template") },
                ["palette"] = new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = Properties(TemplateReader.ColorKeys, new()
                    {
                        ["cmyk"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 100 }, ["minItems"] = 4, ["maxItems"] = 4 },
                        ["rgb"] = new JsonObject { ["type"] = "string", ["pattern"] = "^#[0-9A-Fa-f]{6}$" },
                    }),
                },
                ["colors"] = Properties(TemplateReader.RoleKeys, TemplateReader.RoleKeys.ToDictionary(k => k, _ => (JsonNode)Text("a palette colour"))),
                ["pages"] = new JsonObject { ["type"] = "object", ["properties"] = pages, ["additionalProperties"] = false },
                ["imprint"] = Properties(TemplateReader.ImprintKeys, TemplateReader.ImprintKeys.ToDictionary(k => k, _ => (JsonNode)Text(null))),
            }),
            ["$defs"] = new JsonObject { ["style"] = style, ["frame"] = frame },
        };

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode FrameKeySchema(string key, string type, JsonObject length) => key switch
    {
        "id" or "text" or "path" or "color" or "fill" or "stroke" or "rules" or "font" => Text(null),
        "type" => new JsonObject { ["const"] = type },
        "x" or "y" or "width" or "height" => length.DeepClone(),
        "remove" or "day_colors" or "uppercase" or "previous" or "next" or "wrap" => Bool(null),
        "align" => Enum("left", "center", "right"),
        "valign" => Enum("top", "middle", "bottom"),
        "title" or "header" or "day" or "lunar" or "label" or "weekday" => new JsonObject { ["$ref"] = "#/$defs/style" },
        "month" => new JsonObject { ["enum"] = new JsonArray(0, 1) },
        "columns" or "max_lines" => new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
        _ => Number(null),
    };

    private static JsonObject Properties(IEnumerable<string> keys, Dictionary<string, JsonNode> schemas)
    {
        var properties = new JsonObject();
        foreach (string key in keys)
        {
            properties[key] = schemas.TryGetValue(key, out var schema) ? schema : Text(null);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject Text(string? description) => Described(new JsonObject { ["type"] = "string" }, description);

    private static JsonObject Number(string? description) => Described(new JsonObject { ["type"] = "number" }, description);

    private static JsonObject Bool(string? description) => Described(new JsonObject { ["type"] = "boolean" }, description);

    private static JsonObject Enum(params string[] values) => new() { ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    private static JsonObject Described(JsonObject schema, string? description)
    {
        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }
}
