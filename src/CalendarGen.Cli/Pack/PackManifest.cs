using System.Text.Json.Serialization;

namespace CalendarGen.Cli.Pack;

/// <summary>One file of a pack, as manifest.json lists it.</summary>
internal sealed record ManifestEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("template")] string? Template,
    [property: JsonPropertyName("edition"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Edition,
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("profile")] string Kind,
    [property: JsonPropertyName("pages")] int? Pages,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>manifest.json: every file of the pack, sorted by path; nothing in it depends on when or how fast it ran.</summary>
internal sealed record PackManifest(
    [property: JsonPropertyName("pack")] string Pack,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestEntry> Files);
