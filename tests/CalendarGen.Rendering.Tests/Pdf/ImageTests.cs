using CalendarGen.Domain.Calendar;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Observances;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>Images in templates: SVG stays vector and prints in palette CMYK; raster images never reach a press file as RGB.</summary>
public sealed class ImageTests : IDisposable
{
    // block-dai's palette: red #E30613, ink #1D1D1B, jade #1F8A70.
    private const string PaletteLogo = """
        <svg xmlns="http://www.w3.org/2000/svg" width="100" height="60" viewBox="0 0 100 60">
          <rect width="100" height="60" fill="#E30613"/><circle cx="30" cy="30" r="20" fill="#1D1D1B"/>
          <path d="M60 10 L90 30 L60 50 Z" fill="#1F8A70"/>
        </svg>
        """;

    // A 1 × 1 red PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private readonly TempFolder temp = new("calendargen-images-");

    public void Dispose() => temp.Dispose();

    private byte[] Render(string image, OutputProfile profile)
    {
        string template = temp.Write("t.yaml", $"extends: block-dai\npages:\n  cover:\n    - {{ id: logo, type: image, x: 55, y: 60, width: 35, height: 10, path: {image} }}\n");
        var loaded = TemplateLoader.Load(template);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var calendar = CalendarYear.Build(2027, ObservanceSets.Shipped("vn"));
        var document = Composer.Compose(loaded.Value!, calendar, new Fonts.SkiaTextMeasurer(RenderedCalendars.Fonts), profile, new NodaTime.LocalDate(2026, 1, 1));
        return PdfRenderer.Render(document with { Pages = document.Pages.Take(1) }, profile, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), RenderedCalendars.Fonts);
    }

    [Fact]
    public void An_svg_in_palette_colours_prints_as_vector_cmyk()
    {
        temp.Write("logo.svg", PaletteLogo);
        using var pdf = PdfDocument.Open(Render("logo.svg", OutputProfile.Press));
        var page = pdf.GetPage(1);
        Assert.DoesNotContain(page.Operations, op => op is SetNonStrokeColorDeviceRgb or SetStrokeColorDeviceRgb);
        Assert.Equal(0, page.NumberOfImages);
        var inks = page.Operations.OfType<SetNonStrokeColorDeviceCmyk>().Select(k => (k.C, k.M, k.Y, k.K)).ToList();
        Assert.Contains((0.0, 1.0, 1.0, 0.0), inks); // red: the palette's CMYK, not a conversion of #E30613
    }

    [Fact]
    public void An_svg_colour_outside_the_palette_is_refused_in_press_with_the_colour_named()
    {
        temp.Write("logo.svg", PaletteLogo.Replace("#1F8A70", "#123456"));
        var error = Assert.Throws<LayoutException>(() => Render("logo.svg", OutputProfile.Press));
        Assert.Contains("#123456", error.Message);
        using var screen = PdfDocument.Open(Render("logo.svg", OutputProfile.Screen));
        Assert.Equal(1, screen.NumberOfPages);
    }

    [Fact]
    public void An_svg_gradient_is_refused_in_press()
    {
        temp.Write("logo.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="60"><defs><linearGradient id="g"><stop offset="0" stop-color="#E30613"/><stop offset="1" stop-color="#1F8A70"/></linearGradient></defs>
            <rect width="100" height="60" fill="url(#g)"/></svg>
            """);
        var error = Assert.Throws<LayoutException>(() => Render("logo.svg", OutputProfile.Press));
        Assert.Contains("gradient", error.Message);
    }

    [Fact]
    public void A_one_pixel_raster_image_is_refused_in_press_for_its_resolution_and_drawn_on_screen()
    {
        File.WriteAllBytes(Path.Combine(temp.Path, "photo.png"), Png);
        var error = Assert.Throws<LayoutException>(() => Render("photo.png", OutputProfile.Press));
        Assert.Contains("photo.png: frame 'logo' (", error.Message);
        Assert.Contains("t.yaml:4:", error.Message);
        Assert.Contains("), page 1: 1 × 1 pixels placed at", error.Message);
        Assert.Contains("below the template's minimum of 150 ppi", error.Message);
        using var screen = PdfDocument.Open(Render("photo.png", OutputProfile.Screen));
        Assert.Equal(1, screen.GetPage(1).NumberOfImages);
    }
}
