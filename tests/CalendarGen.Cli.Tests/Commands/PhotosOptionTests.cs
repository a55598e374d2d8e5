using SkiaSharp;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>--photos DIR on wall-13-photo: the photos of the folder given are the ones drawn, and a missing one is bad input.</summary>
public sealed class PhotosOptionTests : IDisposable
{
    private const int Dpi = 20;
    private readonly TempFolder temp = new("calendargen-photos-");

    public void Dispose() => temp.Dispose();

    /// <summary>A folder of one-colour PNG photos: July blue, the cover red, every other month green.</summary>
    private string PhotoFolder(string name, IEnumerable<int> months, bool cover = true)
    {
        string folder = Path.Combine(temp.Path, name);
        Directory.CreateDirectory(folder);
        foreach (int month in months)
        {
            WritePng(Path.Combine(folder, $"{month:D2}.png"), month == 7 ? new SKColor(0, 0, 255) : new SKColor(0, 160, 0));
        }

        if (cover)
        {
            WritePng(Path.Combine(folder, "cover.png"), new SKColor(255, 0, 0));
        }

        return folder;
    }

    private static void WritePng(string path, SKColor colour)
    {
        using var bitmap = new SKBitmap(60, 40);
        bitmap.Erase(colour);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    /// <summary>The preview's colour at a point given in millimetres from the trim's top-left corner.</summary>
    private static SKColor PixelAt(string png, double xMm, double yMm)
    {
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.GetPixel((int)(xMm / 25.4 * Dpi), (int)(yMm / 25.4 * Dpi));
    }

    private static void AssertNear(SKColor expected, SKColor actual) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) <= 8 && Math.Abs(expected.Green - actual.Green) <= 8 && Math.Abs(expected.Blue - actual.Blue) <= 8,
            $"expected about {expected}, got {actual}");

    [Fact]
    public void The_photos_of_the_folder_given_replace_the_templates_on_every_sheet()
    {
        string photos = PhotoFolder("mine", Enumerable.Range(1, 12));
        string shipped = Directory.CreateDirectory(Path.Combine(temp.Path, "shipped")).FullName, mine = Directory.CreateDirectory(Path.Combine(temp.Path, "out")).FullName;
        Assert.Equal(0, CliRunner.Run("preview", "wall-13-photo", "--year", "2027", "--month", "7", "--dpi", $"{Dpi}", "-o", shipped).ExitCode);
        var result = CliRunner.Run("preview", "wall-13-photo", "--year", "2027", "--month", "7", "--dpi", $"{Dpi}", "--photos", photos, "-o", mine);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);

        // The centre of the month photo frame (x −3…313 mm, y −3…200 mm), and the cover's (x 25…285, y 312…407).
        AssertNear(new SKColor(0, 0, 255), PixelAt(Path.Combine(mine, "wall-13-photo-2027-p008.png"), 155, 98));
        Assert.NotEqual(new SKColor(0, 0, 255), PixelAt(Path.Combine(shipped, "wall-13-photo-2027-p008.png"), 155, 98));
        Assert.Equal(0, CliRunner.Run("preview", "wall-13-photo", "--year", "2027", "--page", "1", "--dpi", $"{Dpi}", "--photos", photos, "-o", mine).ExitCode);
        AssertNear(new SKColor(255, 0, 0), PixelAt(Path.Combine(mine, "wall-13-photo-2027-p001.png"), 155, 360));
    }

    [Fact]
    public void A_screen_pdf_renders_with_the_photos_given()
    {
        string photos = PhotoFolder("mine", Enumerable.Range(1, 12));
        string pdf = Path.Combine(temp.Path, "photo.pdf");
        var result = CliRunner.Run("render", "wall-13-photo", "--year", "2027", "--profile", "screen", "--photos", photos, "-o", pdf);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("13 pages", result.Output);
        // Thirteen one-colour photos are tiny; the shipped ones are megabytes.
        Assert.True(new FileInfo(pdf).Length < 1_000_000, $"{new FileInfo(pdf).Length} bytes");
    }

    [Fact]
    public void A_missing_photo_is_bad_input_naming_the_file_and_the_template_line_and_nothing_is_written()
    {
        string photos = PhotoFolder("some", Enumerable.Range(1, 12).Where(m => m != 7));
        string output = Path.Combine(temp.Path, "out.pdf");
        var result = CliRunner.Run("render", "wall-13-photo", "--year", "2027", "--profile", "screen", "--photos", photos, "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("wall-13-photo.yaml:", result.Error);
        Assert.Contains("(month 7): no photo " + Path.Combine(photos, "07"), result.Error);
        Assert.DoesNotContain("(month 8)", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void The_live_preview_watches_the_photo_of_every_sheet()
    {
        string photos = PhotoFolder("watched", Enumerable.Range(1, 12));
        var build = new CalendarGen.Cli.Serve.PreviewInputs("wall-13-photo", 2027, [], null, new Templates.Files.ReferencePolicy([], photos)).Build(1);
        Assert.Empty(build.Problems);
        Assert.Contains(Path.Combine(photos, "07.png"), build.Files);
        Assert.Contains(Path.Combine(photos, "cover.png"), build.Files);
        Assert.DoesNotContain(build.Files, f => f.Contains('{', StringComparison.Ordinal));
        build.Generation!.Retire();
    }

    [Fact]
    public void Pack_takes_the_photos_from_the_folder_given_too()
    {
        string photos = PhotoFolder("packed", Enumerable.Range(1, 12).Where(m => m != 11));
        string pack = temp.Write("pack.yaml", "years: [2027]\ntemplates: [wall-13-photo]\nprofiles: [screen]\n");
        var result = CliRunner.Run("pack", pack, "--photos", photos, "-o", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("(month 11): no photo " + Path.Combine(photos, "11"), result.Error);
    }

    [Fact]
    public void A_photo_named_by_year_is_checked_when_the_year_is_rendered_and_named_with_its_line_and_page()
    {
        string photos = PhotoFolder("pics", Enumerable.Range(1, 12).Where(m => m != 10));
        foreach (string file in Directory.GetFiles(photos, "??.png"))
        {
            File.Move(file, Path.Combine(photos, "2027-" + Path.GetFileName(file)));
        }

        string template = temp.Write("t.yaml", "extends: wall-13\npages:\n  month:\n    - { id: pic, type: image, x: 20, y: 20, width: 100, height: 100, path: \"pics/{year}-{month2}.png\" }\n");
        string output = Path.Combine(temp.Path, "t.pdf");
        Assert.Equal(0, CliRunner.Run("templates", "validate", template).ExitCode);
        var result = CliRunner.Run("render", template, "--year", "2027", "--profile", "screen", "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{template}:4:7: frame 'pic' on 2027-10: no image {Path.Combine(photos, "2027-10.png")}", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_photos_folder_that_does_not_exist_is_a_usage_error()
    {
        var result = CliRunner.Run("preview", "wall-13-photo", "--year", "2027", "--page", "1", "--photos", Path.Combine(temp.Path, "nowhere"), "-o", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--photos " + Path.Combine(temp.Path, "nowhere") + ": no such folder", result.Error);
    }

    [Fact]
    public void A_tiff_photo_is_validated_and_shown_in_a_screen_preview()
    {
        string photos = PhotoFolder("tiff", Enumerable.Range(1, 12).Where(m => m != 3));
        File.WriteAllBytes(Path.Combine(photos, "03.tif"), GreenTiff());
        Assert.Equal(0, CliRunner.Run("templates", "validate", "wall-13-photo", "--photos", photos).ExitCode);
        var result = CliRunner.Run("preview", "wall-13-photo", "--year", "2027", "--month", "3", "--dpi", $"{Dpi}", "--photos", photos, "-o", temp.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        AssertNear(new SKColor(0, 255, 0), PixelAt(Path.Combine(temp.Path, "wall-13-photo-2027-p004.png"), 155, 98));
    }

    /// <summary>
    /// A 4 × 4 uncompressed RGB TIFF of pure green, laid out by hand after TIFF 6.0 (header, one IFD of nine entries in
    /// tag order, the BitsPerSample triple, then one strip), not by the code under test.
    /// </summary>
    private static byte[] GreenTiff()
    {
        var b = new List<byte>();
        void U16(int v) => b.AddRange([(byte)v, (byte)(v >> 8)]);
        void U32(int v) => b.AddRange([(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)]);
        void Entry(int tag, int type, int value)
        {
            U16(tag);
            U16(type);
            U32(type == 3 && tag == 258 ? 3 : 1);
            if (type == 3 && tag != 258)
            {
                U16(value);
                U16(0);
            }
            else
            {
                U32(value);
            }
        }

        const int Bits = 8 + 2 + 9 * 12 + 4, Strip = Bits + 6;
        b.AddRange("II"u8.ToArray());
        U16(42);
        U32(8);
        U16(9);
        Entry(256, 3, 4); // ImageWidth
        Entry(257, 3, 4); // ImageLength
        Entry(258, 3, Bits); // BitsPerSample 8, 8, 8 at an offset
        Entry(259, 3, 1); // no compression
        Entry(262, 3, 2); // RGB
        Entry(273, 4, Strip); // StripOffsets
        Entry(277, 3, 3); // SamplesPerPixel
        Entry(278, 3, 4); // RowsPerStrip
        Entry(279, 4, 48); // StripByteCounts
        U32(0);
        U16(8);
        U16(8);
        U16(8);
        for (int i = 0; i < 16; i++)
        {
            b.AddRange([0, 255, 0]);
        }

        return [.. b];
    }
}
