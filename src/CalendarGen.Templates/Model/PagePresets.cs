namespace CalendarGen.Templates.Model;

/// <summary>Named trim sizes (portrait, millimetres): the Vietnamese block sizes of design.md §6 and ISO A sizes.</summary>
public static class PagePresets
{
    /// <summary>Every preset: name → (width, height) in mm, portrait.</summary>
    public static IReadOnlyDictionary<string, (double Width, double Height)> All { get; } = new Dictionary<string, (double, double)>
    {
        ["bloc-tieu"] = (75, 105),
        ["bloc-trung"] = (105, 145),
        ["bloc-trung-dac-biet"] = (120, 170),
        ["bloc-dai"] = (145, 205),
        ["bloc-dai-dac-biet"] = (170, 250),
        ["bloc-sieu-dai"] = (200, 300),
        ["bloc-cuc-dai"] = (250, 350),
        ["a6"] = (105, 148),
        ["a5"] = (148, 210),
        ["a4"] = (210, 297),
        ["a3"] = (297, 420),
        ["a2"] = (420, 594),
        ["a1"] = (594, 841),
    };
}
