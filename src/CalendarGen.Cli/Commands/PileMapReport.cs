using System.Text.Json;
using CalendarGen.Rendering.Imposition;

namespace CalendarGen.Cli.Commands;

/// <summary>The pile map for the bindery: printed by impose --map, written as JSON by --json.</summary>
internal static class PileMapReport
{
    public static void Write(TextWriter output, ImposedSheets sheets)
    {
        if (sheets.Piles.IsEmpty)
        {
            output.WriteLine("sequential order: no piles");
            return;
        }

        int sets = sheets.Piles[^1].Set;
        foreach (var pile in sheets.Piles)
        {
            string set = sets > 1 ? $"set {pile.Set}, " : "";
            output.WriteLine($"pile {pile.Describe()} — {set}slot {pile.Slot}");
        }
    }

    public static byte[] Json(ImposedSheets sheets, string job)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("job", job);
            json.WriteNumber("leaves", sheets.Leaves);
            json.WriteNumber("sheets", sheets.Plan.Sheets.Length);
            json.WriteStartArray("piles");
            foreach (var pile in sheets.Piles)
            {
                json.WriteStartObject();
                json.WriteNumber("pile", pile.Number);
                json.WriteNumber("set", pile.Set);
                json.WriteNumber("slot", pile.Slot);
                if (pile.FirstLeaf > 0)
                {
                    json.WriteNumber("first_leaf", pile.FirstLeaf);
                    json.WriteNumber("last_leaf", pile.LastLeaf);
                }

                Optional(json, "first_label", pile.FirstLabel);
                Optional(json, "last_label", pile.LastLabel);
                json.WriteNumber("blanks", pile.Blanks);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
