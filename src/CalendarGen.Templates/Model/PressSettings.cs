namespace CalendarGen.Templates.Model;

/// <summary>How press and proof files are made for the printing house (the template's "press" section).</summary>
/// <param name="OverprintBlack">Whether text, rules and shapes in 100 % K alone overprint (default true), so that
/// misregistration leaves no white halo round black type on a tint.</param>
public sealed record PressSettings(bool OverprintBlack)
{
    /// <summary>The settings of a template that says nothing.</summary>
    public static PressSettings Default { get; } = new(OverprintBlack: true);
}
