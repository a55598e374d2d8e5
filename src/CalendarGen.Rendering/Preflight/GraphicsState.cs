namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// The parts of the PDF graphics state press checks need, saved and restored with q/Q: colour spaces and colours,
/// opacity, blend mode, soft mask, overprint, text render mode and the line width scaled by the CTM.
/// </summary>
internal sealed record GraphicsState
{
    /// <summary>The family of the fill colour space: DeviceGray, DeviceCMYK, DeviceRGB, Lab, ICCBased, Separation, Pattern …</summary>
    public string FillSpace { get; init; } = "DeviceGray";

    public string StrokeSpace { get; init; } = "DeviceGray";

    public double[] Fill { get; init; } = [0];

    public double[] Stroke { get; init; } = [0];

    public double FillAlpha { get; init; } = 1;

    public double StrokeAlpha { get; init; } = 1;

    public bool FillOverprint { get; init; }

    public int TextRenderMode { get; init; }

    /// <summary>The CTM's scale (square root of its determinant), for line widths in device points.</summary>
    public double Scale { get; init; } = 1;

    public double LineWidth { get; init; } = 1;
}
