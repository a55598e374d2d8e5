using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// The graphics state a preview keeps beside the canvas, saved and restored with q/Q (the canvas itself keeps the
/// transformation matrix and the clip): colours, line style and the text state parameters (PDF 32000 §8.4, §9.3).
/// </summary>
internal sealed record PaintState
{
    public ColourSpace FillSpace { get; init; } = ColourSpace.DeviceGray;

    public ColourSpace StrokeSpace { get; init; } = ColourSpace.DeviceGray;

    /// <summary>The fill colour, or null when its space is not drawn (nothing is filled).</summary>
    public SKColor? Fill { get; init; } = SKColors.Black;

    public SKColor? Stroke { get; init; } = SKColors.Black;

    public float LineWidth { get; init; } = 1;

    public SKStrokeCap Cap { get; init; } = SKStrokeCap.Butt;

    public SKStrokeJoin Join { get; init; } = SKStrokeJoin.Miter;

    public float MiterLimit { get; init; } = 10;

    public float[]? Dash { get; init; }

    public float DashPhase { get; init; }

    public FontFace? Font { get; init; }

    public float FontSize { get; init; } = 1;

    public float CharSpacing { get; init; }

    public float WordSpacing { get; init; }

    /// <summary>Horizontal scaling, Tz / 100.</summary>
    public float HorizontalScale { get; init; } = 1;

    public float Leading { get; init; }

    public float Rise { get; init; }

    public int RenderMode { get; init; }
}
