using System.Text.Json;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>calendargen impose from the command line: one wall-7 press PDF rendered once per test class.</summary>
public sealed class ImposeCommandTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-impose-");
    private readonly string input;

    public ImposeCommandTests()
    {
        input = Path.Combine(temp.Path, "wall.pdf");
        Assert.Equal(0, CliRunner.Run("render", "wall-7", "--year", "2027", "-o", input).ExitCode);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Impose_writes_the_sheets_and_prints_the_pile_map()
    {
        string output = Path.Combine(temp.Path, "sheets.pdf");
        var result = CliRunner.Run("impose", input, "-o", output, "--sheet", "1000x700", "--grid", "2x1", "--map");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("7 leaves on 4 sheets", result.Output);
        Assert.Contains("pile 1: leaves 1–4", result.Output);
        Assert.Contains("pile 2: leaves 5–7 (", result.Output);
        Assert.Contains("+ 1 blank", result.Output);
        Assert.StartsWith("%PDF-", File.ReadAllText(output)[..5]);
    }

    [Fact]
    public void An_embedded_output_profile_is_carried_to_the_sheets_unchanged()
    {
        string profile = Path.Combine(AppContext.BaseDirectory, "icc", "CalendarGen-FOGRA39L-300.icc");
        string tagged = Path.Combine(temp.Path, "tagged.pdf"), output = Path.Combine(temp.Path, "tagged-sheets.pdf");
        Assert.Equal(0, CliRunner.Run("render", "wall-7", "--year", "2027", "--output-profile", profile, "-o", tagged).ExitCode);

        var result = CliRunner.Run("impose", tagged, "-o", output, "--sheet", "1000x700", "--grid", "2x1");

        Assert.True(result.ExitCode == 0, result.Error);
        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(output, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var intent = (PdfSharp.Pdf.PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)pdf.Internals.Catalog.Elements.GetArray("/OutputIntents")!.Elements[0]).Value;
        var stream = (PdfSharp.Pdf.PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)intent.Elements["/DestOutputProfile"]!).Value;
        Assert.Equal(File.ReadAllBytes(profile), stream.Stream.UnfilteredValue);
        Assert.Equal(4, stream.Elements.GetInteger("/N"));
    }

    [Fact]
    public void Sketch_writes_a_png_of_the_sheets()
    {
        string output = Path.Combine(temp.Path, "sheets.pdf"), sketch = Path.Combine(temp.Path, "sheets.png");
        var result = CliRunner.Run("impose", input, "-o", output, "--sheet", "1000x700", "--grid", "2x1", "--sketch", sketch);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(sketch)[..4]);
    }

    [Fact]
    public void Json_holds_each_pile_s_first_and_last_leaf()
    {
        string output = Path.Combine(temp.Path, "sheets.pdf"), json = Path.Combine(temp.Path, "piles.json");
        var result = CliRunner.Run("impose", input, "-o", output, "--sheet", "1000x700", "--grid", "2x1", "--json", json);

        Assert.True(result.ExitCode == 0, result.Error);
        using var map = JsonDocument.Parse(File.ReadAllBytes(json));
        var piles = map.RootElement.GetProperty("piles");
        Assert.Equal(2, piles.GetArrayLength());
        Assert.Equal(5, piles[1].GetProperty("first_leaf").GetInt32());
        Assert.Equal(7, piles[1].GetProperty("last_leaf").GetInt32());
        Assert.Equal(1, piles[1].GetProperty("blanks").GetInt32());
    }

    [Theory]
    [InlineData("--margin", "400", "needs a sheet of at least")]
    [InlineData("--duplex", "turn", "even page count")]
    public void Input_that_cannot_be_imposed_is_one_error_exit_2_and_nothing_written(string option, string value, string message)
    {
        string output = Path.Combine(temp.Path, "bad.pdf");
        string[] args = ["impose", input, "-o", output, "--sheet", "1000x700", "--grid", "2x1", option, value];
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_damaged_PDF_is_bad_input_not_a_failure()
    {
        string damaged = Path.Combine(temp.Path, "damaged.pdf"), output = Path.Combine(temp.Path, "bad.pdf");
        File.WriteAllBytes(damaged, File.ReadAllBytes(input)[..20000]);
        var result = CliRunner.Run("impose", damaged, "-o", output, "--sheet", "1000x700", "--grid", "2x1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a readable PDF", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_PDF_without_boxes_is_refused()
    {
        string output = Path.Combine(temp.Path, "bad.pdf"), plain = Path.Combine(temp.Path, "plain.pdf");
        using (var document = new PdfSharp.Pdf.PdfDocument())
        {
            document.AddPage();
            document.Save(plain);
        }

        var result = CliRunner.Run("impose", plain, "-o", output, "--sheet", "1000x700", "--grid", "2x1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("page 1 has no TrimBox or BleedBox", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_press_layout_file_sets_the_sheet_and_the_command_line_overrides_it()
    {
        string layout = temp.Write("press.yaml", "sheet: 1000x700\ngrid: 2x1\norder: repeat\n");
        string output = Path.Combine(temp.Path, "sheets.pdf");
        var result = CliRunner.Run("impose", input, "-o", output, "--layout", layout, "--order", "cut-stack");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("7 leaves on 4 sheets", result.Output);
    }

    [Fact]
    public void A_broken_press_layout_file_is_reported_with_file_and_line()
    {
        string layout = temp.Write("press.yaml", "sheet: 1000x700\ngrid: two\n");
        var result = CliRunner.Run("impose", input, "-o", Path.Combine(temp.Path, "sheets.pdf"), "--layout", layout);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("press.yaml:2:7: 'grid' must be two positive whole numbers", result.Error);
    }
}
