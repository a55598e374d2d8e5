namespace CalendarGen.Cli.Pack;

/// <summary>Writes manifests the one way, so a merged manifest is byte-identical to an unsharded run's.</summary>
internal static class ManifestJson
{
    public static byte[] Bytes<T>(T manifest) =>
        new System.Text.UTF8Encoding(false).GetBytes(System.Text.Json.JsonSerializer.Serialize(manifest, JsonOutput.Indented) + "\n");
}
