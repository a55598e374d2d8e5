using System.Buffers.Binary;
using System.Text;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Rendering.Png;
using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf.IO;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>
/// Die, fold and perforation lines (issue 13): on a named Separation colour, overprinting, in press and proof only;
/// Ghostscript's separations show them on their own plate and no process ink under them.
/// </summary>
public sealed class DieLineTests
{
    private static readonly DateTime Stamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The desk tent's fold line on the cover: 142 mm below the trim's top, in a press file's media (pt; bleed and a 12 mm mark margin above the trim).</summary>
    private static readonly double FoldY = (3 + 12 + 142) * 72 / 25.4;

    private static LaidOutDocument WithoutDieLines(LaidOutDocument document) =>
        document with { Pages = document.Pages.Select(p => p with { Ops = [.. p.Ops.Where(o => o is not DieLineOp)] }) };

    [Fact]
    public void The_desk_tent_cover_has_its_fold_line_and_zone_outlines_and_only_press_and_proof_have_them()
    {
        var cover = RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Press).Page(1);
        var lines = cover.Ops.OfType<DieLineOp>().ToList();

        var fold = Assert.Single(lines, l => l.Stroke == DieStroke.Fold);
        Assert.All(fold.Points, p => Assert.Equal(FoldY, p.Y, 3));
        Assert.Equal(2, lines.Count(l => l.Stroke == DieStroke.Zone)); // the wire-o strip and the glue tab
        Assert.Empty(RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Screen).Page(1).Ops.OfType<DieLineOp>());
        Assert.NotEmpty(RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Proof).Page(1).Ops.OfType<DieLineOp>());
    }

    [Fact]
    public void The_press_file_paints_the_lines_in_the_Die_separation_with_overprint_and_the_screen_file_has_none()
    {
        byte[] press = RenderedCalendars.Pdf("desk-tent", 2027, OutputProfile.Press);
        var paints = OverprintWalker.Walk(press);

        var die = paints.Where(p => p.Spot is not null).ToList();
        Assert.NotEmpty(die);
        Assert.All(die, p => Assert.Equal("Die", p.Spot));
        Assert.All(die, p => Assert.True(p.Overprints, $"page {p.Page}: {p.Operator} in Die knocks out"));
        Assert.All(die, p => Assert.Equal("S", p.Operator)); // stroked (dashes are subpaths), never filled outlines
        Assert.Contains(die, p => p.Page == 1);

        using var doc = PdfReader.Open(new MemoryStream(press), PdfDocumentOpenMode.Import);
        var space = doc.Pages[0].Elements.GetDictionary("/Resources")!.Elements.GetDictionary("/ColorSpace")!.Elements.GetArray(DieSeparation.ResourceName)!;
        Assert.Equal("/Separation", space.Elements.GetName(0));
        Assert.Equal("/Die", space.Elements.GetName(1));
        Assert.Equal("/DeviceCMYK", space.Elements.GetName(2));

        byte[] screen = RenderedCalendars.Pdf("desk-tent", 2027, OutputProfile.Screen);
        Assert.DoesNotContain(OverprintWalker.Walk(screen), p => p.Spot is not null);
        Assert.False(Contains(screen, "/Separation"));
    }

    [Fact]
    public void A_template_without_production_geometry_gets_no_separation()
    {
        byte[] pdf = RenderedCalendars.Pdf("wall-poster", 2027, OutputProfile.Press);

        Assert.False(Contains(pdf, "/Separation"));
        Assert.False(Contains(pdf, DieSeparation.ResourceName));
    }

    [Fact]
    public void The_spot_colour_can_be_renamed_and_output_stays_deterministic()
    {
        var document = RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Press) with { DieSpot = "CutContour" };

        byte[] first = PdfRenderer.Render(document, OutputProfile.Press, Stamp, RenderedCalendars.Fonts);
        byte[] second = PdfRenderer.Render(document, OutputProfile.Press, Stamp, RenderedCalendars.Fonts);

        Assert.Equal(first, second);
        Assert.True(Contains(first, "/CutContour"));
        Assert.False(Contains(first, "/Die "));
        Assert.All(OverprintWalker.Walk(first).Where(p => p.Spot is not null), p => Assert.Equal("CutContour", p.Spot));
    }

    [Fact]
    public void Previews_never_show_die_lines()
    {
        var page = RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Press).Page(1);
        Assert.Contains(page.Ops, o => o is DieLineOp);

        byte[] with = PngRenderer.Page(page, 72, showBleed: true, RenderedCalendars.Fonts);
        byte[] without = PngRenderer.Page(page with { Ops = [.. page.Ops.Where(o => o is not DieLineOp)] }, 72, showBleed: true, RenderedCalendars.Fonts);

        Assert.Equal(without, with);
    }

    [Fact]
    public void Dashes_are_stroked_segments_whose_pattern_runs_on_round_corners()
    {
        using var builder = new SkiaSharp.SKPathBuilder();
        Drawing.DieLines.Dash(builder, [new(0, 0), new(10, 0), new(10, 10)], [6, 3]);
        using var path = builder.Detach();

        // On 0–6, off 6–9, on from 9 round the corner to (10, 5) (6 long), off to (10, 8), on to the end.
        Assert.Equal([new(0, 0), new(6, 0), new(9, 0), new(10, 0), new(10, 5), new(10, 8), new(10, 10)], path.Points);
        var verbs = new List<SkiaSharp.SKPathVerb>();
        using var iterator = path.CreateRawIterator();
        var points = new SkiaSharp.SKPoint[4];
        for (var verb = iterator.Next(points); verb != SkiaSharp.SKPathVerb.Done; verb = iterator.Next(points))
        {
            verbs.Add(verb);
        }

        var (move, line) = (SkiaSharp.SKPathVerb.Move, SkiaSharp.SKPathVerb.Line);
        Assert.Equal([move, line, move, line, line, move, line], verbs);
    }

    [Fact]
    public void Preflight_accepts_the_spot_colour()
    {
        var report = Preflighter.Run(RenderedCalendars.Pdf("desk-tent", 2027, OutputProfile.Press), null, []);

        Assert.DoesNotContain(report.Findings, f => f.Severity == PreflightSeverity.Error);
    }

    [FactNeeds("qpdf")]
    public void The_press_file_with_die_lines_passes_qpdf_check()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "desk.pdf");
        File.WriteAllBytes(path, RenderedCalendars.Pdf("desk-tent", 2027, OutputProfile.Press));

        var (exit, output) = ExternalTool.Run("qpdf", "--check", path);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("WARNING", output);
    }

    [FactNeeds("gs")]
    public void Ghostscript_separates_the_fold_line_onto_the_Die_plate_and_adds_no_process_ink()
    {
        var document = RenderedCalendars.Compose("desk-tent", 2027, OutputProfile.Press);
        using var folder = new TempFolder();
        var with = Separations(PdfRenderer.Render(document, OutputProfile.Press, Stamp, RenderedCalendars.Fonts), folder.Path, "with");
        var without = Separations(PdfRenderer.Render(WithoutDieLines(document), OutputProfile.Press, Stamp, RenderedCalendars.Fonts), folder.Path, "without");

        // The process plates are the same pixel for pixel with and without the lines: the lines add no C, M, Y or K
        // and, overprinting, take none away.
        foreach (string plate in new[] { "Cyan", "Magenta", "Yellow", "Black" })
        {
            Assert.True(with[plate].Pixels.SequenceEqual(without[plate].Pixels), $"the {plate} plate changes with the die lines");
        }

        Assert.False(without.ContainsKey("Die"));
        var die = with["Die"];

        // Ink along the fold (dashed: about two thirds of the way across), none on a row well away from every line.
        int foldRow = (int)Math.Round(FoldY);
        int inked = Enumerable.Range(foldRow - 1, 3).Max(row => Enumerable.Range(0, die.Width).Count(x => die.Ink(x, row) > 128));
        Assert.True(inked > die.Width / 2, $"only {inked} of {die.Width} pixels inked on the fold row");
        Assert.Equal(0, Enumerable.Range(0, die.Width).Count(x => die.Ink(x, die.Height / 2) > 0));
    }

    /// <summary>Page 1's separations by plate name, from Ghostscript's tiffsep device (uncompressed).</summary>
    private static Dictionary<string, Plate> Separations(byte[] pdf, string folder, string name)
    {
        string input = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(input, pdf);
        string output = Path.Combine(folder, name + ".tif");
        var (exit, log) = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffsep", "-sCompression=none", "-r72",
            "-dFirstPage=1", "-dLastPage=1", "-o", output, input);
        Assert.True(exit == 0, log);
        var plates = new Dictionary<string, Plate>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(folder, name + "(*).tif"))
        {
            string plate = Path.GetFileNameWithoutExtension(file)[(name.Length + 1)..^1];
            plates[plate] = Plate.Read(File.ReadAllBytes(file));
        }

        return plates;
    }

    private static bool Contains(byte[] pdf, string text) => pdf.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    /// <summary>One separation: 8-bit grey, uncompressed, 0 = full ink (tiffsep writes BlackIsZero).</summary>
    private sealed record Plate(int Width, int Height, byte[] Pixels)
    {
        public int Ink(int x, int y) => 255 - Pixels[y * Width + x];

        /// <summary>A minimal baseline TIFF reader: the first image, 8 bits per sample, one sample, no compression.</summary>
        public static Plate Read(byte[] tiff)
        {
            bool little = tiff[0] == 'I';
            uint U32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(tiff.AsSpan(at));
            ushort U16(int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(tiff.AsSpan(at));

            int ifd = (int)U32(4);
            var tags = new Dictionary<int, (int Type, int Count, int ValueAt)>();
            for (int i = 0; i < U16(ifd); i++)
            {
                int entry = ifd + 2 + 12 * i;
                int type = U16(entry + 2), count = (int)U32(entry + 4), size = (type == 3 ? 2 : 4) * count;
                tags[U16(entry)] = (type, count, size <= 4 ? entry + 8 : (int)U32(entry + 8));
            }

            uint Value((int Type, int Count, int ValueAt) tag, int index) =>
                tag.Type == 3 ? U16(tag.ValueAt + 2 * index) : U32(tag.ValueAt + 4 * index);

            int width = (int)Value(tags[256], 0), height = (int)Value(tags[257], 0);
            Assert.Equal(8u, Value(tags[258], 0));
            Assert.Equal(1u, Value(tags[259], 0));
            var pixels = new MemoryStream(width * height);
            for (int s = 0; s < tags[273].Count; s++)
            {
                pixels.Write(tiff, (int)Value(tags[273], s), (int)Value(tags[279], s));
            }

            Assert.Equal(width * height, pixels.Length);
            return new Plate(width, height, pixels.ToArray());
        }
    }
}
