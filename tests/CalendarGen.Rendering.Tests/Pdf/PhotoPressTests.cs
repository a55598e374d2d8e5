using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using CalendarGen.Layout;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Imaging;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates;
using CalendarGen.Templates.Model;
using ImageMagick;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using SKColor = SkiaSharp.SKColor;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>
/// Raster photos in press PDFs: converted to CMYK with the output profile (checked against LittleCMS's own transicc and
/// read back from the page by Ghostscript), CMYK JPEGs embedded byte for byte, nothing RGB left, the profile embedded
/// unchanged, and converted images cached.
/// </summary>
public sealed class PhotoPressTests : IDisposable
{
    private static readonly DateTime Stamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string ShippedProfile = Path.Combine(ShippedFiles.ProfilesDirectory, OutputCondition.DefaultProfileName);

    private readonly TempFolder temp = new("calendargen-photos-");

    public void Dispose() => temp.Dispose();

    private string Cache => Path.Combine(temp.Path, "cache");

    /// <summary>One page per image, each image filling its page (a 20 pt square: a 100-pixel image is 360 ppi).</summary>
    private static LaidOutDocument Document(IReadOnlyList<string> images, double side = 20, ImageFit fit = ImageFit.Fill, PressSettings? press = null)
    {
        var index = images.Select((_, i) => new PageInfo(i + 1, $"p{i + 1}", null, null)).ToImmutableArray();
        var pages = images.Select((path, i) => new LaidOutPage(i + 1, $"p{i + 1}", side, side, new PtBox(0, 0, side, side), new PtBox(0, 0, side, side),
            [new ImageOp(new PtBox(0, 0, side, side), path, fit)], null));
        return new LaidOutDocument("Ảnh", "Ảnh", index, pages, []) { Press = press ?? PressSettings.Default };
    }

    private byte[] Render(LaidOutDocument document, PressOptions? options = null, OutputProfile profile = OutputProfile.Press) =>
        PdfRenderer.Render(document, profile, Stamp, RenderedCalendars.Fonts, options ?? new PressOptions { CacheDirectory = Cache });

    private string Save(string name, byte[] bytes)
    {
        string path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A flat-colour 100 × 100 image (PNG is lossless: the sample values stay exactly as given).</summary>
    private string Flat(string name, string hex, MagickFormat format = MagickFormat.Png)
    {
        if (format == MagickFormat.Jpeg)
        {
            // Skia writes every JPEG as three-component YCbCr, so a grey patch is still an RGB image.
            using var bitmap = new SkiaSharp.SKBitmap(100, 100);
            bitmap.Erase(SKColor.Parse(hex));
            using var encoded = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 95);
            return Save(name, encoded.ToArray());
        }

        using var image = new MagickImage(new MagickColor(hex), 100, 100);

        // An RGB file even for a grey patch (ImageMagick would otherwise write a greyscale PNG or JPEG).
        image.Settings.SetDefine(MagickFormat.Png, "color-type", "2");
        image.ColorType = ColorType.TrueColor;
        return Save(name, image.ToByteArray(format));
    }

    /// <summary>A CMYK JPEG as Adobe applications write it (APP14, inverted samples), of the given ink values (0–255).</summary>
    private static byte[] CmykJpeg(byte c, byte m, byte y, byte k)
    {
        // Raw 8-bit CMYK samples read as such, so the JPEG holds exactly these inks (0 = none, 255 = full).
        byte[] raw = [.. Enumerable.Range(0, 100 * 100).SelectMany(_ => new[] { c, m, y, k })];
        using var image = new MagickImage(raw, new MagickReadSettings { Width = 100, Height = 100, Format = MagickFormat.Cmyk, Depth = 8 });
        image.Quality = 95;
        return image.ToByteArray(MagickFormat.Jpeg);
    }

