using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// An image drawn with Do, or inline (BI … EI): its colour space and soft mask (once per image), the filters of an
/// inline image (an XObject's stream filters are checked with every stream of the file) and its resolution where placed.
/// </summary>
internal static class ImageCheck
{
    private const double MinImagePpi = 200;

    private static readonly HashSet<string> ForbiddenFilters = ["LZWDecode", "JBIG2Decode", "JPXDecode"];

    /// <param name="sink">Where findings go.</param>
    /// <param name="page">The 1-based page.</param>
    /// <param name="image">The image XObject.</param>
    /// <param name="name">Its resource name.</param>
    /// <param name="resources">The resources it was drawn with (for a named colour space).</param>
    /// <param name="where">The operator that draws it, for findings.</param>
    /// <param name="scale">The CTM's scale: the placed size of the unit square, in points.</param>
    /// <param name="firstUse">Whether this is the first time the image is drawn on the page.</param>
    /// <param name="spotInks">Collects the colorants of spot colour spaces.</param>
    public static void Run(FindingSink sink, int page, PdfDictionary image, string name, PdfDictionary? resources, string where, double scale,
        bool firstUse, ISet<string> spotInks)
    {
        if (firstUse)
        {
            if (PdfItems.Boolean(image, "/ImageMask") != true)
            {
                string family = PdfItems.ColourSpaceFamily(image.Elements["/ColorSpace"], resources, spotInks);
                CheckSpace(sink, page, family, where, "image " + name);
            }

            if (image.Elements["/SMask"] is { } smask && PdfItems.Name(smask) != "None")
            {
                sink.Error("transparency", page, where, "image with a soft mask (alpha channel)", "ảnh có kênh trong suốt (soft mask)", key: "image-smask " + name);
            }
        }

        CheckResolution(sink, page, PdfItems.Number(image, "/Width") ?? 0, PdfItems.Number(image, "/Height") ?? 0, where, scale, "ppi " + name);
    }

    /// <summary>An inline image: the same checks, and its filters (no LZW, JBIG2 or JPX), keyed by its index in the stream.</summary>
    public static void RunInline(FindingSink sink, int page, InlineImages.Image image, PdfDictionary? resources, string where, double scale, int index,
        ISet<string> spotInks)
    {
        string key = "inline " + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!image.ImageMask)
        {
            string family = image.ColourSpace.StartsWith('/')
                ? PdfItems.ColourSpaceFamily(new PdfName(image.ColourSpace), resources, spotInks)
                : image.ColourSpace;
            CheckSpace(sink, page, family, where, key);
        }

        foreach (string filter in image.Filters.Where(ForbiddenFilters.Contains))
        {
            sink.Error("filter-forbidden", page, where, $"inline image compressed with {filter}", $"ảnh nội tuyến (inline) nén bằng {filter}", key: key + filter);
        }

        CheckResolution(sink, page, image.Width, image.Height, where, scale, "ppi " + key);
    }

    private static void CheckSpace(FindingSink sink, int page, string family, string where, string key)
    {
        if (PdfItems.IsForbidden(family))
        {
            sink.Error(PdfItems.RuleOf(family), page, where, $"image in {PdfItems.Describe(family)}" + ContentWalker.SpotAdvice(family, false),
                $"ảnh dùng {PdfItems.Describe(family, true)}" + ContentWalker.SpotAdvice(family, true), key: key);
        }
    }

    private static void CheckResolution(FindingSink sink, int page, double width, double height, string where, double scale, string key)
    {
        double pixels = Math.Sqrt(width * height);
        double placed = scale / 72;
        if (pixels > 0 && placed > 0 && pixels / placed < MinImagePpi)
        {
            sink.Warning("image-resolution", page, where, $"{pixels / placed:0} ppi at its placed size (under {MinImagePpi})",
                $"{pixels / placed:0} ppi ở kích thước đặt (dưới {MinImagePpi})", key: key);
        }
    }
}
