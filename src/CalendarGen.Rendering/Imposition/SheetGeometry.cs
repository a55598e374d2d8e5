using CalendarGen.Templates.Press;

namespace CalendarGen.Rendering.Imposition;

/// <summary>A rectangle on the sheet in points, y down from the sheet's top edge (XGraphics' coordinates).</summary>
public readonly record struct SheetRect(double X, double Y, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>The same rectangle seen from the back of a sheet of this size, turned or tumbled.</summary>
    public SheetRect Behind(DuplexMode duplex, double sheetWidth, double sheetHeight) => duplex switch
    {
        DuplexMode.Turn => this with { X = sheetWidth - Right },
        DuplexMode.Tumble => this with { Y = sheetHeight - Bottom },
        _ => this,
    };
}

/// <summary>
/// Where the slots sit on the sheet: the grid is centred in the work area, the sheet less its margins, the gripper
/// strip at the lead (bottom) edge, room for crop marks on every side and the slug at the top. A tumbled sheet is
/// gripped by the other long edge for its back, so both long edges keep the gripper strip.
/// </summary>
public sealed class SheetGeometry
{
    /// <summary>Crop mark length and its distance from the bleed edge of the grid, in points.</summary>
    public const double MarkLength = 5 * PointsPerMm, MarkOffset = 2 * PointsPerMm;

    /// <summary>Height of the slug (two lines of text) above the top crop marks, in points.</summary>
    public const double SlugHeight = 7 * PointsPerMm;

    private const double PointsPerMm = 72 / 25.4;

    private SheetGeometry(double width, double height, IReadOnlyList<SheetRect> slots, SheetRect grid, double slugTop)
    {
        Width = width;
        Height = height;
        Slots = slots;
        Grid = grid;
        SlugTop = slugTop;
    }

    /// <summary>Sheet width in points.</summary>
    public double Width { get; }

    /// <summary>Sheet height in points.</summary>
    public double Height { get; }

    /// <summary>Slot rectangles in reading order.</summary>
    public IReadOnlyList<SheetRect> Slots { get; }

    /// <summary>The grid's outer edge (bleed edges of the outer slots).</summary>
    public SheetRect Grid { get; }

    /// <summary>Top of the slug's text area.</summary>
    public double SlugTop { get; }

    /// <summary>Millimetres to points.</summary>
    public static double Points(double mm) => mm * PointsPerMm;

    /// <summary>Lays out the grid; throws <see cref="ImpositionException"/> when the slots cannot fit the sheet.</summary>
    public static SheetGeometry Make(PressLayout layout, double slotWidth, double slotHeight)
    {
        double width = Points(layout.SheetWidth), height = Points(layout.SheetHeight);
        double gap = Points(layout.Gap), margin = Points(layout.Margin), gripper = Points(layout.Gripper);
        double top = layout.Duplex == DuplexMode.Tumble ? Math.Max(margin, gripper) : margin;
        double gridWidth = (layout.Columns * slotWidth) + ((layout.Columns - 1) * gap);
        double gridHeight = (layout.Rows * slotHeight) + ((layout.Rows - 1) * gap);
        double marks = MarkOffset + MarkLength;
        double needWidth = gridWidth + (2 * marks) + (2 * margin);
        double needHeight = gridHeight + (2 * marks) + SlugHeight + top + gripper;
        if (needWidth > width + 0.01 || needHeight > height + 0.01)
        {
            throw new ImpositionException(
                $"a {layout.Columns}×{layout.Rows} grid of {Mm(slotWidth)}×{Mm(slotHeight)} mm slots with {layout.Gap:0.##} mm gaps needs a sheet of at least "
                + $"{Mm(needWidth)}×{Mm(needHeight)} mm (with crop marks, slug, {layout.Margin:0.##} mm margins and a {layout.Gripper:0.##} mm gripper); the sheet is {layout.SheetWidth:0.##}×{layout.SheetHeight:0.##} mm");
        }

        // Centre the grid in what is left once the slug's strip is set aside at the top.
        double areaTop = top + SlugHeight, areaBottom = height - gripper;
        double x0 = (width - gridWidth) / 2;
        double y0 = areaTop + ((areaBottom - areaTop - gridHeight) / 2);
        var slots = new List<SheetRect>(layout.Slots);
        for (int r = 0; r < layout.Rows; r++)
        {
            for (int c = 0; c < layout.Columns; c++)
            {
                slots.Add(new SheetRect(x0 + (c * (slotWidth + gap)), y0 + (r * (slotHeight + gap)), slotWidth, slotHeight));
            }
        }

        return new SheetGeometry(width, height, slots, new SheetRect(x0, y0, gridWidth, gridHeight), y0 - marks - SlugHeight);
    }

    private static string Mm(double points) => (points / PointsPerMm).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
