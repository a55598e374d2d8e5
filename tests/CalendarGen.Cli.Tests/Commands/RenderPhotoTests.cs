using SkiaSharp;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>render with a photo in press: the output profile options, refusals, and the image cache across processes.</summary>
public sealed class RenderPhotoTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-render-photo-");

    public void Dispose() => temp.Dispose();

    private string Cache => Path.Combine(temp.Path, "cache");

    private Dictionary<string, string> Environment => new() { ["CALENDARGEN_CACHE"] = Cache };

    /// <summary>A block-dai cover with a 35 × 10 mm photo of 600 × 170 pixels (over 400 ppi), drawn with Skia.</summary>
    private string Template(string press = "", string frame = "x: 55, y: 60, width: 35, height: 10")
    {
        var info = new SKImageInfo(600, 170, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var surface = SKSurface.Create(info))
        {
            surface.Canvas.Clear(new SKColor(0x1F, 0x8A, 0x70));
            using var paint = new SKPaint { Color = new SKColor(0xE3, 0x06, 0x13) };
            surface.Canvas.DrawCircle(300, 85, 60, paint);
            using var png = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(temp.Path, "photo.png"), png.ToArray());
        }

        return temp.Write("photo.yaml", "extends: block-dai\n" + press
            + $"pages:\n  cover:\n    - {{ id: photo, type: image, {frame}, path: photo.png }}\n");
    }

    [Fact]
    public void A_given_output_profile_is_embedded_byte_for_byte_and_a_second_render_uses_the_cache()
    {
        string profile = Path.Combine(temp.Path, "press.icc");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "icc", "CalendarGen-FOGRA39L-300.icc"), profile);
        string template = Template();
        string first = Path.Combine(temp.Path, "first.pdf"), second = Path.Combine(temp.Path, "second.pdf");
        var result = CliRunner.RunProcess(Environment, "render", template, "--year", "2027", "--output-profile", profile, "--output-condition", "Nhà in 7", "-o", first);
        Assert.True(result.ExitCode == 0, result.Error);
        var entries = Directory.GetFiles(Cache).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Single(entries);

        Thread.Sleep(20);
        result = CliRunner.RunProcess(Environment, "render", template, "--year", "2027", "--output-profile", profile, "--output-condition", "Nhà in 7", "-o", second);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(entries, Directory.GetFiles(Cache).ToDictionary(f => f, File.GetLastWriteTimeUtc));

        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(first, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var intent = (PdfSharp.Pdf.PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)pdf.Internals.Catalog.Elements.GetArray("/OutputIntents")!.Elements[0]).Value;
        Assert.Equal("Nhà in 7", intent.Elements.GetString("/OutputConditionIdentifier"));
        var stream = (PdfSharp.Pdf.PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)intent.Elements["/DestOutputProfile"]!).Value;
        Assert.Equal(File.ReadAllBytes(profile), stream.Stream.UnfilteredValue);
    }

    [Theory]
    [InlineData("sRGB.icc", "is an ICC profile for 'mntr' in RGB, not a CMYK output ('prtr') profile")]
    [InlineData("README.md", "is not an ICC profile")]
    public void A_profile_that_is_not_cmyk_output_is_refused_with_exit_2_and_nothing_written(string name, string problem)
    {
        string profile = Path.Combine(AppContext.BaseDirectory, "icc", name);
        string output = Path.Combine(temp.Path, "out.pdf");
        var result = CliRunner.Run("render", Template(), "--year", "2027", "--output-profile", profile, "-o", output);
        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains(profile + ": " + problem, line);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_template_output_profile_that_is_not_cmyk_is_an_error_at_its_line()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "icc", "sRGB.icc"), Path.Combine(temp.Path, "screen.icc"));
        string template = Template("press:\n  output_profile: screen.icc\n  rendering_intent: perceptual\n");
        var result = CliRunner.Run("render", template, "--year", "2027", "-o", Path.Combine(temp.Path, "out.pdf"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("photo.yaml:3:", result.Error);
        Assert.Contains("output_profile screen.icc is an ICC profile for 'mntr' in RGB", result.Error);
    }

    [Fact]
    public void A_low_resolution_photo_warns_on_standard_error_and_still_renders()
    {
        string template = Template("press:\n  min_image_ppi: 100\n", "x: 5, y: 60, width: 90, height: 26");
        var result = CliRunner.RunProcess(Environment, "render", template, "--year", "2027", "-o", Path.Combine(temp.Path, "out.pdf"));
        Assert.True(result.ExitCode == 0, result.Error);
        string line = Assert.Single(result.Error.Split('\n'), l => l.Contains("warning:"));
        Assert.Contains("photo.png: warning: frame 'photo' (", line);
        Assert.Contains("photo.yaml:6:", line);
        Assert.Contains("), page 1: 600 × 170 pixels placed at", line);
        Assert.Contains("below the 300 ppi", line);
    }

    [Fact]
    public void A_pack_reports_image_warnings_of_its_press_files_on_standard_error()
    {
        Template("press:\n  min_image_ppi: 100\n", "x: 5, y: 60, width: 90, height: 26");
        string pack = temp.Write("pack.yaml", "name: photo-pack\nyears: [2027]\ntemplates: [photo.yaml]\nprofiles: [press, screen]\n");
        string output = Path.Combine(temp.Path, "out");
        var result = CliRunner.RunProcess(Environment, "pack", pack, "-o", output, "--jobs", "2", "--quiet");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(output, "manifest.json")));

        // Once, from the press file (a screen file converts no image and checks none).
        string line = Assert.Single(result.Error.Split('\n'), l => l.Contains("warning:"));
        Assert.StartsWith("photo 2027 press: ", line);
        Assert.Contains("photo.png: warning: frame 'photo' (", line);
        Assert.Contains("below the 300 ppi", line);
    }

    [Fact]
    public void A_photo_below_the_minimum_resolution_is_an_error_naming_the_frame_and_its_line_with_exit_2_and_nothing_written()
    {
        // 600 pixels over 90 mm is 169 ppi: under the minimum of 200.
        string template = Template("press:\n  min_image_ppi: 200\n", "x: 5, y: 60, width: 90, height: 26");
        string output = Path.Combine(temp.Path, "out.pdf");
        var result = CliRunner.RunProcess(Environment, "render", template, "--year", "2027", "-o", output);
        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("image ", line);
        Assert.Contains("photo.png: frame 'photo' (", line);
        Assert.Contains("photo.yaml:6:", line);
        Assert.Contains("), page 1: 600 × 170 pixels placed at", line);
        Assert.Contains("min_image_ppi", line);
        Assert.False(File.Exists(output));
    }
}
