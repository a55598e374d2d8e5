namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// The parts of the PDF graphics state press checks need, saved and restored with q/Q: colour spaces and colours,
/// opacity, blend mode, soft mask, overprint, text render mode, font size and leading, the line width, the CTM and
/// the bounds of the clipping path.
/// </summary>
internal sealed record GraphicsState
{
    /// <summary>The family of the fill colour space: DeviceGray, DeviceCMYK, DeviceRGB, Lab, ICCBased, Separation/…, Pattern …</summary>
    public string FillSpace { get; init; } = "DeviceGray";

    public string StrokeSpace { get; init; } = "DeviceGray";

    /// <summary>The colorant names of a DeviceN fill space (process and spot), else null.</summary>
    public string[]? FillColorants { get; init; }

    public string[]? StrokeColorants { get; init; }

    public double[] Fill { get; init; } = [0];

    public double[] Stroke { get; init; } = [0];

    public double FillAlpha { get; init; } = 1;

    public double StrokeAlpha { get; init; } = 1;

    public bool FillOverprint { get; init; }

    public int TextRenderMode { get; init; }

    /// <summary>The text font size (Tf), in text space units.</summary>
    public double FontSize { get; init; }

    /// <summary>The text leading (TL), for T*, ' and ".</summary>
    public double Leading { get; init; }

    /// <summary>The current transformation matrix, user space to page space.</summary>
    public Matrix Ctm { get; init; } = Matrix.Identity;

    /// <summary>The CTM's scale (square root of its determinant), for line widths and image sizes in page points.</summary>
    public double Scale => Ctm.Scale;

    /// <summary>The page-space bounds of the clipping path, or null for the whole page.</summary>
    public Rect? Clip { get; init; }

    public double LineWidth { get; init; } = 1;
}