    /// <summary>The same JPEG without its APP14 segment.</summary>
    private static byte[] WithoutApp14(byte[] jpeg)
    {
        int i = 2;
        while (jpeg[i] == 0xFF && jpeg[i + 1] != 0xDA)
        {
            int length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (jpeg[i + 1] == 0xEE)
            {
                return [.. jpeg.AsSpan(0, i), .. jpeg.AsSpan(i + 2 + length)];
            }

            i += 2 + length;
        }

        throw new InvalidOperationException("the JPEG has no APP14 segment");
    }

    private static List<PdfDictionary> Images(byte[] pdf)
    {
        using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var found = new List<PdfDictionary>();
        foreach (var page in doc.Pages)
        {
            var xobjects = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/XObject");
            foreach (string key in xobjects?.Elements.Keys ?? [])
            {
                if (xobjects!.Elements.GetDictionary(key) is { } x && x.Elements.GetName("/Subtype") == "/Image")
                {
                    found.Add(x);
                }
            }
        }

        return found;
    }

    [FactNeeds("transicc", "gs")]
    public void Srgb_patches_print_as_LittleCMS_converts_them_with_the_same_profile_and_intent()
    {
        // Each patch twice: as PNG (stored lossless) and as JPEG (stored as a CMYK JPEG, Adobe-inverted).
        string[] colours = ["#E30613", "#1F8A70", "#FFD200", "#2B4C9B", "#808080", "#F4C7A1"];
        string[] patches = [.. colours, .. colours];
        var images = colours.Select((hex, i) => Flat($"patch{i}.png", hex)).Concat(colours.Select((hex, i) => Flat($"patch{i}.jpg", hex, MagickFormat.Jpeg))).ToList();
        string pdf = Save("patches.pdf", Render(Document(images)));

        // ink_cov: the average of each ink over the page in percent; each page is one flat patch.
        var (exit, output) = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-r36", "-sDEVICE=ink_cov", "-sOutputFile=-", pdf);
        Assert.True(exit == 0, output);
        var printed = output.Split('\n').Where(l => l.Contains("CMYK")).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(patches.Length, printed.Count);

        for (int i = 0; i < patches.Length; i++)
        {
            var rgb = Convert.FromHexString(patches[i][1..]);
            double[] expected = Transicc(ShippedProfile, intent: 1, $"{rgb[0]} {rgb[1]} {rgb[2]}");
            for (int ink = 0; ink < 4; ink++)
            {
                Assert.True(Math.Abs(expected[ink] - printed[i][ink]) <= 2, $"{Path.GetFileName(images[i])} {patches[i]} ink {"CMYK"[ink]}: transicc {expected[ink]:0.0}%, printed {printed[i][ink]:0.0}%");
            }
        }
    }

    /// <summary>LittleCMS's transicc: sRGB (the shipped sRGB.icc) to the profile with black-point compensation, in percent.</summary>
    private static double[] Transicc(string profile, int intent, string rgb) =>
        Transicc(Path.Combine(ShippedFiles.ProfilesDirectory, OutputCondition.SourceRgbName), profile, intent, rgb);

    /// <summary>LittleCMS's transicc from one profile to another with black-point compensation (RGB 0–255, CMYK percent).</summary>
    private static double[] Transicc(string from, string to, int intent, string values)
    {
        string tool = ExternalTool.Find("transicc") ?? throw new InvalidOperationException("transicc is not installed");
        var start = new ProcessStartInfo(tool) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "-i", from, "-o", to, "-t", intent.ToString(CultureInfo.InvariantCulture), "-b", "-n" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(values);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string line = output.Split('\n').Last(l => l.Trim().Length > 0 && char.IsDigit(l.Trim()[0]));
        return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
    }

    [FactNeeds("transicc")]
    public void A_soft_proof_shows_a_photo_through_the_press_profile_and_back_as_LittleCMS_does()
    {
        // Pure sRGB blue is far outside the press gamut: the soft proof must show the duller blue the press prints.
        string path = Flat("blue.png", "#0000FF");
        var page = Document([path]).Pages.Single();
        var proof = CalendarGen.Rendering.Png.SoftProof.For(PressSettings.Default, new PressOptions());
        SKColor Centre(byte[] png)
        {
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            return bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2);
        }

