using System.Text.Json;
using SkiaSharp;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>The shipped editions sample (three customers × two corporate templates), copied and made once.</summary>
public sealed class EditionSample : IDisposable
{
    public EditionSample()
    {
        Folder = Path.Combine(Temp.Path, "editions");
        string from = Path.Combine(RepositoryRoot.Path, "samples", "editions");
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(Folder, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        // Proofs only: the press files are the same pages, and the contact sheets are what a customer approves.
        File.WriteAllText(Path.Combine(Folder, "pack.yaml"), File.ReadAllText(Path.Combine(Folder, "pack.yaml")).Replace("profiles: [press, proof]", "profiles: [proof]", StringComparison.Ordinal));
        Result = CliRunner.Run("pack", Path.Combine(Folder, "pack.yaml"), "-o", Output, "--jobs", "2");
    }

    public TempFolder Temp { get; } = new("calendargen-editions-");

    public string Folder { get; }

    public string Output => Path.Combine(Temp.Path, "out");

    internal CliRunner.Result Result { get; }

    public void Dispose() => Temp.Dispose();
}

public sealed class EditionPackTests(EditionSample sample) : IClassFixture<EditionSample>
{
    /// <summary>Each sample customer: id, what only its pages print, its brand colour on screen.</summary>
    public static TheoryData<string, string, string> Customers => new()
    {
        { "song-hong", "songhong.example.vn", "#C8102E" },
        { "tre-xanh", "trexanh.example.vn", "#2E7D32" },
        { "sao-bien", "saobien.example.vn", "#0B4F9C" },
    };

    private static readonly string[] Websites = ["songhong.example.vn", "trexanh.example.vn", "saobien.example.vn"];

    [Fact]
    public void The_sample_pack_makes_every_edition_of_both_templates()
    {
        Assert.True(sample.Result.ExitCode == 0, sample.Result.Error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();

        // 3 editions × 2 templates × (proof + cover preview + contact sheet).
        Assert.Equal(18, files.Count);
        Assert.All(files, f => Assert.StartsWith(f.GetProperty("edition").GetString() + "/", f.GetProperty("path").GetString(), StringComparison.Ordinal));
    }

    [TheoryNeeds("pdftotext")]
    [MemberData(nameof(Customers))]
    public void Each_customers_details_are_on_its_own_pages_and_on_no_one_elses(string id, string website, string brand)
    {
        _ = brand;
        foreach (string template in new[] { "desk-tent-corporate", "block-dai-corporate" })
        {
            string pdf = Path.Combine(sample.Output, id, "2027", template, $"{id}-{template}-2027-proof.pdf");
            var (exit, text) = ExternalTool.Run("pdftotext", pdf, "-");
            Assert.Equal(0, exit);
            Assert.Contains(website, text);
            Assert.All(Websites.Where(w => w != website), other => Assert.DoesNotContain(other, text));
        }

        // The block prints the customer's name at the foot of every day page: 365 days and the back page.
        var (_, block) = ExternalTool.Run("pdftotext", Path.Combine(sample.Output, id, "2027", "block-dai-corporate", $"{id}-block-dai-corporate-2027-proof.pdf"), "-");
        string company = File.ReadAllLines(Path.Combine(sample.Folder, "customers.csv")).Single(l => l.StartsWith(id + ",", StringComparison.Ordinal)).Split(',')[1];
        Assert.True(block.Split(company).Length - 1 >= 366, $"{company} is printed {block.Split(company).Length - 1} times");
    }

    [Theory]
    [MemberData(nameof(Customers))]
    public void Each_cover_shows_the_customers_logo_in_its_brand_colour_and_each_edition_has_a_contact_sheet(string id, string website, string brand)
    {
        _ = website;
        string folder = Path.Combine(sample.Output, id, "2027", "desk-tent-corporate");
        Assert.True(File.Exists(Path.Combine(folder, $"{id}-desk-tent-corporate-2027-contact.png")));
        Assert.True(File.Exists(Path.Combine(sample.Output, id, "2027", "block-dai-corporate", $"{id}-block-dai-corporate-2027-contact.png")));

        // The logo sits on a paper-white plate in the cover band; the brand colour inside the plate comes from the logo.
        using var cover = SKBitmap.Decode(Path.Combine(folder, "previews", $"{id}-desk-tent-corporate-2027-p001.png"));
        double px = cover.Width / 200.0;
        var color = SKColor.Parse(brand);
        int matching = 0;
        for (int y = (int)(15 * px); y < (int)(29 * px); y++)
        {
            for (int x = (int)(67 * px); x < (int)(133 * px); x++)
            {
                var p = cover.GetPixel(x, y);
                matching += Math.Abs(p.Red - color.Red) + Math.Abs(p.Green - color.Green) + Math.Abs(p.Blue - color.Blue) < 30 ? 1 : 0;
            }
        }

        Assert.True(matching > 100, $"{matching} pixels of {brand} in the logo plate");
    }

    [Fact]
    public void Rendered_without_an_edition_a_corporate_template_shows_field_names_and_no_logo()
    {
        string output = Path.Combine(sample.Temp.Path, "unbound.pdf");
        var result = CliRunner.Run("render", Path.Combine(sample.Folder, "desk-tent-corporate.yaml"), "--year", "2027", "--profile", "screen", "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output);
        Assert.Contains("[company]", pdf.GetPage(2).Text);
    }
}
