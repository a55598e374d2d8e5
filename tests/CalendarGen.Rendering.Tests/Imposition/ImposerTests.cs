using System.Text.RegularExpressions;
using CalendarGen.Rendering.Imposition;
using CalendarGen.Templates.Press;

namespace CalendarGen.Rendering.Tests.Imposition;

/// <summary>block-dai 2027 imposed 4×2 cut-and-stack, read back with poppler and qpdf as a printing house would.</summary>
public sealed class ImposerTests
{
    [FactNeeds("pdftotext")]
    public void Sheet_one_carries_leaves_1_47_93_and_on_in_slot_order()
    {
        var trims = ImposedBlock.Trims(ImposedBlock.Input, ImposedBlock.Layout);
        int[] expected = [1, 47, 93, 139, 185, 231, 277, 323];
        for (int s = 0; s < 8; s++)
        {
            var t = trims[s];
            string slot = Text(ImposedBlock.SheetsPath, 1, t);
            string leaf = Text(ImposedBlock.InputPath, expected[s], null);
            Assert.False(string.IsNullOrWhiteSpace(leaf));
            Assert.Equal(leaf, slot);
        }
    }

    [FactNeeds("pdftotext")]
    public void Cutting_the_stack_and_reading_pile_after_pile_gives_all_367_leaves_in_order()
    {
        var sheets = SheetText.Of(ImposedBlock.SheetsPath);
        var input = SheetText.Of(ImposedBlock.InputPath);
        var trims = ImposedBlock.Trims(ImposedBlock.Input, ImposedBlock.Layout);
        Assert.Equal(46, sheets.PageCount);

        var read = new List<string>();
        for (int slot = 0; slot < 8; slot++)
        {
            for (int sheet = 1; sheet <= 46; sheet++)
            {
                read.Add(sheets.In(sheet, trims[slot]));
            }
        }

        Assert.Equal([.. Enumerable.Range(1, 367).Select(input.All), ""], read);
    }

    [FactNeeds("qpdf")]
    public void Qpdf_finds_nothing_to_complain_about_even_decoding_every_stream()
    {
        var (exit, output) = ExternalTool.Run("qpdf", "--check", "--decode-level=all", ImposedBlock.SheetsPath);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("WARNING", output);
        string qdf = ImposedBlock.SheetsPath + ".qdf";
        (exit, output) = ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", ImposedBlock.SheetsPath, qdf);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("WARNING", output);
    }

    [FactNeeds("pdffonts")]
    public void Each_font_is_embedded_once_not_once_per_leaf()
    {
        var (_, output) = ExternalTool.Run("pdffonts", ImposedBlock.SheetsPath);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.InRange(rows.Count, 2, 8);
        Assert.All(rows, r => Assert.Contains(" yes yes ", r));
        var names = rows.Select(r => r.Split(' ')[0]).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains(names, n => n.EndsWith("+BeVietnamPro-Bold", StringComparison.Ordinal));
    }

    [FactNeeds("qpdf")]
    public void No_RGB_and_the_marks_are_in_all_four_inks()
    {
        string qdf = ImposedBlock.SheetsPath + ".rgb.qdf";
        ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", ImposedBlock.SheetsPath, qdf);
        string text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
        Assert.DoesNotMatch(new Regex(@"\s(rg|RG)\s|/DeviceRGB|/CalRGB|/ICCBased"), text);
        Assert.Contains("1 1 1 1 K", text);
    }

    [Fact]
    public void The_sheets_keep_the_PDF_X_identification_and_have_their_own_boxes()
    {
        using var document = Leaf.Open(ImposedBlock.Result.Pdf);
        Assert.Equal("PDF/X-1a:2003", document.Info.Elements.GetString("/GTS_PDFXVersion"));
        Assert.NotNull(document.Internals.Catalog.Elements.GetArray("/OutputIntents"));
        var page = document.Pages[0];
        Assert.Equal(650 * 72 / 25.4, page.TrimBox.Width, 2);
        Assert.Equal(500 * 72 / 25.4, page.BleedBox.Height, 2);
    }

