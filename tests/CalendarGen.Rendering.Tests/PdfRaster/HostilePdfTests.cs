using System.Diagnostics;
using System.Text;
using CalendarGen.Rendering.PdfRaster;

namespace CalendarGen.Rendering.Tests.PdfRaster;

/// <summary>PDFs made to hurt a renderer: each is refused with a clear error or drawn within the caps, quickly.</summary>
public sealed class HostilePdfTests
{
    private static PdfPreviewImage Preview(byte[] pdf)
    {
        var clock = Stopwatch.StartNew();
        using var preview = PdfPreview.Open(pdf);
        try
        {
            return preview.Page(1, 72, PreviewBox.Media);
        }
        finally
        {
            // Not a speed test: a generous bound that only a hang or an unbounded loop would break.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        }
    }

    private static string Form(int next) =>
        HandMadePdf.Stream($"<< /Type /XObject /Subtype /Form /BBox [0 0 200 100] /Resources << /XObject << /F {next} 0 R >> >> >>", "/F Do 0 g 0 0 1 1 re f");

    [Fact]
    public void Forms_nested_deeper_than_the_cap_are_skipped()
    {
        // A chain of 40 forms, each drawing the next.
        var forms = Enumerable.Range(0, 40).Select(i => Form(i < 39 ? 6 + i : 5)).ToList();
        forms[^1] = HandMadePdf.Stream("<< /Type /XObject /Subtype /Form /BBox [0 0 200 100] >>", "0 g 0 0 1 1 re f");
        var image = Preview(HandMadePdf.Page("/F Do", "<< /XObject << /F 5 0 R >> >>", [.. forms]));
        Assert.Equal(1, image.Skipped[$"forms nested deeper than {RasterLimits.MaxFormDepth}"]);
    }

    [Fact]
    public void A_form_that_draws_itself_is_drawn_once()
    {
        var image = Preview(HandMadePdf.Page("/F Do", "<< /XObject << /F 5 0 R >> >>", Form(5)));
        Assert.Equal(1, image.Skipped["form that draws itself"]);
    }

    [Fact]
    public void Forms_that_multiply_their_work_stop_at_the_operator_cap()
    {
        // Ten levels of a form drawing the next ten times: 10^10 rectangles if nothing stopped it.
        string content = string.Concat(Enumerable.Repeat("/F Do ", 10)) + "0 g 0 0 1 1 re f";
        var forms = Enumerable.Range(0, 10).Select(i => HandMadePdf.Stream(
            $"<< /Type /XObject /Subtype /Form /BBox [0 0 200 100] /Resources << /XObject << /F {6 + i} 0 R >> >> >>", content)).ToList();
        forms.Add(HandMadePdf.Stream("<< /Type /XObject /Subtype /Form /BBox [0 0 200 100] >>", "0 g 0 0 1 1 re f"));
        var e = Assert.Throws<PdfPreviewException>(() => Preview(HandMadePdf.Page("/F Do", "<< /XObject << /F 5 0 R >> >>", [.. forms])));
        Assert.Contains("more than 1,000,000 drawing operators", e.Message);
    }

    [Fact]
    public void An_image_claiming_a_huge_size_is_refused_before_its_pixels_are_read()
    {
        string image = HandMadePdf.Stream("<< /Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 >>", "tiny");
        var e = Assert.Throws<PdfPreviewException>(() => Preview(HandMadePdf.Page("q 200 0 0 100 0 0 cm /Im Do Q", "<< /XObject << /Im 5 0 R >> >>", image)));
        Assert.Contains("100000 × 100000 pixels", e.Message);
    }

    [Fact]
    public void A_short_image_is_skipped_not_read_past_its_end()
    {
        string image = HandMadePdf.Stream("<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceRGB /BitsPerComponent 8 >>", "tiny");
        var image2 = Preview(HandMadePdf.Page("q 200 0 0 100 0 0 cm /Im Do Q", "<< /XObject << /Im 5 0 R >> >>", image));
        Assert.Equal(1, image2.Skipped["image"]);
    }

    [Fact]
    public void A_content_stream_that_inflates_past_the_cap_is_refused()
    {
        byte[] bomb = new byte[RasterLimits.MaxStreamBytes + 1024];
        Array.Fill(bomb, (byte)' ');
        string form = HandMadePdf.Deflated("<< /Type /XObject /Subtype /Form /BBox [0 0 200 100] >>", bomb);
        var e = Assert.Throws<PdfPreviewException>(() => Preview(HandMadePdf.Page("/F Do", "<< /XObject << /F 5 0 R >> >>", form)));
        Assert.Contains("decodes to more than 64 MB", e.Message);
    }

    [Fact]
    public void Garbage_content_is_a_clear_error_or_draws_nothing_but_never_crashes()
    {
        var random = new Random(14);
        for (int run = 0; run < 20; run++)
        {
            var bytes = new byte[2000];
            random.NextBytes(bytes);
            string content = Encoding.Latin1.GetString(bytes).Replace("endstream", "endstrean", StringComparison.Ordinal);
            try
            {
                var image = Preview(HandMadePdf.Page(content));
                Assert.True(image.Png.Length > 0);
            }
            catch (PdfPreviewException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }
    }

    [Fact]
    public void A_damaged_calendar_pdf_renders_or_is_a_clear_error()
    {
        // Random bytes changed in wall-13's press file (its streams and fonts are in the second half): each run either
        // draws page 8 or throws the preview's own exception, never another one.
        byte[] original = RenderedCalendars.Pdf("wall-13", 2027, Layout.Document.OutputProfile.Press);
        var random = new Random(1402);
        int drawn = 0;
        for (int run = 0; run < 40; run++)
        {
            byte[] pdf = (byte[])original.Clone();
            for (int i = 0; i < 12; i++)
            {
                pdf[random.Next(pdf.Length / 2, pdf.Length)] = (byte)random.Next(256);
            }

            try
            {
                using var preview = PdfPreview.Open(pdf);
                if (preview.PageCount > 0)
                {
                    Assert.True(preview.Page(Math.Min(8, preview.PageCount), 20, PreviewBox.Media).Png.Length > 0);
                    drawn++;
                }
            }
            catch (PdfPreviewException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }

        Assert.InRange(drawn, 1, 40);
    }
}