        var screen = Centre(CalendarGen.Rendering.Png.PngRenderer.Page(page, 72, showBleed: false, RenderedCalendars.Fonts));
        var proofed = Centre(CalendarGen.Rendering.Png.PngRenderer.Page(page, 72, showBleed: false, RenderedCalendars.Fonts, proof));
        Assert.Equal(new SKColor(0, 0, 255), screen);

        string srgb = Path.Combine(ShippedFiles.ProfilesDirectory, OutputCondition.SourceRgbName);
        double[] cmyk = Transicc(srgb, ShippedProfile, 1, "0 0 255");
        double[] back = Transicc(ShippedProfile, srgb, 1, string.Join(' ', cmyk.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture))));
        Assert.True(Math.Abs(back[0] - proofed.Red) <= 4 && Math.Abs(back[1] - proofed.Green) <= 4 && Math.Abs(back[2] - proofed.Blue) <= 4,
            $"soft proof {proofed}, LittleCMS {back[0]:0} {back[1]:0} {back[2]:0}");
        Assert.True(proofed.Red > 20 || proofed.Green > 20, $"the proof {proofed} should not still be pure blue");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_cmyk_jpeg_goes_in_byte_for_byte_with_Decode_only_when_Adobe_inverted(bool app14)
    {
        byte[] jpeg = CmykJpeg(40, 0, 200, 10);
        Assert.NotNull(CalendarGen.Templates.Files.JpegHeader.Read(jpeg) is { Adobe: true, Components: 4, Intact: true } ? jpeg : null);
        if (!app14)
        {
            jpeg = WithoutApp14(jpeg);
        }

        string path = Save("cmyk.jpg", jpeg);
        var image = Assert.Single(Images(Render(Document([path]))));
        Assert.Equal(jpeg, image.Stream.Value);
        Assert.Equal("/DCTDecode", image.Elements.GetName("/Filter"));
        Assert.Equal("/DeviceCMYK", image.Elements.GetName("/ColorSpace"));
        var decode = image.Elements.GetArray("/Decode");
        if (app14)
        {
            Assert.NotNull(decode);
            Assert.Equal([1, 0, 1, 0, 1, 0, 1, 0], decode!.Elements.Select(e => ((PdfInteger)e).Value));
        }
        else
        {
            Assert.Null(decode);
        }
    }

    [FactNeeds("gs")]
    public void An_adobe_cmyk_jpeg_prints_the_inks_it_holds()
    {
        // 40 % C, 0 M, 80 % Y, 10 % K: with the wrong Decode Ghostscript would read 60 %, 100 %, 20 %, 90 %.
        string path = Save("cmyk.jpg", CmykJpeg(102, 0, 204, 26));
        string pdf = Save("cmyk.pdf", Render(Document([path])));
        var (exit, output) = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-r36", "-sDEVICE=ink_cov", "-sOutputFile=-", pdf);
        Assert.True(exit == 0, output);
        double[] inks = [.. output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        double[] expected = [40, 0, 80, 10];
        for (int i = 0; i < 4; i++)
        {
            Assert.True(Math.Abs(inks[i] - expected[i]) <= 2, $"ink {"CMYK"[i]}: {inks[i]:0.0}% printed, {expected[i]}% in the JPEG");
        }
    }

    [FactNeeds("qpdf", "pdfimages")]
    public void Press_files_with_photos_hold_no_rgb_and_pass_qpdf()
    {
        using var grey = new MagickImage(new MagickColor("#777777"), 100, 100);
        grey.ColorType = ColorType.Grayscale;
        string[] images =
        [
            Flat("rgb.png", "#E30613"),
            Flat("rgb.jpg", "#1F8A70", MagickFormat.Jpeg),
            Flat("rgb.tif", "#2B4C9B", MagickFormat.Tiff),
            Save("grey.png", grey.ToByteArray(MagickFormat.Png)),
            Save("cmyk.jpg", CmykJpeg(0, 255, 255, 0)),
        ];
        foreach (var profile in new[] { OutputProfile.Press, OutputProfile.Proof })
        {
            string pdf = Save($"photos-{profile}.pdf", Render(Document(images), profile: profile));
            var (exit, check) = ExternalTool.Run("qpdf", "--check", pdf);
            Assert.True(exit == 0, check);
            Assert.DoesNotContain("WARNING", check);

            string qdf = Path.Combine(temp.Path, "qdf.pdf");
            ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
            string text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
            Assert.DoesNotContain("DeviceRGB", text);
            Assert.DoesNotContain("/SMask", text);

            var (_, list) = ExternalTool.Run("pdfimages", "-list", pdf);
            var rows = list.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            Assert.Equal(images.Length, rows.Count);
            Assert.Equal(["cmyk", "cmyk", "cmyk", "gray", "cmyk"], rows.Select(r => r[5]));
            Assert.Equal(["image", "jpeg", "image", "image", "jpeg"], rows.Select(r => r[8]));
        }
    }

    [Fact]
    public void A_photo_on_screen_stays_rgb()
    {
        string pdf = Save("screen.pdf", Render(Document([Flat("rgb.png", "#E30613")]), profile: OutputProfile.Screen));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(pdf));
        var image = Assert.Single(doc.GetPage(1).GetImages());
        Assert.Equal(3, image.ColorSpaceDetails!.NumberOfColorComponents);
        Assert.Equal(100, image.WidthInSamples);
    }

    [Fact]
    public void The_output_profile_is_embedded_unchanged_and_names_the_condition()
    {
        string profile = Save("press.icc", File.ReadAllBytes(ShippedProfile));
        byte[] pdf = Render(Document([Flat("rgb.png", "#E30613")]), new PressOptions { CacheDirectory = Cache, OutputProfile = profile });
        using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var intent = (PdfDictionary)((PdfReference)doc.Internals.Catalog.Elements.GetArray("/OutputIntents")!.Elements[0]).Value;
        Assert.Equal("CalendarGen FOGRA39L coated (ArgyllCMS, 300% TAC)", intent.Elements.GetString("/OutputConditionIdentifier"));
        Assert.Equal("CalendarGen FOGRA39L coated (ArgyllCMS, 300% TAC)", intent.Elements.GetString("/Info"));
        var stream = (PdfDictionary)((PdfReference)intent.Elements["/DestOutputProfile"]!).Value;
        Assert.Equal(File.ReadAllBytes(profile), stream.Stream.UnfilteredValue);
        Assert.Equal(4, stream.Elements.GetInteger("/N"));

        byte[] named = Render(Document([Flat("rgb.png", "#E30613")]), new PressOptions { CacheDirectory = Cache, OutputProfile = profile, OutputCondition = "Customer press 7" });
        using var doc2 = PdfReader.Open(new MemoryStream(named), PdfDocumentOpenMode.Import);
        var intent2 = (PdfDictionary)((PdfReference)doc2.Internals.Catalog.Elements.GetArray("/OutputIntents")!.Elements[0]).Value;
        Assert.Equal("Customer press 7", intent2.Elements.GetString("/OutputConditionIdentifier"));
    }

    [Fact]
    public void Without_a_profile_the_intent_names_FOGRA39_by_registry()
    {
        using var doc = PdfReader.Open(new MemoryStream(Render(Document([Flat("rgb.png", "#E30613")]))), PdfDocumentOpenMode.Import);
        var intent = (PdfDictionary)((PdfReference)doc.Internals.Catalog.Elements.GetArray("/OutputIntents")!.Elements[0]).Value;
        Assert.Equal("FOGRA39", intent.Elements.GetString("/OutputConditionIdentifier"));
        Assert.Equal("http://www.color.org", intent.Elements.GetString("/RegistryName"));
        Assert.Null(intent.Elements["/DestOutputProfile"]);
    }

    [Theory]
    [InlineData("sRGB.icc", "not a CMYK output ('prtr') profile")]
    [InlineData("README.md", "is not an ICC profile")]
    public void A_profile_that_is_not_a_cmyk_output_profile_is_refused(string name, string problem)
    {
        string path = Path.Combine(ShippedFiles.ProfilesDirectory, name);
        var error = Assert.Throws<LayoutException>(() => Render(Document([Flat("rgb.png", "#E30613")]), new PressOptions { CacheDirectory = Cache, OutputProfile = path }));
        Assert.StartsWith(path + ":", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Two_renders_are_byte_identical_and_the_second_converts_nothing()
    {
        string[] images = [Flat("a.jpg", "#E30613", MagickFormat.Jpeg), Flat("b.png", "#1F8A70"), Flat("c.png", "#2B4C9B")];
        byte[] uncached = Render(Document(images), new PressOptions { NoCache = true });
        byte[] first = Render(Document(images));
        var entries = Directory.GetFiles(Cache).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Equal(images.Length, entries.Count);

        Thread.Sleep(20);
        byte[] second = Render(Document(images));
        Assert.Equal(uncached, first);
        Assert.Equal(first, second);
        Assert.Equal(entries, Directory.GetFiles(Cache).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void A_corrupt_cache_entry_is_ignored_and_rebuilt()
    {
        string[] images = [Flat("a.png", "#E30613")];
        byte[] first = Render(Document(images));
        string entry = Assert.Single(Directory.GetFiles(Cache));
        byte[] bytes = File.ReadAllBytes(entry);
        bytes[bytes.Length / 2] ^= 0x55;
        File.WriteAllBytes(entry, bytes);
        Assert.Null(ImageCache.TryLoad(entry));

        Assert.Equal(first, Render(Document(images)));
        Assert.NotNull(ImageCache.TryLoad(entry));

        File.WriteAllBytes(entry, bytes.AsSpan(0, 40).ToArray());
        Assert.Equal(first, Render(Document(images)));
    }

    [Fact]
    public void A_photo_below_the_minimum_resolution_is_an_error_naming_file_and_page_and_below_300_a_warning()
    {
        string path = Flat("small.png", "#E30613");

        // 100 pixels over 100 pt (1.39 in) is 72 ppi: under the default minimum of 150.
        var error = Assert.Throws<LayoutException>(() => Render(Document([path], side: 100)));
        Assert.Contains(path, error.Message);
        Assert.Contains("page 1", error.Message);
        Assert.Contains("72 ppi", error.Message);

        // With the minimum lowered, a warning.
        var warnings = new List<string>();
        Render(Document([path], side: 100, press: PressSettings.Default with { MinImagePpi = 50 }), new PressOptions { CacheDirectory = Cache, Warnings = warnings.Add });
        var warning = Assert.Single(warnings);
        Assert.StartsWith(path + ": warning: page 1:", warning);
        Assert.Contains("72 ppi", warning);
    }

    [Fact]
    public void A_photo_above_the_highest_resolution_is_downsampled_to_300_ppi_at_its_placed_size_deterministically()
    {
        using (var big = new MagickImage("gradient:#E30613-#1F8A70", 1000, 1000))
        {
            Save("big.png", big.ToByteArray(MagickFormat.Png));
        }

        string path = Path.Combine(temp.Path, "big.png");
        static (int, int) Samples(byte[] pdf)
        {
            using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var image = Assert.Single(doc.GetPage(1).GetImages());
            return (image.WidthInSamples, image.HeightInSamples);
        }

        // 1000 pixels over 100 pt (1.39 in) is 720 ppi, over the default 450: 300 ppi there is 416.7, so 417 pixels.
        byte[] first = Render(Document([path], side: 100));
        Assert.Equal((417, 417), Samples(first));

        // Converted afresh (another cache folder): the same bytes.
        Assert.Equal(first, Render(Document([path], side: 100), new PressOptions { CacheDirectory = Path.Combine(temp.Path, "cache-2") }));

        // 1000 pixels over 180 pt is 400 ppi, under 450: every pixel stays; and max_image_ppi: 0 never resamples.
        Assert.Equal((1000, 1000), Samples(Render(Document([path], side: 180))));
        Assert.Equal((1000, 1000), Samples(Render(Document([path], side: 100, press: PressSettings.Default with { MaxImagePpi = 0 }))));

        // A lower limit is also the target: max_image_ppi: 200 gives 200 ppi at 100 pt, 278 pixels.
        Assert.Equal((278, 278), Samples(Render(Document([path], side: 100, press: PressSettings.Default with { MaxImagePpi = 200 }))));
    }

    [Fact]
    public void Image_messages_name_the_frame_and_its_template_line()
    {
        string rich = Save("rich.jpg", CmykJpeg(255, 255, 255, 255));
        var source = new SourceLocation("wall.yaml", 69, 7);
        var page = new LaidOutPage(1, "p1", 20, 20, new PtBox(0, 0, 20, 20), new PtBox(0, 0, 20, 20),
            [new ImageOp(new PtBox(0, 0, 20, 20), rich, ImageFit.Fill, Frame: "photo", Source: source)], null);
        var document = new LaidOutDocument("Ảnh", "Ảnh", [new PageInfo(1, "p1", null, null)], [page], []) { Press = PressSettings.Default };
        var warnings = new List<string>();
        Render(document, new PressOptions { CacheDirectory = Cache, Warnings = warnings.Add });
        var warning = Assert.Single(warnings);
        Assert.StartsWith(rich + ": warning: frame 'photo' (wall.yaml:69:7), page 1: total ink reaches 400%", warning);

        // 100 pixels over 100 pt is 72 ppi: the error names the frame too.
        string small = Flat("small.png", "#E30613");
        var tooSmall = document with
        {
            Pages = [page with { Ops = [new ImageOp(new PtBox(0, 0, 100, 100), small, ImageFit.Fill, Frame: "logo", Source: source)] }],
        };
        var error = Assert.Throws<LayoutException>(() => Render(tooSmall));
        Assert.StartsWith($"image {small}: frame 'logo' (wall.yaml:69:7), page 1: 100 × 100 pixels", error.Message);
    }

    [Fact]
    public void Ink_over_the_template_limit_after_conversion_is_a_warning()
    {
        string path = Save("rich.jpg", CmykJpeg(255, 255, 255, 255));
        var warnings = new List<string>();
        Render(Document([path]), new PressOptions { CacheDirectory = Cache, Warnings = warnings.Add });
        var warning = Assert.Single(warnings);
        Assert.True(warning.Contains("total ink reaches 400%"), warning);
        Assert.Contains("300%", warning);

        warnings.Clear();
        Render(Document([Flat("red.png", "#E30613")]), new PressOptions { CacheDirectory = Cache, Warnings = warnings.Add });
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_cover_photo_is_clipped_to_its_frame_in_press()
    {
        using var wide = new MagickImage(new MagickColor("#E30613"), 400, 100);
        string path = Save("wide.png", wide.ToByteArray(MagickFormat.Png));
        byte[] pdf = Render(Document([path], fit: ImageFit.Cover));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var image = Assert.Single(doc.GetPage(1).GetImages());

        // Cover: the 4:1 image is scaled to the frame's height (20 pt), so it is 80 pt wide, centred, clipped.
        Assert.Equal(80, image.BoundingBox.Width, 2);
        Assert.Equal(-30, image.BoundingBox.Left, 2);
        Assert.Contains(doc.GetPage(1).Operations, op => op.Operator is "W" or "W*");
    }
}
