using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Tests;

public class ImagePlacementTests
{
    private static readonly PtBox Frame = new(10, 20, 300, 200);

    [Fact]
    public void Contain_fits_the_whole_image_and_centres_it_by_default()
    {
        // 400 × 200 into 300 × 200: limited by width, scale 0.75 → 300 × 150, 25 pt above and below.
        Assert.Equal(new PtBox(10, 45, 300, 150), ImagePlacement.Place(Frame, 400, 200, ImageFit.Contain));
    }

    [Fact]
    public void Cover_fills_the_frame_and_overflows_on_one_side_only()
    {
        // 400 × 200 to cover 300 × 200: limited by height, scale 1 → 400 × 200, 100 pt overflow split 50/50.
        Assert.Equal(new PtBox(-40, 20, 400, 200), ImagePlacement.Place(Frame, 400, 200, ImageFit.Cover));
    }

    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(1.0, -90.0)]
    [InlineData(0.25, -15.0)]
    public void The_anchor_chooses_which_part_of_a_covering_image_stays_in_view(double anchorX, double expectedX)
    {
        var placed = ImagePlacement.Place(Frame, 400, 200, ImageFit.Cover, anchorX, 0.5);
        Assert.Equal(expectedX, placed.X, 9);
        Assert.Equal(400, placed.Width, 9);
    }

    [Fact]
    public void Fill_stretches_to_the_frame()
    {
        Assert.Equal(Frame, ImagePlacement.Place(Frame, 17, 999, ImageFit.Fill));
    }

    [Fact]
    public void A_covering_image_always_contains_the_frame_and_a_contained_one_lies_inside_it()
    {
        for (int w = 1; w < 50; w += 7)
        {
            for (int h = 1; h < 50; h += 5)
            {
                Assert.True(ImagePlacement.Place(Frame, w, h, ImageFit.Cover, 0.3, 0.8).Contains(Frame));
                Assert.True(Frame.Contains(ImagePlacement.Place(Frame, w, h, ImageFit.Contain, 0.3, 0.8)));
            }
        }
    }
}
