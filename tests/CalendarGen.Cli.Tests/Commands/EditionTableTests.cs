namespace CalendarGen.Cli.Tests.Commands;

/// <summary>Editions tables checked before anything renders: every problem names the row, exit 2, nothing written.</summary>
public sealed class EditionTableTests : IDisposable
{
    private const string Header = "id,company,phone,logo,color.brand.cmyk,color.brand.rgb";
    private const string GoodRow = "acme,Công ty Acme,1900 1234,logo.svg,0 90 80 0,#E53212";

    private readonly TempFolder temp = new("calendargen-edition-table-");

    public EditionTableTests()
    {
        temp.Write("logo.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#E53212"/></svg>""");
        temp.Write("corporate.yaml", """
            extends: wall-poster
            name: corporate
            palette:
              brand: { cmyk: [80, 10, 35, 0], rgb: "#00A0A8", edition: true }
            pages:
              year:
                - { id: logo, type: image, x: 10, y: 10, width: 30, height: 12, path: "{edition.logo}" }
                - { id: company, type: text, x: 45, y: 10, width: 60, height: 8, text: "{edition.company} · {edition.phone}", font: body, size: 9, min_size: 7, color: brand }
            """);
        temp.Write("pack.yaml", "years: [2027]\ntemplates: [corporate.yaml]\nprofiles: [screen]\neditions: customers.csv\n");
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(Header, "acme,Công ty Acme,1900 1234,missing.svg,0 90 80 0,#E53212", 2, "logo missing.svg")]
    [InlineData("id,company,logo", "acme,Công ty Acme,logo.svg", 2, "prints {edition.phone} but the table has no 'phone' column")]
    [InlineData(Header, "acme,Công ty Acme,1900 1234,logo.svg,0 90 80,#E53212", 2, "color.brand.cmyk '0 90 80': cmyk is four ink percentages")]
    [InlineData(Header, "acme,Công ty Acme,1900 1234,logo.svg,0 90 80 0,red", 2, "color.brand.rgb must be written #rrggbb")]
    [InlineData("id,company,phone,logo,color.ink.cmyk", "acme,Công ty Acme,1900 1234,logo.svg,0 0 0 90", 2, "does not let editions change colour 'ink' (it allows: brand)")]
    [InlineData(Header, "acme,Công ty Cổ phần Tập đoàn Đầu tư Phát triển Thương mại và Dịch vụ Quốc tế Acme Việt Nam,1900 1234,logo.svg,0 90 80 0,#E53212", 2, "does not fit its frame even at the minimum size 7 pt")]
    [InlineData(Header, GoodRow + "\n" + GoodRow, 3, "edition 'acme' is also at line 2")]
    [InlineData(Header, "ac/me,Công ty Acme,1900 1234,logo.svg,0 90 80 0,#E53212", 2, "is not a safe folder name")]
    public void A_broken_row_is_refused_at_its_line_before_anything_renders(string header, string rows, int line, string message)
    {
        temp.Write("customers.csv", header + "\n" + rows + "\n");
        string output = Path.Combine(temp.Path, "out");
        var result = CliRunner.Run("pack", Path.Combine(temp.Path, "pack.yaml"), "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"customers.csv:{line}:", result.Error);
        Assert.Contains(message, result.Error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_logo_colour_with_no_inks_is_refused_before_rendering()
    {
        temp.Write("logo.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#123456"/></svg>""");
        temp.Write("customers.csv", Header + "\n" + GoodRow + "\n");
        var result = CliRunner.Run("pack", Path.Combine(temp.Path, "pack.yaml"), "-o", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("customers.csv:2:", result.Error);
        Assert.Contains("uses #123456", result.Error);
    }

    [Fact]
    public void A_raster_logo_is_refused_for_press_output_before_rendering()
    {
        using (var bitmap = new SkiaSharp.SKBitmap(8, 8))
        using (var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100))
        {
            File.WriteAllBytes(Path.Combine(temp.Path, "logo.png"), png.ToArray());
        }

        temp.Write("customers.csv", Header + "\n" + GoodRow.Replace("logo.svg", "logo.png", StringComparison.Ordinal) + "\n");
        temp.Write("pack.yaml", "years: [2027]\ntemplates: [corporate.yaml]\nprofiles: [press]\neditions: customers.csv\n");
        var result = CliRunner.Run("pack", Path.Combine(temp.Path, "pack.yaml"), "-o", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("customers.csv:2:", result.Error);
        Assert.Contains("need an SVG logo", result.Error);
    }

    [Fact]
    public void A_yaml_table_works_like_a_csv_one_and_the_same_rows_in_another_order_give_the_same_bytes()
    {
        // Beta keeps the template's brand colour, so its logo is drawn in ink (a palette colour) alone.
        temp.Write("ink.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1D1D1B"/></svg>""");
        temp.Write("customers.yaml", """
            editions:
              - { id: acme, company: Công ty Acme, phone: 1900 1234, logo: logo.svg, colors: { brand: { cmyk: [0, 90, 80, 0], rgb: "#E53212" } } }
              - { id: beta, company: Công ty Beta, phone: 1900 5678, logo: ink.svg }
            """);
        temp.Write("reordered.csv", Header + "\nbeta,Công ty Beta,1900 5678,ink.svg,,\n" + GoodRow + "\n");
        string yamlPack = temp.Write("yaml-pack.yaml", "name: corp\nyears: [2027]\ntemplates: [corporate.yaml]\nprofiles: [screen]\neditions: customers.yaml\n");
        string csvPack = temp.Write("csv-pack.yaml", "name: corp\nyears: [2027]\ntemplates: [corporate.yaml]\nprofiles: [screen]\neditions: reordered.csv\n");

        var a = CliRunner.Run("pack", yamlPack, "-o", Path.Combine(temp.Path, "a"));
        var b = CliRunner.Run("pack", csvPack, "-o", Path.Combine(temp.Path, "b"), "--jobs", "1");
        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        string manifest = File.ReadAllText(Path.Combine(temp.Path, "a", "manifest.json"));
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(temp.Path, "b", "manifest.json")));
        Assert.Contains("\"edition\": \"beta\"", manifest);
        Assert.True(File.Exists(Path.Combine(temp.Path, "a", "acme", "2027", "corporate", "acme-corporate-2027-screen.pdf")));
    }
}
