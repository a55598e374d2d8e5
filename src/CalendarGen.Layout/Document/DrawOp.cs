using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Document;

/// <summary>A rectangle in points, origin at the top-left of the page's media box, y down.</summary>
public readonly record struct PtBox(double X, double Y, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>Whether <paramref name="inner"/> lies inside (0.01 pt tolerance).</summary>
    public bool Contains(PtBox inner) =>
        inner.X >= X - 0.01 && inner.Y >= Y - 0.01 && inner.Right <= Right + 0.01 && inner.Bottom <= Bottom + 0.01;

    /// <summary>"x y w h" with two decimals, for snapshots.</summary>
    public override string ToString() => FormattableString.Invariant($"{X:0.##} {Y:0.##} {Width:0.##} {Height:0.##}");
}

/// <summary>One drawing operation of a page, in points.</summary>
public abstract record DrawOp
{
    private protected DrawOp()
    {
    }
}

/// <summary>A run of text on one line.</summary>
/// <param name="X">The left end of the run.</param>
/// <param name="Baseline">The baseline.</param>
/// <param name="Text">The text, NFC.</param>
/// <param name="Font">The font file.</param>
/// <param name="Size">Size in points.</param>
/// <param name="Color">Its colour.</param>
/// <param name="Bounds">The box the run occupies (advance width × ascent + descent), for checks.</param>
public sealed record TextOp(double X, double Baseline, string Text, string Font, double Size, PaletteColor Color, PtBox Bounds) : DrawOp;

/// <summary>A rectangle, filled and/or stroked.</summary>
public sealed record RectOp(PtBox Box, PaletteColor? Fill, PaletteColor? Stroke, double StrokeWidth) : DrawOp;

/// <summary>A straight line.</summary>
public sealed record LineOp(double X1, double Y1, double X2, double Y2, PaletteColor Color, double Width) : DrawOp;

/// <summary>An image file placed in <paramref name="Box"/> (its frame) as <see cref="ImagePlacement"/> says; nothing of
/// it is drawn outside the box.</summary>
/// <param name="Box">The frame's box.</param>
/// <param name="Path">The image file.</param>
/// <param name="Fit">How the image fills the box.</param>
/// <param name="AnchorX">Where the image sits across the box when it does not fill it (0 left, 1 right).</param>
/// <param name="AnchorY">Where the image sits down the box when it does not fill it (0 top, 1 bottom).</param>
/// <param name="Frame">The id of the template frame that placed it, for messages; null when no frame did.</param>
/// <param name="Source">Where that frame is written in its template (file:line:column), for messages.</param>
public sealed record ImageOp(PtBox Box, string Path, ImageFit Fit = ImageFit.Contain, double AnchorX = 0.5, double AnchorY = 0.5, string? Frame = null, SourceLocation? Source = null) : DrawOp
{
    /// <summary>"frame 'photo' (wall.yaml:69:7)" for messages, or null when no frame placed the image.</summary>
    public string? FrameName => Frame is null ? null : Source is null ? $"frame '{Frame}'" : $"frame '{Frame}' ({Source})";

    /// <summary>Where an image of the given proportions lands (it may overflow the box with cover; draw it clipped).</summary>
    public PtBox Place(double width, double height) => ImagePlacement.Place(Box, width, height, Fit, AnchorX, AnchorY);
}

/// <summary>A stroked circle (registration marks).</summary>
public sealed record CircleOp(double CenterX, double CenterY, double Radius, PaletteColor Color, double Width) : DrawOp;
