using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Document;

/// <summary>Where an image lands in its frame, for every output (screen, press, preview, soft proof).</summary>
public static class ImagePlacement
{
    /// <summary>
    /// The rectangle the whole image is drawn into. With <see cref="ImageFit.Cover"/> it may be larger than the frame
    /// (the caller clips to the frame); the anchor says which part stays in view: (0, 0) keeps the top-left corner,
    /// (0.5, 0.5) the centre, (1, 1) the bottom-right.
    /// </summary>
    public static PtBox Place(PtBox frame, double width, double height, ImageFit fit, double anchorX = 0.5, double anchorY = 0.5)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), "an image has a positive size");
        }

        if (fit == ImageFit.Fill)
        {
            return frame;
        }

        double sx = frame.Width / width, sy = frame.Height / height;
        double scale = fit == ImageFit.Cover ? Math.Max(sx, sy) : Math.Min(sx, sy);
        double w = width * scale, h = height * scale;
        return new PtBox(frame.X + (frame.Width - w) * Math.Clamp(anchorX, 0, 1), frame.Y + (frame.Height - h) * Math.Clamp(anchorY, 0, 1), w, h);
    }
}
