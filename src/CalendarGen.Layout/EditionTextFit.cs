using CalendarGen.Layout.Composition;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Editions;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout;

/// <summary>
/// Checks, before anything renders, that an edition's text fits the frames that print it at their minimum size and
/// that the fonts have its letters. Placeholders other than the edition's are measured with their documented example
/// ("Tháng Bảy", "2027"), so a frame mixing both is checked as it will roughly print.
/// </summary>
public static class EditionTextFit
{
    /// <summary>One problem per frame whose text will not fit or not print, each naming the frame; empty when all do.</summary>
    public static List<string> Problems(Template template, IReadOnlyDictionary<string, string> fields, ITextMeasurer measurer)
    {
        var setter = new TextSetter(measurer, template.Fonts);
        var problems = new List<string>();
        foreach (var frame in EditionBinder.TextFrames(template))
        {
            var text = (TextComponent)frame.Component;
            string filled = Examples(EditionBinder.Fill(text.Text, fields));
            if (text.Style.Uppercase)
            {
                filled = filled.ToUpperInvariant().Normalize(System.Text.NormalizationForm.FormC);
            }

            var lines = filled.Split('\n').Select(l => l.TrimEnd()).ToList();
            var box = new PtBox(0, 0, Units.Pt(frame.Box.Width), Units.Pt(frame.Box.Height));
            var color = new PaletteColor("check", default, default);
            try
            {
                _ = text.Wrap ? setter.WrapFitAndSet(lines, text.Style, color, box, $"frame '{frame.Id}'") : setter.FitAndSet(lines, text.Style, color, box, $"frame '{frame.Id}'");
            }
            catch (LayoutException e)
            {
                problems.Add(e.Message);
            }
        }

        return problems;
    }

    private static string Examples(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        int last = 0;
        foreach (var (index, name) in Placeholders.Find(text))
        {
            if (name is not null && Placeholders.All.TryGetValue(name, out var placeholder))
            {
                builder.Append(text, last, index - last).Append(placeholder.Example);
                last = index + name.Length + 2;
            }
        }

        return builder.Append(text, last, text.Length - last).ToString();
    }
}
