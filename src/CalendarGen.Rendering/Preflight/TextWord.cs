namespace CalendarGen.Rendering.Preflight;

/// <summary>A word printed on a page (NFC), with its box in points from the page's bottom-left.</summary>
internal sealed record TextWord(string Text, double Left, double Bottom, double Right, double Top)
{
    public double Height => Top - Bottom;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    /// <summary>The word as a whole number, or null.</summary>
    public int? Integer => Text.Length is > 0 and <= 4 && Text.All(char.IsAsciiDigit) ? int.Parse(Text, System.Globalization.CultureInfo.InvariantCulture) : null;
}
