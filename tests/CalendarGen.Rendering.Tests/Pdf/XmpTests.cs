using System.Xml.Linq;
using CalendarGen.Layout.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>The XMP packet agrees with the Info dictionary (issue 13), as preflight compares them.</summary>
public sealed class XmpTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfXId = "http://www.npes.org/pdfx/ns/id/";

    [Theory]
    [InlineData("wall-13", OutputProfile.Press)]
    [InlineData("desk-tent", OutputProfile.Proof)]
    [InlineData("block-trung", OutputProfile.Screen)]
    public void Title_author_tool_producer_and_dates_say_the_same_in_xmp_and_info(string name, OutputProfile profile)
    {
        using var pdf = PdfDocument.Open(RenderedCalendars.Pdf(name, 2027, profile));
        Assert.True(pdf.TryGetXmpMetadata(out var metadata));
        var xmp = Parse(metadata!);
        var info = pdf.Information;

        Assert.Equal(info.Title, Single(xmp, Dc + "title"));
        Assert.Equal(info.Subject, Single(xmp, Dc + "description"));
        Assert.Equal(info.Author, Single(xmp, Dc + "creator"));
        Assert.Equal(RenderedCalendars.Template(name).Imprint.Publisher, info.Author);
        Assert.Equal(info.Creator, Single(xmp, Xmp + "CreatorTool"));
        Assert.Equal(info.Producer, Single(xmp, Pdf + "Producer"));
        Assert.Equal("D:20260101000000+00'00'", info.CreationDate);
        Assert.Equal("D:20260101000000+00'00'", info.ModifiedDate);
        Assert.Equal("2026-01-01T00:00:00Z", Single(xmp, Xmp + "CreateDate"));
        Assert.Equal("2026-01-01T00:00:00Z", Single(xmp, Xmp + "ModifyDate"));
    }

    [Theory]
    [InlineData(OutputProfile.Press)]
    [InlineData(OutputProfile.Proof)]
    public void Print_files_state_their_pdfx_version_and_trapping_in_both(OutputProfile profile)
    {
        using var pdf = PdfDocument.Open(RenderedCalendars.Pdf("wall-7", 2027, profile));
        Assert.True(pdf.TryGetXmpMetadata(out var metadata));
        var xmp = Parse(metadata!);
        var info = pdf.Information.DocumentInformationDictionary!;

        Assert.Equal("PDF/X-1a:2003", ((StringToken)info.Data["GTS_PDFXVersion"]).Data);
        Assert.Equal("PDF/X-1a:2003", Single(xmp, PdfXId + "GTS_PDFXVersion"));
        Assert.Equal("False", ((NameToken)info.Data["Trapped"]).Data);
        Assert.Equal("False", Single(xmp, Pdf + "Trapped"));
    }

    [Fact]
    public void Screen_files_claim_no_pdfx_version()
    {
        using var pdf = PdfDocument.Open(RenderedCalendars.Pdf("wall-7", 2027, OutputProfile.Screen));
        Assert.True(pdf.TryGetXmpMetadata(out var metadata));

        Assert.Empty(Parse(metadata!).Descendants(PdfXId + "GTS_PDFXVersion"));
    }

    /// <summary>The packet as XML; it is UTF-8 (PdfPig's own parse reads it as Latin-1).</summary>
    private static XDocument Parse(UglyToad.PdfPig.Content.XmpMetadata metadata) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(metadata.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));

    /// <summary>The text of a simple property or of the one rdf:li of an Alt, Seq or Bag.</summary>
    private static string Single(XDocument xmp, XName property)
    {
        var element = Assert.Single(xmp.Descendants(property));
        var items = element.Descendants(Rdf + "li").ToList();
        return items.Count == 0 ? element.Value : Assert.Single(items).Value;
    }
}
