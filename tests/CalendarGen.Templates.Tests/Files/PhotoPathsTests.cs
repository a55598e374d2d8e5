using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Tests.Files;

public sealed class PhotoPathsTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-photo-paths-");

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("/p/{month2}.jpg", 2027, 7, 30, "/p/07.jpg")]
    [InlineData("/p/{year}-{month}-{day2}.png", 2027, 7, 3, "/p/2027-7-03.png")]
    [InlineData("/p/{month2}.*", 2027, 12, 1, "/p/12.*")]
    [InlineData("/p/{x}/cover.jpg", 2027, 1, 1, "/p/{x}/cover.jpg")] // braces in a folder are not placeholders
    public void Fill_replaces_placeholders_in_the_file_name_only(string path, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, PhotoPaths.Fill(path, year, month, day));
    }

    [Theory]
    [InlineData("photos/{month2}.jpg", false, PlaceholderScope.Month)]
    [InlineData("photos/{day2}-{month2}.*", false, PlaceholderScope.Day)]
    [InlineData("photos/cover.*", true, PlaceholderScope.Any)]
    [InlineData("logo.svg", false, PlaceholderScope.Any)]
    public void A_pattern_is_a_path_with_placeholders_or_any_extension_and_its_scope_is_its_widest_placeholder(string path, bool anyExtension, PlaceholderScope scope)
    {
        Assert.Equal(path.Contains('{') || anyExtension, PhotoPaths.IsPattern(path));
        Assert.Equal(scope, PhotoPaths.ScopeOf(path));
        Assert.Null(PhotoPaths.CheckWritten(path));
    }

    [Fact]
    public void Find_takes_the_one_file_of_the_name_in_any_case_of_a_known_extension()
    {
        File.WriteAllBytes(Path.Combine(temp.Path, "01.JPG"), [1]);
        File.WriteAllBytes(Path.Combine(temp.Path, "01.txt"), [1]);
        File.WriteAllBytes(Path.Combine(temp.Path, "010.jpg"), [1]);
        Assert.Equal(Path.Combine(temp.Path, "01.JPG"), PhotoPaths.Find(Path.Combine(temp.Path, "01.*"), out string? problem));
        Assert.Null(problem);

        Assert.Null(PhotoPaths.Find(Path.Combine(temp.Path, "02.*"), out problem));
        Assert.Equal($"no photo {Path.Combine(temp.Path, "02")}{{.jpg,.jpeg,.png,.tif,.tiff}}", problem);

        Assert.Null(PhotoPaths.Find(Path.Combine(temp.Path, "nowhere", "02.*"), out problem));
        Assert.Contains("(no such folder)", problem);

        // A path with its extension is taken as it is; the image check says whether it exists.
        Assert.Equal("/x/y.png", PhotoPaths.Find("/x/y.png", out _));
    }
}
