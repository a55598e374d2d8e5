namespace CalendarGen.Templates.Model;

/// <summary>A process colour, each ink 0–100 %.</summary>
public readonly record struct Cmyk(double C, double M, double Y, double K)
{
    /// <summary>Total ink coverage in percent.</summary>
    public double TotalInk => C + M + Y + K;

    /// <summary>A screen approximation (naive, uncalibrated) for previews when no RGB value is given.</summary>
    public Rgb ToRgbApproximation() => new(
        (byte)Math.Round(255 * (1 - C / 100) * (1 - K / 100)),
        (byte)Math.Round(255 * (1 - M / 100) * (1 - K / 100)),
        (byte)Math.Round(255 * (1 - Y / 100) * (1 - K / 100)));
}

/// <summary>An 8-bit screen colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>"#RRGGBB".</summary>
    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";
}

/// <summary>A named colour of the template palette: CMYK for print, RGB for screens.</summary>
/// <param name="Name">The colour's name in the palette.</param>
/// <param name="Cmyk">Print inks.</param>
/// <param name="Rgb">Screen colour.</param>
/// <param name="Edition">Whether an editions table may replace it with a customer's brand colour.</param>
public sealed record PaletteColor(string Name, Cmyk Cmyk, Rgb Rgb, bool Edition = false);

/// <summary>Which palette colours play which role.</summary>
/// <param name="Text">Ordinary text and rules.</param>
/// <param name="Sunday">Sundays in grids and on day pages.</param>
/// <param name="DayOff">Public days off.</param>
/// <param name="LunarStart">The "1/8" of a lunar month start.</param>
/// <param name="Background">The page background (extends into the bleed), or null for paper white.</param>
/// <param name="Accent">Headings and decorations.</param>
public sealed record ColorRoles(string Text, string Sunday, string DayOff, string LunarStart, string? Background, string Accent);
