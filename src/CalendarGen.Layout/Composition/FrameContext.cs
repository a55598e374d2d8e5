using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>Everything a component needs to lay itself out: the frame in points, the page, the template, the tools.</summary>
internal sealed record FrameContext(Frame Frame, PtBox Box, PageContext Page, Template Template, Labels Labels, TextSetter Text)
{
    /// <summary>"block-dai.yaml:42:7: frame 'day-number' on 2027-07-30", for errors.</summary>
    public string Where => $"{Frame.Source}: frame '{Frame.Id}' on {Page.Label}";

    public PaletteColor Color(string name) => Template.Palette[name];

    /// <summary>The colour of text in <paramref name="style"/> for a day: day off or Sunday colours when the style asks for them.</summary>
    public PaletteColor DayColor(TextStyle style, Domain.Calendar.CalendarDay? day)
    {
        if (style.DayColors == true && day is not null)
        {
            if (day.IsDayOff)
            {
                return Color(Template.Colors.DayOff);
            }

            if (day.IsSunday)
            {
                return Color(Template.Colors.Sunday);
            }
        }

        return Color(style.Color);
    }

    // Vietnamese has no casing rules of its own (unlike Turkish), so the invariant mapping is the right one, and it is
    // the same with or without ICU (slim containers run with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1); NFC keeps
    // precomposed letters such as "ắ" → "Ắ" whole.
    public string Case(TextStyle style, string text) => style.Uppercase ? text.ToUpperInvariant().Normalize(System.Text.NormalizationForm.FormC) : text;
}
