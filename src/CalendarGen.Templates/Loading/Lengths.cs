using System.Globalization;

namespace CalendarGen.Templates.Loading;

/// <summary>Lengths in templates: a bare number is millimetres; "mm", "cm", "pt" and "in" suffixes are accepted.</summary>
internal static class Lengths
{
    public const double PointsPerMillimetre = 72.0 / 25.4;

    /// <summary>Millimetres from "12", "12.5mm", "1.2cm", "10pt", "0.5in"; null if not a length.</summary>
    public static double? ParseMillimetres(string text)
    {
        string t = text.Trim();
        (string unit, double factor) = t switch
        {
            _ when t.EndsWith("mm", StringComparison.Ordinal) => ("mm", 1.0),
            _ when t.EndsWith("cm", StringComparison.Ordinal) => ("cm", 10.0),
            _ when t.EndsWith("pt", StringComparison.Ordinal) => ("pt", 25.4 / 72.0),
            _ when t.EndsWith("in", StringComparison.Ordinal) => ("in", 25.4),
            _ => ("", 1.0),
        };
        string number = t[..^unit.Length].Trim();
        return double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
            && double.IsFinite(value)
            ? value * factor
            : null;
    }
}
