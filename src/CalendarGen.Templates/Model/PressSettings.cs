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
    /// <summary>The settings of a template that says nothing.</summary>
    public static PressSettings Default { get; } = new(OverprintBlack: true);
}
