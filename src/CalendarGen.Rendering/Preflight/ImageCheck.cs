using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Preflight;

/// <summary>An image drawn with Do: its colour space and soft mask (once per image) and its resolution where placed.</summary>
internal static class ImageCheck
{
    private const double MinImagePpi = 200;

    /// <param name="sink">Where findings go.</param>
    /// <param name="page">The 1-based page.</param>
    /// <param name="image">The image XObject.</param>
    /// <param name="name">Its resource name.</param>
    /// <param name="resources">The resources it was drawn with (for a named colour space).</param>
    /// <param name="where">The operator that draws it, for findings.</param>
    /// <param name="scale">The CTM's scale: the placed size of the unit square, in points.</param>
    /// <param name="firstUse">Whether this is the first time the image is drawn on the page.</param>
    public static void Run(FindingSink sink, int page, PdfDictionary image, string name, PdfDictionary? resources, string where, double scale, bool firstUse)
    {
        if (firstUse)
        {
            if (PdfItems.Boolean(image, "/ImageMask") != true)
            {
                string family = PdfItems.ColourSpaceFamily(image.Elements["/ColorSpace"], resources);
                if (PdfItems.IsForbidden(family))
                {
                    sink.Error(PdfItems.RuleOf(family), page, where, $"image in {family}", $"ảnh dùng {family}", key: "image " + name);
                }
            }

            if (image.Elements["/SMask"] is { } smask && PdfItems.Name(smask) != "None")
            {
                sink.Error("transparency", page, where, "image with a soft mask (alpha channel)", "ảnh có kênh trong suốt (soft mask)", key: "image-smask " + name);
            }
        }

        double pixels = Math.Sqrt((PdfItems.Number(image, "/Width") ?? 0) * (PdfItems.Number(image, "/Height") ?? 0));
        double placed = scale / 72;
        if (pixels > 0 && placed > 0 && pixels / placed < MinImagePpi)
        {
            sink.Warning("image-resolution", page, where, $"{pixels / placed:0} ppi at its placed size (under {MinImagePpi})",
                $"{pixels / placed:0} ppi ở kích thước đặt (dưới {MinImagePpi})", key: "ppi " + name);
        }
    }
}
