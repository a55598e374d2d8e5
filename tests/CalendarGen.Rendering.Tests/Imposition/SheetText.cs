using System.Globalization;
using System.Text.RegularExpressions;
using CalendarGen.Rendering.Imposition;

namespace CalendarGen.Rendering.Tests.Imposition;

/// <summary>Words of a PDF as poppler reads them (pdftotext -bbox), by page, to find what lies in a region.</summary>
internal sealed partial class SheetText
{
    private readonly List<List<(double X, double Y, string Word)>> pages = [];

    private SheetText(string html)
    {
        foreach (string page in html.Split("<page ").Skip(1))
        {
            pages.Add([.. WordPattern().Matches(page).Select(m => (
                (D(m.Groups[1].Value) + D(m.Groups[3].Value)) / 2,
                (D(m.Groups[2].Value) + D(m.Groups[4].Value)) / 2,
                System.Net.WebUtility.HtmlDecode(m.Groups[5].Value)))]);
        }
    }

    public int PageCount => pages.Count;

    public static SheetText Of(string pdfPath)
    {
        var (exit, output) = ExternalTool.Run("pdftotext", "-bbox", pdfPath, "-");
        Assert.True(exit == 0, output);
        return new SheetText(output);
    }

    /// <summary>
    /// The words whose centre lies in the rectangle (points, y down), sorted: poppler's reading order of a region cut
    /// from a sheet need not match the page's own.
    /// </summary>
    public string In(int page, SheetRect area) => Sorted(pages[page - 1]
        .Where(w => w.X >= area.X && w.X <= area.Right && w.Y >= area.Y && w.Y <= area.Bottom));

    /// <summary>Every word of a page, sorted.</summary>
    public string All(int page) => Sorted(pages[page - 1]);

    private static string Sorted(IEnumerable<(double X, double Y, string Word)> words) =>
        string.Join(' ', words.Select(w => w.Word).Order(StringComparer.Ordinal));

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>""")]
    private static partial Regex WordPattern();
}