    [Fact]
    public void The_pile_map_names_each_pile_s_first_and_last_date_from_the_page_labels()
    {
        var piles = ImposedBlock.Result.Piles;

        Assert.Equal(8, piles.Length);
        Assert.Equal("2: leaves 47–92 (2027-02-15 … 2027-04-01)", piles[1].Describe());
        Assert.Equal("8: leaves 323–367 (2027-11-18 … back) + 1 blank", piles[7].Describe());
    }

    [FactNeeds("pdftotext")]
    public void The_notes_page_leaves_the_run_and_fills_the_empty_slots()
    {
        var result = Imposer.Impose(ImposedBlock.Input, ImposedBlock.Layout with { NotesPage = 367 }, "notes");
        string path = Path.Combine(Path.GetDirectoryName(ImposedBlock.SheetsPath)!, "notes.pdf");
        File.WriteAllBytes(path, result.Pdf);
        var trims = ImposedBlock.Trims(ImposedBlock.Input, ImposedBlock.Layout);

        Assert.Equal(366, result.Leaves);
        Assert.Equal([-1, -1], result.Plan.Sheets.TakeLast(2).Select(s => s.Slots[7]));
        string notes = SheetText.Of(ImposedBlock.InputPath).All(367);
        Assert.NotEmpty(notes);
        Assert.Equal(notes, SheetText.Of(path).In(46, trims[7]));
    }

    [Fact]
    public void The_sketch_has_a_tile_for_every_sheet_side_six_to_a_row()
    {
        byte[] png = SheetSketch.ContactSheet(ImposedBlock.Result, ImposedBlock.Layout.Gripper, tileWidth: 100);

        using var image = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((6 * 112) + 12, image.Width);
        int tileHeight = (int)Math.Ceiling(100 * 500 / 650.0) + 18;
        Assert.Equal((8 * (tileHeight + 12)) + 12, image.Height);
    }

    [Fact]
    public void The_same_input_and_layout_give_the_same_bytes()
    {
        var again = Imposer.Impose(ImposedBlock.Input, ImposedBlock.Layout, "block-dai-2027");
        Assert.Equal(ImposedBlock.Result.Pdf, again.Pdf);
    }

    [Fact]
    public void A_leaf_larger_than_its_slot_is_refused()
    {
        var e = Assert.Throws<ImpositionException>(() => Imposer.Impose(ImposedBlock.Input, ImposedBlock.Layout with { SlotWidth = 140, SlotHeight = 200 }, "x"));
        Assert.Contains("larger than the 140×200 mm slot", e.Message);
    }

    [Fact]
    public void A_grid_larger_than_the_sheet_is_refused()
    {
        var e = Assert.Throws<ImpositionException>(() => Imposer.Impose(ImposedBlock.Input, ImposedBlock.Layout with { Columns = 5 }, "x"));
        Assert.Contains("needs a sheet of at least", e.Message);
    }

    [Fact]
    public void Pages_without_boxes_are_refused()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);

        var e = Assert.Throws<ImpositionException>(() => Imposer.Impose(stream.ToArray(), ImposedBlock.Layout, "x"));
        Assert.Contains("page 1 has no TrimBox or BleedBox", e.Message);
    }

    [Fact]
    public void Duplex_input_with_an_odd_page_count_is_refused()
    {
        var e = Assert.Throws<ImpositionException>(() => Imposer.Impose(ImposedBlock.Input, ImposedBlock.Layout with { Duplex = DuplexMode.Turn }, "x"));
        Assert.Contains("even page count; the input has 367 pages", e.Message);
    }

    private static string Text(string path, int page, SheetRect? area)
    {
        string p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        List<string> args = ["-f", p, "-l", p];
        if (area is { } a)
        {
            args.AddRange(["-x", I(a.X), "-y", I(a.Y), "-W", I(a.Width), "-H", I(a.Height)]);
        }

        var (exit, output) = ExternalTool.Run("pdftotext", [.. args, path, "-"]);
        Assert.Equal(0, exit);
        return string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    private static string I(double value) => ((int)Math.Round(value)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
