using System.Text;
using CalendarGen.Rendering.PdfRaster;
using CalendarGen.Rendering.Tests.Imposition;
using SkiaSharp;

namespace CalendarGen.Rendering.Tests.PdfRaster;

public sealed class PdfPreviewTests
{
    // At 72 dpi a point is a pixel; PDF y runs up, so point (x, y) is pixel (x, Height − 1 − y).
    private static Pixels Draw(byte[] pdf, out IReadOnlyDictionary<string, int> skipped)
    {
        using var preview = PdfPreview.Open(pdf);
        var image = preview.Page(1, 72, PreviewBox.Media);
        skipped = image.Skipped;
        return Pixels.Decode(image.Png);
    }

    private static SKColor At(Pixels pixels, int x, int y) => pixels[x, HandMadePdf.Height - 1 - y];

    private static void AssertNear(SKColor expected, SKColor actual, int tolerance = 3) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) <= tolerance && Math.Abs(expected.Green - actual.Green) <= tolerance
            && Math.Abs(expected.Blue - actual.Blue) <= tolerance, $"expected {expected}, got {actual}");

    [Fact]
    public void Rectangles_fill_in_device_gray_rgb_and_cmyk()
    {
        var pixels = Draw(HandMadePdf.Page("0.5 g 10 10 20 20 re f 1 0 0 rg 40 10 20 20 re f 0 0 0 1 k 70 10 20 20 re f"), out _);
        AssertNear(new SKColor(128, 128, 128), At(pixels, 20, 20));
        AssertNear(new SKColor(255, 0, 0), At(pixels, 50, 20));
        AssertNear(new SKColor(35, 31, 32), At(pixels, 80, 20)); // solid black as a proof shows it
        AssertNear(SKColors.White, At(pixels, 100, 50));
    }

    [Fact]
    public void A_cmyk_tint_is_close_to_what_a_proof_shows()
    {
        // 100 % magenta and yellow over paper: Ghostscript's default profile shows (237, 28, 36).
        var pixels = Draw(HandMadePdf.Page("0 1 1 0 k 10 10 20 20 re f"), out _);
        AssertNear(new SKColor(237, 28, 36), At(pixels, 20, 20));
    }

    [Fact]
    public void Even_odd_fill_leaves_the_hole_and_strokes_have_their_width()
    {
        var pixels = Draw(HandMadePdf.Page("0 g 10 10 80 80 re 30 30 40 40 re f* 1 0 0 RG 10 w 120 10 m 120 90 l S"), out _);
        AssertNear(SKColors.Black, At(pixels, 15, 50));
        AssertNear(SKColors.White, At(pixels, 50, 50));
        AssertNear(new SKColor(255, 0, 0), At(pixels, 116, 50));
        AssertNear(new SKColor(255, 0, 0), At(pixels, 123, 50));
        AssertNear(SKColors.White, At(pixels, 128, 50));
    }

    [Fact]
    public void A_clip_path_limits_what_follows_until_Q()
    {
        var pixels = Draw(HandMadePdf.Page("q 0 0 50 100 re W n 0 g 0 0 200 100 re f Q 0 0 1 rg 150 0 50 100 re f"), out _);
        AssertNear(SKColors.Black, At(pixels, 25, 50));
        AssertNear(SKColors.White, At(pixels, 100, 50));
        AssertNear(new SKColor(0, 0, 255), At(pixels, 175, 50));
    }

    [Fact]
    public void Forms_nest_with_their_matrices_and_clip_to_their_bbox()
    {
        // Form 5 moves its origin to (100, 0) and draws form 6, whose BBox is 0..40 × 0..40 but which fills 0..100 ×
        // 0..100: only the BBox shows, at x 100..140.
        string outer = HandMadePdf.Stream("<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 100 0] /Resources << /XObject << /In 6 0 R >> >> >>", "/In Do");
        string inner = HandMadePdf.Stream("<< /Type /XObject /Subtype /Form /BBox [0 0 40 40] >>", "0 1 0 rg 0 0 100 100 re f");
        var pixels = Draw(HandMadePdf.Page("/Out Do", "<< /XObject << /Out 5 0 R >> >>", outer, inner), out var skipped);
        AssertNear(new SKColor(0, 255, 0), At(pixels, 120, 20));
        AssertNear(SKColors.White, At(pixels, 150, 20));
        AssertNear(SKColors.White, At(pixels, 120, 60));
        AssertNear(SKColors.White, At(pixels, 20, 20));
        Assert.Empty(skipped);
    }

    [Fact]
    public void A_flate_image_fills_its_unit_square_first_row_at_the_top()
    {
        // 2 × 2 RGB: red, green over blue, white; placed on 0..100 × 0..100.
        byte[] samples = [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255];
        string image = HandMadePdf.Deflated("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Interpolate false >>", samples);
        var pixels = Draw(HandMadePdf.Page("q 100 0 0 100 0 0 cm /Im Do Q", "<< /XObject << /Im 5 0 R >> >>", image), out var skipped);
        Assert.Empty(skipped);
        AssertNear(new SKColor(255, 0, 0), At(pixels, 5, 95), 8);
        AssertNear(new SKColor(0, 255, 0), At(pixels, 95, 95), 8);
        AssertNear(new SKColor(0, 0, 255), At(pixels, 5, 5), 8);
        AssertNear(SKColors.White, At(pixels, 150, 50));
    }

    [Fact]
    public void A_separation_colour_is_drawn_through_its_tint_function()
    {
        // A spot ink whose alternate is 100 % magenta and yellow: at tint 1 it looks like that CMYK, at 0 like paper.
        string space = "[/Separation /Spot /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 1 1 0] /N 1 >>]";
        var pixels = Draw(HandMadePdf.Page("/CS0 cs 1 sc 10 10 20 20 re f 0 sc 40 10 20 20 re f", $"<< /ColorSpace << /CS0 {space} >> >>"), out var skipped);
        Assert.Empty(skipped);
        AssertNear(new SKColor(237, 28, 36), At(pixels, 20, 20));
        AssertNear(SKColors.White, At(pixels, 50, 20));
    }

    [Fact]
    public void A_jpeg_image_is_decoded()
    {
        using var bitmap = new SKBitmap(8, 8);
        bitmap.Erase(new SKColor(0, 0, 255));
        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        string image = HandMadePdf.Stream("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode >>",
            Encoding.Latin1.GetString(jpeg.ToArray()));
        var pixels = Draw(HandMadePdf.Page("q 50 0 0 50 0 0 cm /Im Do Q", "<< /XObject << /Im 5 0 R >> >>", image), out var skipped);
        Assert.Empty(skipped);
        AssertNear(new SKColor(0, 0, 255), At(pixels, 25, 25), 10);
        AssertNear(SKColors.White, At(pixels, 100, 25));
    }

    [Fact]
    public void An_unsupported_feature_is_skipped_and_counted_and_the_rest_drawn()
    {
        string shading = "<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 200 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >> >>";
        var pixels = Draw(HandMadePdf.Page("/Sh0 sh /Pattern cs /P0 scn 0 0 50 50 re f 0 g 150 0 50 50 re f", "<< /Shading << /Sh0 5 0 R >> >>", shading), out var skipped);
        Assert.Equal(1, skipped["shading"]);
        Assert.True(skipped.ContainsKey("colour space"));
        AssertNear(SKColors.Black, At(pixels, 175, 25));
    }

    [Fact]
    public void Glyphs_of_an_embedded_font_are_drawn()
    {
        // The real thing: the day number of block-dai's 30/7 leaf is dark where a blank page would be white.
        var pixels = GhostscriptOracleTests.Ours(RenderedCalendars.Pdf("block-dai", 2027, Layout.Document.OutputProfile.Press), 212);
        Assert.InRange(pixels.MeanGrey(0.30, 0.26, 0.70, 0.40), 0, 150);
    }

    [Fact]
    public void The_same_sheet_gives_the_same_png_bytes_twice()
    {
        byte[] pdf = ImposedBlock.Result.Pdf;
        byte[] first, second;
        using (var preview = PdfPreview.Open(pdf))
        {
            first = preview.Page(1, 30, PreviewBox.Media).Png;
        }

        using (var preview = PdfPreview.Open(pdf))
        {
            second = preview.Page(1, 30, PreviewBox.Media).Png;
        }

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_trim_box_is_the_finished_leaf_and_the_media_box_the_whole_sheet()
    {
        using var preview = PdfPreview.Open(RenderedCalendars.Pdf("block-dai", 2027, Layout.Document.OutputProfile.Press));
        var trim = preview.Page(1, 72, PreviewBox.Trim);
        var media = preview.Page(1, 72, PreviewBox.Media);
        Assert.Equal((411, 581), (trim.Width, trim.Height)); // 145 × 205 mm
        Assert.True(media.Width > trim.Width + 30 && media.Height > trim.Height + 30);
    }

    [Fact]
    public void A_contact_sheet_shows_the_chosen_sheets_side_by_side()
    {
        using var preview = PdfPreview.Open(ImposedBlock.Result.Pdf);
        var image = preview.ContactSheet([1, 2, 3, 4], 200, PreviewBox.Media);
        var pixels = Pixels.Decode(image.Png);
        Assert.Equal(image.Width, pixels.Width);
        Assert.True(image.Width > 2 * 200, $"{image.Width} wide");
        Assert.InRange(pixels.MeanGrey(0, 0, 1, 1), 100, 254); // drawn, not blank
    }

    [Fact]
    public void Garbage_is_not_a_pdf()
    {
        var e = Assert.Throws<PdfPreviewException>(() => PdfPreview.Open(Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not a PDF at all")));
        Assert.Contains("not a readable PDF", e.Message);
    }
}
