using System.Globalization;
using System.Text;
using CalendarGen.Layout.Document;

namespace CalendarGen.Cli.Serve;

/// <summary>
/// A page as the browser sees it: number, label, what it shows, a key that names it across re-renders (a date or a
/// month, not an index, so adding a cover does not move the designer to another page), and its text.
/// </summary>
/// <param name="Number">Page number, from 1.</param>
/// <param name="Label">The document's label ("2027-07-30", "Tháng 7", "Bìa").</param>
/// <param name="Kind">"day", "month" (one or two months) or "other" (cover, back, year).</param>
/// <param name="First">The first date shown (yyyy-mm-dd), if any.</param>
/// <param name="Last">The last date shown, if any.</param>
/// <param name="Key">The stable name of the page.</param>
/// <param name="Text">The page's text in paint order, one line per line of type: the image's text alternative.</param>
/// <param name="Width">Trim width in points (the browser picks a resolution that fits its window).</param>
/// <param name="Height">Trim height in points.</param>
internal sealed record PageEntry(int Number, string Label, string Kind, string? First, string? Last, string Key, string Text, double Width, double Height)
{
    public static PageEntry Of(PageInfo info, LaidOutPage page)
    {
        string? first = Iso(info.FirstDate), last = Iso(info.LastDate);
        string kind = first is null ? "other" : first == last ? "day" : "month";
        string key = kind switch
        {
            "day" => first!,
            "month" => "month:" + first,
            _ => "page:" + info.Label,
        };
        return new PageEntry(info.Number, info.Label, kind, first, last, key, TextOf(page), Math.Round(page.Trim.Width, 2), Math.Round(page.Trim.Height, 2));
    }

    /// <summary>The text runs of a page, runs on one baseline joined by a space, lines by a line break.</summary>
    public static string TextOf(LaidOutPage page)
    {
        var text = new StringBuilder();
        double? baseline = null;
        foreach (var run in page.Ops.OfType<TextOp>())
        {
            if (baseline is { } previous)
            {
                text.Append(Math.Abs(previous - run.Baseline) < 0.5 ? ' ' : '\n');
            }

            text.Append(run.Text);
            baseline = run.Baseline;
        }

        return text.ToString();
    }

    private static string? Iso(NodaTime.LocalDate? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
