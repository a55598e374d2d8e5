using System.Text.Encodings.Web;
using System.Text.Json;

namespace CalendarGen.Cli;

/// <summary>How calendargen writes JSON: Vietnamese left readable (the output is not embedded in HTML).</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };
}
