using CalendarGen.Domain.Lunar;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>
/// Every shipped template for 2021, 2027 and 2030 in press, proof and screen, read back with PdfPig: page count,
/// page boxes, both 30/7 annotations on the right page, the lunar date on the Tết page, no RGB in print files.
/// </summary>
public sealed class ShippedTemplatePdfTests
{
    private const double MmToPt = 72 / 25.4;

    public static TheoryData<string, int, OutputProfile> Cases()
    {
        var data = new TheoryData<string, int, OutputProfile>();
        foreach (string name in new[] { "block-dai", "block-trung", "desk-tent", "wall-13", "wall-7", "wall-poster" })
        {
            foreach (int year in new[] { 2021, 2027, 2030 })
            {
                foreach (var profile in Enum.GetValues<OutputProfile>())
                {
                    data.Add(name, year, profile);
                }
            }
        }

        // The photo calendar: every year on screen, press and proof once (each converts 13 photos of 9 megapixels).
        foreach (int year in new[] { 2021, 2027, 2030 })
        {
            data.Add("wall-13-photo", year, OutputProfile.Screen);
        }

        data.Add("wall-13-photo", 2027, OutputProfile.Press);
        data.Add("wall-13-photo", 2027, OutputProfile.Proof);

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_pdf_has_the_products_pages_boxes_annotations_and_colours(string name, int year, OutputProfile profile)
    {
        var template = RenderedCalendars.Template(name);
        using var pdf = PdfDocument.Open(RenderedCalendars.Pdf(name, year, profile));

        Assert.Equal(ExpectedPages(template, year), pdf.NumberOfPages);

        double trimWidth = template.Page.Width * MmToPt, trimHeight = template.Page.Height * MmToPt;
        double bleed = profile == OutputProfile.Screen ? 0 : template.Page.Bleed * MmToPt;
        foreach (var page in pdf.GetPages())
        {
            var trim = Box(page, "TrimBox");
            Assert.Equal(trimWidth, trim[2] - trim[0], 0.01);
            Assert.Equal(trimHeight, trim[3] - trim[1], 0.01);
            var bleedBox = Box(page, "BleedBox");
            Assert.Equal(trimWidth + 2 * bleed, bleedBox[2] - bleedBox[0], 0.01);
            Assert.Equal(trimHeight + 2 * bleed, bleedBox[3] - bleedBox[1], 0.01);
            var media = page.MediaBox.Bounds;
            Assert.True(media.Width >= bleedBox[2] - bleedBox[0] - 0.01 && media.Height >= bleedBox[3] - bleedBox[1] - 0.01);
            if (profile != OutputProfile.Screen)
            {
                Assert.DoesNotContain(page.Operations, op => op is SetNonStrokeColorDeviceRgb or SetStrokeColorDeviceRgb);
                Assert.Contains(page.Operations, op => op is SetNonStrokeColorDeviceCmyk);
            }
        }

        // Both 30/7 annotations on the page showing 30 July.
        // (Compared without white space: a wrapped list breaks a name across lines.)
        string july = Squash(Text(pdf, PageShowing(template, year, new NodaTime.LocalDate(year, 7, 30))));
        Assert.Contains(Squash("Ngày thế giới phòng chống mua bán người"), july);
        Assert.Contains(Squash("Ngày toàn dân phòng, chống mua bán người"), july);

        // The lunar date on the page showing Tết.
        var tet = VietnameseLunarCalendar.GetYear(year).FirstDay;
        string tetPage = Squash(Text(pdf, PageShowing(template, year, tet)));
        Assert.Contains(template.Kind == ProductKind.Block ? "ThángGiêng" : "1/1", tetPage);

        if (profile != OutputProfile.Screen)
        {
            var catalog = pdf.Structure.Catalog.CatalogDictionary;
            Assert.True(catalog.ContainsKey(NameToken.Create("OutputIntents")));
            Assert.Contains("PDF/X-1a:2003", System.Text.Encoding.Latin1.GetString(RenderedCalendars.Pdf(name, year, profile)));
        }

        if (profile == OutputProfile.Proof)
        {
            Assert.Contains(Squash("BẢN IN THỬ"), Squash(Text(pdf, 1)));
            Assert.Contains(Squash($"{name} · {year} · trang 1/{pdf.NumberOfPages}"), Squash(Text(pdf, 1)));
        }
    }

    private static int ExpectedPages(Template template, int year) => template.Kind switch
    {
        ProductKind.Block => NodaTime.CalendarSystem.Iso.GetDaysInYear(year) + template.Pages.Keys.Count(r => r is PageRole.Cover or PageRole.Back),
        ProductKind.Desk => 13,
        _ when template.Pages.ContainsKey(PageRole.Month) => 13,
        _ when template.Pages.ContainsKey(PageRole.TwoMonths) => 7,
        _ => 1,
    };

    /// <summary>The 1-based page that shows a date, from the layout's page index (cover first).</summary>
    private static int PageShowing(Template template, int year, NodaTime.LocalDate date)
    {
        if (template.Kind == ProductKind.Wall && template.Pages.ContainsKey(PageRole.Year))
        {
            return 1;
        }

        var document = RenderedCalendars.Compose(template.Name, year, OutputProfile.Screen);
        return document.Index.First(p => p.Shows(date)).Number;
    }

    /// <summary>The page's text in drawing order (the order of the template's frames).</summary>
    private static string Text(PdfDocument pdf, int page) =>
        ContentOrderTextExtractor.GetText(pdf.GetPage(page)).Normalize(System.Text.NormalizationForm.FormC);

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static double[] Box(Page page, string name)
    {
        Assert.True(page.Dictionary.TryGet(NameToken.Create(name), out ArrayToken array), $"page {page.Number} has no /{name}");
        return [.. array.Data.OfType<NumericToken>().Select(n => n.Double)];
    }
}
