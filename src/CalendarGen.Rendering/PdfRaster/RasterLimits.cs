namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// Caps that keep a hostile PDF from making a preview hang or exhaust memory. Calendargen's own files stay far below
/// each: an imposed 8-up sheet nests forms two deep and runs about 20,000 operators.
/// </summary>
internal static class RasterLimits
{
    /// <summary>Forms drawn inside forms: deeper ones are skipped (and counted).</summary>
    public const int MaxFormDepth = 32;

    /// <summary>Operators run for one page, counting every time a form is drawn.</summary>
    public const int MaxOperators = 1_000_000;

    /// <summary>Bytes a content stream or form may decode to.</summary>
    public const long MaxStreamBytes = 64L << 20;

    /// <summary>Pixels of one image, as for images a template places (<see cref="Templates.Files.ImageFile"/>).</summary>
    public const long MaxImagePixels = Templates.Files.ImageFile.MaxPixels;

    /// <summary>Side of one image, as for images a template places.</summary>
    public const int MaxImageSide = Templates.Files.ImageFile.MaxSide;
}
