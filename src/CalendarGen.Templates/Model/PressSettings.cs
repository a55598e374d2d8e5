namespace CalendarGen.Templates.Model;

/// <summary>How press and proof files are made for the printing house, and the print-quality limits the validator
/// warns about (the template's "press" section; design.md §7.2).</summary>
/// <param name="OverprintBlack">Whether text, rules and shapes in 100 % K alone overprint (default true), so that
/// misregistration leaves no white halo round black type on a tint.</param>
/// <param name="MinTextSize">Text smaller than this (points, default 8) must be one solid ink and not reversed out
/// of a background of more than one ink.</param>
/// <param name="MinRuleWidth">Rules thinner than this (points, default 0.5) must be one solid ink.</param>
/// <param name="MinDot">Ink components below this (percent, default 5) do not print reliably; 0 is fine.</param>
/// <param name="MaxInk">The total ink limit of the press and paper (percent, default 300).</param>
public sealed record PressSettings(bool OverprintBlack, double MinTextSize = 8, double MinRuleWidth = 0.5, double MinDot = 5, double MaxInk = 300)
{
    /// <summary>The CMYK output ('prtr') ICC profile photos are converted with and that is embedded in the
    /// OutputIntent (a resolved path); null: the shipped FOGRA39 profile converts and the intent names FOGRA39.</summary>
    public string? OutputProfile { get; init; }

    /// <summary>The OutputIntent's condition identifier; null: the profile's description.</summary>
    public string? OutputCondition { get; init; }

    /// <summary>How photos are converted to the output profile (default relative colorimetric).</summary>
    public RenderingIntent RenderingIntent { get; init; } = RenderingIntent.Relative;

    /// <summary>Black-point compensation in photo conversion (default true).</summary>
    public bool BlackPointCompensation { get; init; } = true;

    /// <summary>A photo below this effective resolution at its placed size is an error (ppi, default 150); below 300 it
    /// is a warning.</summary>
    public double MinImagePpi { get; init; } = 150;

    /// <summary>A photo above this effective resolution at its placed size is downsampled to 300 ppi (or to this, when
    /// lower) before conversion, as prepress tools do: finer detail does not print (ppi, default 450; 0: never).</summary>
    public double MaxImagePpi { get; init; } = 450;

    /// <summary>The palette colour (a rich black such as 60/40/40/100) that large filled boxes in 100 % K alone are
    /// painted in for press and proof, or null (the default): K100 stays K100. Text and rules never change.</summary>
    public string? RichBlack { get; init; }

    /// <summary>The smallest area (mm², default 400, about 20 × 20 mm) of a K100 box that <see cref="RichBlack"/> paints.</summary>
    public double RichBlackMinArea { get; init; } = 400;

    /// <summary>The settings of a template that says nothing.</summary>
    public static PressSettings Default { get; } = new(OverprintBlack: true);
}

/// <summary>ICC rendering intents for converting photos to the output profile.</summary>
public enum RenderingIntent
{
    /// <summary>Relative colorimetric: in-gamut colours exact, paper white for white (the default).</summary>
    Relative,

    /// <summary>Perceptual: the whole gamut compressed into the press's.</summary>
    Perceptual,

    /// <summary>Saturation: vivid colours kept vivid (charts, logos).</summary>
    Saturation,

    /// <summary>Absolute colorimetric: the source white simulated on paper (proofing).</summary>
    Absolute,
}
