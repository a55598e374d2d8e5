using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Imposition;
using CalendarGen.Templates.Press;

namespace CalendarGen.Rendering.Tests.Imposition;

/// <summary>block-dai 2027 (367 leaves) and its 4×2 cut-and-stack sheets, made once and kept as files for poppler.</summary>
internal static class ImposedBlock
{
    public static readonly PressLayout Layout = new(650, 500, 4, 2);

    private static readonly Lazy<(string Input, string Sheets, ImposedSheets Result)> Files = new(() =>
    {
        byte[] input = RenderedCalendars.Pdf("block-dai", 2027, OutputProfile.Press);
        var result = Imposer.Impose(input, Layout, "block-dai-2027");
        string folder = Directory.CreateTempSubdirectory("calendargen-impose-").FullName;
        string inputPath = Path.Combine(folder, "block.pdf"), sheetsPath = Path.Combine(folder, "sheets.pdf");
        File.WriteAllBytes(inputPath, input);
        File.WriteAllBytes(sheetsPath, result.Pdf);
        return (inputPath, sheetsPath, result);
    });

    public static string InputPath => Files.Value.Input;

    public static string SheetsPath => Files.Value.Sheets;

    public static ImposedSheets Result => Files.Value.Result;

    public static byte[] Input => RenderedCalendars.Pdf("block-dai", 2027, OutputProfile.Press);

    /// <summary>Where each leaf's trim lands on a sheet of <paramref name="layout"/>, slots in reading order.</summary>
    public static IReadOnlyList<SheetRect> Trims(byte[] input, PressLayout layout)
    {
        using var document = Leaf.Open(input);
        var leaf = Leaf.ReadAll(document)[0];
        var geometry = SheetGeometry.Make(layout, leaf.Bleed.Width, leaf.Bleed.Height);
        return [.. geometry.Slots.Select(slot => new SheetRect(
            slot.X + ((slot.Width - leaf.Trim.Width) / 2), slot.Y + ((slot.Height - leaf.Trim.Height) / 2), leaf.Trim.Width, leaf.Trim.Height))];
    }
}
