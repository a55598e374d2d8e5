using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Imposition;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Press;

namespace CalendarGen.Rendering.Tests.Imposition;

/// <summary>A block with a printed back on every day (pages.day_back), rendered and imposed work-and-turn and work-and-tumble.</summary>
public sealed class DuplexTests : IDisposable
{
    private const string Template = """
        extends: block-dai
        name: block-dai-backs
        pages:
          day_back:
            - { id: note, type: text, x: 10, y: 20, width: 125, height: 20, text: "Mặt sau {day}/{month}", size: 14 }
        """;

    private static readonly Lazy<byte[]> Pdf = new(() =>
    {
        string folder = Directory.CreateTempSubdirectory("calendargen-duplex-").FullName;
        string path = Path.Combine(folder, "block-backs.yaml");
        File.WriteAllText(path, Template);
        var document = RenderedCalendars.Compose(path, 2027, OutputProfile.Press);
        return PdfRenderer.Render(document, OutputProfile.Press, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), RenderedCalendars.Fonts);
    });

    private readonly TempFolder temp = new("calendargen-duplex-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Render_writes_each_page_followed_by_its_back_and_a_blank_behind_the_cover()
    {
        string path = temp.Write("block-backs.yaml", Template);
        var document = RenderedCalendars.Compose(path, 2027, OutputProfile.Press);

        Assert.Equal(734, document.PageCount);
        Assert.Equal(["cover", "blank", "2027-01-01", "2027-01-01 back", "2027-01-02"], document.Index.Take(5).Select(p => p.Label));
    }

    [TheoryNeeds("pdftotext")]
    [InlineData(DuplexMode.Turn)]
    [InlineData(DuplexMode.Tumble)]
    public void Each_back_lands_behind_its_front(DuplexMode duplex)
    {
        var layout = new PressLayout(650, 500, 4, 2, Duplex: duplex);
        var sheets = Imposer.Impose(Pdf.Value, layout, "backs");
        string input = Path.Combine(temp.Path, "in.pdf"), output = Path.Combine(temp.Path, "out.pdf");
        File.WriteAllBytes(input, Pdf.Value);
        File.WriteAllBytes(output, sheets.Pdf);
        var source = SheetText.Of(input);
        var imposed = SheetText.Of(output);
        var trims = ImposedBlock.Trims(Pdf.Value, layout);
        double width = SheetGeometry.Points(650), height = SheetGeometry.Points(500);

        Assert.Equal(2 * 46, imposed.PageCount);
        foreach (int sheet in new[] { 1, 2, 46 })
        {
            var plan = sheets.Plan.Sheets[sheet - 1];
            for (int s = 0; s < 8; s++)
            {
                int leaf = plan.Slots[s];
                string front = leaf < 0 ? "" : source.All((2 * leaf) + 1), back = leaf < 0 ? "" : source.All((2 * leaf) + 2);
                Assert.Equal(front, imposed.In((2 * sheet) - 1, trims[s]));
                Assert.Equal(back, imposed.In(2 * sheet, trims[s].Behind(duplex, width, height)));
            }
        }

        Assert.Contains("15/2", imposed.All(2).Split(' '));
    }
}
