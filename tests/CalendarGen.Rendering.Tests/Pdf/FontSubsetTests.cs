using System.Buffers.Binary;
using System.Text.RegularExpressions;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Pdf;
using SkiaSharp;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>Embedded fonts are real subsets (issue 13): only the glyphs drawn, at their original ids.</summary>
public sealed partial class FontSubsetTests
{
    private static string FontPath(string file) => Path.Combine(RepositoryRoot.Path, "fonts", file);

    [Fact]
    public void A_subset_keeps_the_glyphs_asked_for_at_their_ids_and_empties_the_rest()
    {
        byte[] whole = File.ReadAllBytes(FontPath("BeVietnamPro_400Regular.ttf"));
        using var wholeFace = SKTypeface.FromData(SKData.CreateCopy(whole));
        using var wholeFont = new SKFont(wholeFace, 100);
        ushort[] kept = wholeFont.GetGlyphs("Tháng Một ữ");
        ushort dropped = wholeFont.GetGlyphs("Q")[0];

        byte[] subset = HarfBuzzSubset.Subset(whole, kept.Select(g => (int)g));
        using var subsetFace = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var subsetFont = new SKFont(subsetFace, 100);

        Assert.True(subset.Length < whole.Length / 10, $"{subset.Length} of {whole.Length} bytes");
        foreach (ushort glyph in kept.Where(g => g != wholeFont.GetGlyphs(" ")[0]))
        {
            Assert.Equal(wholeFont.GetGlyphPath(glyph).ToSvgPathData(), subsetFont.GetGlyphPath(glyph).ToSvgPathData());
        }

        Assert.NotEqual("", wholeFont.GetGlyphPath(dropped).ToSvgPathData());
        Assert.Equal("", subsetFont.GetGlyphPath(dropped)?.ToSvgPathData() ?? "");
    }

    [Fact]
    public void Subset_tags_are_six_capitals_that_differ_with_the_glyph_set()
    {
        string a = FontSubsets.Tag("/AAAAAA+BeVietnamPro-Bold", [1, 2, 3]);
        string b = FontSubsets.Tag("/AAAAAA+BeVietnamPro-Bold", [1, 2, 4]);
        string c = FontSubsets.Tag("/BAAAAA+NotoSerif-Bold", [1, 2, 3]);

        Assert.Matches("^[A-Z]{6}$", a);
        Assert.Equal(a, FontSubsets.Tag("/BeVietnamPro-Bold", [1, 2, 3]));
        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
    }

    [FactNeeds("pdffonts", "pdftotext")]
    public void Pdffonts_sees_small_distinct_subsets_and_the_text_extracts_as_before()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "wall-13.pdf");
        byte[] pdf = RenderedCalendars.Pdf("wall-13", 2027, OutputProfile.Press);
        File.WriteAllBytes(path, pdf);

        var (_, listing) = ExternalTool.Run("pdffonts", path);
        var rows = listing.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        var tags = rows.Select(r => SubsetName().Match(r)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(tags, t => Assert.True(t.Success, listing));
        Assert.Equal(rows.Count, tags.Select(t => t.Groups[1].Value).Distinct().Count());
        Assert.DoesNotContain(tags, t => t.Groups[1].Value.EndsWith("AAAAA", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", r));

        // Fonts were 93 % of this file when embedded whole; the issue's target is at most 20 %.
        long fontBytes = FontFileLengths(pdf).Sum();
        Assert.True(fontBytes <= pdf.Length / 5, $"fonts {fontBytes} of {pdf.Length} bytes");

        var (_, text) = ExternalTool.Run("pdftotext", "-f", "2", "-l", "2", path, "-");
        Assert.Contains("THÁNG MỘT", text);
        Assert.Contains("Năm 2027 · Đinh Mùi", text);
    }

    [Fact]
    public void Subset_glyph_counts_are_those_the_pages_draw()
    {
        byte[] pdf = RenderedCalendars.Pdf("wall-13", 2027, OutputProfile.Press);
        using var doc = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var files = doc.Internals.GetAllObjects().OfType<PdfSharp.Pdf.PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/FontDescriptor")
            .Select(d => d.Elements.GetDictionary("/FontFile2")!.Stream.UnfilteredValue).ToList();

        Assert.NotEmpty(files);
        foreach (byte[] font in files)
        {
            var (glyphs, drawn) = GlyphCounts(font);
            Assert.True(drawn is > 10 and < 300, $"{drawn} glyphs with outlines of {glyphs}");
        }
    }

    private static IEnumerable<long> FontFileLengths(byte[] pdf)
    {
        using var doc = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return [.. doc.Internals.GetAllObjects().OfType<PdfSharp.Pdf.PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/FontDescriptor")
            .Select(d => (long)d.Elements.GetDictionary("/FontFile2")!.Stream.Value.Length)];
    }

    /// <summary>numGlyphs (maxp) and how many glyphs have outline data (loca entries of non-zero length).</summary>
    private static (int Glyphs, int Drawn) GlyphCounts(byte[] font)
    {
        var tables = new Dictionary<string, (int Offset, int Length)>();
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (int i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + 16 * i);
            tables[System.Text.Encoding.ASCII.GetString(entry[..4])] =
                ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }

        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"].Offset + 4));
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"].Offset + 50)) == 1;
        int loca = tables["loca"].Offset;
        long Offset(int g) => longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + 4 * g)) : 2L * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + 2 * g));
        int drawn = Enumerable.Range(0, glyphs).Count(g => Offset(g + 1) > Offset(g));
        return (glyphs, drawn);
    }

    [GeneratedRegex(@"^([A-Z]{6})\+\S+\s+CID TrueType")]
    private static partial Regex SubsetName();
}
