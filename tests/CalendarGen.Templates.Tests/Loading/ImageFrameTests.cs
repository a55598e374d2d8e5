using CalendarGen.Templates.Files;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>The image frame's grammar: fit, anchor, photo names with placeholders, the photos folder and --photos.</summary>
public sealed class ImageFrameTests : IDisposable
{
    // SOI, APP0, SOF0 of 900 × 600: enough for the header check the validator makes.
    private static readonly byte[] TinyJpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x02, 0x58, 0x03, 0x84, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9];

    private readonly TempFolder temp = new("calendargen-images-");

    public void Dispose() => temp.Dispose();

    /// <summary>A wall-13 with one image frame on the month page, written on line 5.</summary>
    private string Template(string frameKeys, string top = "photos: pics") => temp.Write("t.yaml", $$"""
        extends: wall-13
        {{top}}
        pages:
          month:
            - { id: pic, type: image, x: -3, y: -3, width: 316, height: 100, {{frameKeys}} }
        """);

    private void Photos(string folder, params string[] names)
    {
        Directory.CreateDirectory(Path.Combine(temp.Path, folder));
        foreach (string name in names)
        {
            File.WriteAllBytes(Path.Combine(temp.Path, folder, name), TinyJpeg);
        }
    }

    private static string[] Months(string extension) => [.. Enumerable.Range(1, 12).Select(m => $"{m:D2}{extension}")];

    private static ImageComponent Image(LoadResult<Template> result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return (ImageComponent)result.Value!.FramesOf(PageRole.Month).Single(f => f.Id == "pic").Component;
    }

    [Theory]
    [InlineData("fit: cover, anchor: bottom-left", ImageFit.Cover, 0, 1)]
    [InlineData("fit: fill", ImageFit.Fill, 0.5, 0.5)]
    [InlineData("anchor: top", ImageFit.Contain, 0.5, 0)]
    [InlineData("fit: cover, anchor: [0.25, 0.8]", ImageFit.Cover, 0.25, 0.8)]
    [InlineData("fit: contain, anchor: [\"1\", 0]", ImageFit.Contain, 1, 0)]
    public void Fit_and_anchor_are_read(string keys, ImageFit fit, double x, double y)
    {
        Photos("pics", Months(".jpg"));
        var image = Image(TemplateLoader.Load(Template($"photo: \"{{month2}}\", {keys}")));
        Assert.Equal((fit, x, y), (image.Fit, image.AnchorX, image.AnchorY));
    }

    [Theory]
    [InlineData("fit: stretch", "'fit' must be one of contain, cover, fill, not 'stretch'")]
    [InlineData("anchor: middle", "'anchor' must be one of center, top, bottom")]
    [InlineData("anchor: [1.5, 0]", "'anchor' [x, y] takes two fractions from 0 (left, top) to 1 (right, bottom), not '1.5'")]
    [InlineData("anchor: [0.5]", "'anchor' must be a named point")]
    [InlineData("anchor: { x: 1 }", "'anchor' must be a named point")]
    public void A_bad_fit_or_anchor_is_named_with_its_line(string keys, string message)
    {
        Photos("pics", Months(".jpg"));
        string path = Template($"photo: \"{{month2}}\", {keys}");
        var problem = Assert.Single(TemplateLoader.Load(path).Problems);
        Assert.Equal((path, 5), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void A_photo_name_with_a_placeholder_finds_each_months_file_whatever_its_extension()
    {
        Photos("pics", [.. Months(".jpg").Take(6), "07.JPEG", "08.png", "09.tif", "10.tiff", "11.jpeg", "12.jpg", "notes.txt"]);
        var image = Image(TemplateLoader.Load(Template("photo: \"{month2}\", fit: cover")));
        Assert.Equal(Path.Combine(temp.Path, "pics", "{month2}.*"), image.Path);
        Assert.Equal(Path.Combine(temp.Path, "pics", "07.JPEG"), PhotoPaths.Find(PhotoPaths.Fill(image.Path, 2027, 7, 1), out _));
        Assert.Equal(Path.Combine(temp.Path, "pics", "10.tiff"), PhotoPaths.Find(PhotoPaths.Fill(image.Path, 2027, 10, 1), out _));
    }

    [Fact]
    public void Each_missing_photo_is_a_problem_naming_the_template_line_and_the_file()
    {
        Photos("pics", [.. Months(".jpg").Where(m => m is not ("07.jpg" or "11.jpg"))]);
        string path = Template("photo: \"{month2}\"");
        var problems = TemplateLoader.Load(path).Problems;
        Assert.Equal(2, problems.Length);
        Assert.All(problems, p => Assert.Equal((path, 5), (p.File, p.Line)));
        Assert.Contains("(month 7): no photo " + Path.Combine(temp.Path, "pics", "07") + "{.jpg,.jpeg,.png,.tif,.tiff}", problems[0].Message);
        Assert.Contains("(month 11): no photo " + Path.Combine(temp.Path, "pics", "11"), problems[1].Message);
    }

    [Fact]
    public void A_path_with_a_placeholder_names_the_file_it_misses()
    {
        Photos("pics", [.. Months(".jpg").Where(m => m != "03.jpg")]);
        string path = Template("path: \"pics/{month2}.jpg\"", top: "");
        var problem = Assert.Single(TemplateLoader.Load(path).Problems);
        Assert.Equal((path, 5), (problem.File, problem.Line));
        Assert.Contains($"(month 3): image {Path.Combine(temp.Path, "pics", "03.jpg")}: file not found", problem.Message);
    }

    [Fact]
    public void Two_photos_of_one_name_are_refused_rather_than_one_picked()
    {
        Photos("pics", [.. Months(".jpg"), "05.png"]);
        var problem = Assert.Single(TemplateLoader.Load(Template("photo: \"{month2}\"")).Problems);
        Assert.Contains("more than one photo named 05 in", problem.Message);
        Assert.Contains("05.jpg, 05.png", problem.Message);
    }

    [Theory]
    [InlineData("path: \"{month2}/photo.jpg\"", "not in its folder")]
    [InlineData("path: \"pics/{weekday}.jpg\"", "{weekday} cannot be used in an image path")]
    [InlineData("path: \"pics/{month2.jpg\"", "without its '}'")]
    [InlineData("photo: \"../{month2}\"", "'photo' is a file name without folder or extension")]
    [InlineData("photo: \"{day2}\"", "needs a day page, not the month page")]
    [InlineData("photo: cover, path: cover.jpg", "not both")]
    public void Bad_photo_names_and_placeholders_are_refused(string keys, string message)
    {
        Photos("pics", Months(".jpg"));
        string path = Template(keys);
        var problem = Assert.Single(TemplateLoader.Load(path).Problems);
        Assert.Equal((path, 5), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void The_edition_logo_is_no_photo_pattern_and_keeps_its_fit()
    {
        var image = Image(TemplateLoader.Load(Template("path: \"{edition.logo}\", fit: cover, anchor: left", top: "")));
        Assert.Equal((Editions.EditionPlaceholders.LogoPath, ImageFit.Cover, 0.0), (image.Path, image.Fit, image.AnchorX));
    }

    [Fact]
    public void A_photo_without_a_photos_folder_says_how_to_give_one()
    {
        var problem = Assert.Single(TemplateLoader.Load(Template("photo: cover", top: "")).Problems);
        Assert.Contains("set 'photos' at the top of the template, or give --photos DIR", problem.Message);
    }

    [Fact]
    public void A_photos_folder_that_does_not_exist_is_named_at_its_line()
    {
        string path = Template("photo: cover", top: "photos: nowhere");
        var problem = Assert.Single(TemplateLoader.Load(path).Problems);
        Assert.Equal((path, 2), (problem.File, problem.Line));
        Assert.Contains("no such folder", problem.Message);
    }

    [Fact]
    public void The_photos_folder_of_the_command_line_replaces_the_templates_and_is_allowed()
    {
        // The template's own folder has no photos; the one given (outside the template's folder) has them.
        using var elsewhere = new TempFolder("calendargen-photos-");
        foreach (string name in Months(".png"))
        {
            File.WriteAllBytes(Path.Combine(elsewhere.Path, name), TinyJpeg);
        }

        string path = Template("photo: \"{month2}\", fit: cover");
        Assert.NotEmpty(TemplateLoader.Load(path).Problems);
        var image = Image(TemplateLoader.Load(path, policy: new ReferencePolicy([], elsewhere.Path)));
        Assert.Equal(Path.Combine(elsewhere.Path, "{month2}.*"), image.Path);

        // A path with placeholders keeps its file name and takes the given folder.
        File.Move(Path.Combine(elsewhere.Path, "04.png"), Path.Combine(elsewhere.Path, "shot-04.png"));
        var renamed = TemplateLoader.Load(Template("path: \"pics/shot-{month2}.png\""), policy: new ReferencePolicy([], elsewhere.Path));
        Assert.Equal(11, renamed.Problems.Length);
        Assert.DoesNotContain(renamed.Problems, p => p.Message.Contains("(month 4)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_photo_outside_the_allowed_folders_through_a_link_is_refused()
    {
        using var outside = new TempFolder("calendargen-outside-");
        File.WriteAllBytes(Path.Combine(outside.Path, "secret.jpg"), TinyJpeg);
        Photos("pics", [.. Months(".jpg").Where(m => m != "06.jpg")]);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "pics", "06.jpg"), Path.Combine(outside.Path, "secret.jpg"));
        var problem = Assert.Single(TemplateLoader.Load(Template("photo: \"{month2}\"")).Problems);
        Assert.Contains("(month 6): photo", problem.Message);
        Assert.Contains("--allow-path", problem.Message);
    }

    [Fact]
    public void An_image_may_run_under_the_binding_but_text_may_not()
    {
        Photos("pics", Months(".jpg"));
        // wall-13 binds at the top, 18 mm deep; the image frame starts in the bleed above it.
        Assert.True(TemplateLoader.Load(Template("photo: \"{month2}\"")).Succeeded);
        string text = temp.Write("text.yaml", """
            extends: wall-13
            pages:
              month:
                - { id: caption, type: text, x: 20, y: 10, width: 100, height: 10, text: "x" }
            """);
        Assert.Contains(TemplateLoader.Load(text).Problems, p => p.Message.Contains("binding zone", StringComparison.Ordinal));
    }
}
