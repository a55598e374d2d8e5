using CalendarGen.Domain.Calendar;
using CalendarGen.Layout.Document;
using CalendarGen.Templates;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Observances;
using NodaTime;

namespace CalendarGen.Layout.Tests;

/// <summary>A photo frame with placeholders shows each sheet's own file, placed as its fit and anchor say.</summary>
public sealed class PhotoPagesTests
{
    [Fact]
    public void Each_sheet_of_wall_13_photo_shows_its_own_photo_covering_the_frame_into_the_bleed()
    {
        var template = TemplateLoader.Load("wall-13-photo").Value!;
        var calendar = CalendarYear.Build(2027, ObservanceSets.Shipped("vn"), null, template.Page.WeekStart);
        var document = Composer.Compose(template, calendar, new FixedWidthMeasurer(), OutputProfile.Press, new LocalDate(2026, 1, 1));
        string folder = Path.Combine(ShippedFiles.TemplatesDirectory, "photos", "wall-13-photo");
        var pages = document.Pages.ToList();
        var photos = pages.Select(p => p.Ops.OfType<ImageOp>().Single()).ToList();
        Assert.Equal(13, photos.Count);
        Assert.Equal(Path.Combine(folder, "cover.jpg"), photos[0].Path);
        for (int month = 1; month <= 12; month++)
        {
            var photo = photos[month];
            Assert.Equal(Path.Combine(folder, $"{month:D2}.jpg"), photo.Path);
            Assert.Equal((ImageFit.Cover, 0.5, 0.5), (photo.Fit, photo.AnchorX, photo.AnchorY));

            // The frame starts at the bleed's top-left corner and spans the bleed's width.
            var bleed = pages[month].Bleed;
            Assert.Equal(bleed.X, photo.Box.X, 0.01);
            Assert.Equal(bleed.Y, photo.Box.Y, 0.01);
            Assert.Equal(bleed.Width, photo.Box.Width, 0.01);
        }
    }
}
