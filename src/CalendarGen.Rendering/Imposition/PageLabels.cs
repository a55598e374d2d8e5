using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Imposition;

/// <summary>
/// Page labels (/PageLabels) as calendargen writes them: a number tree whose every range holds one page and carries
/// the page's label as its prefix (/P). Ranges with a numbering style are read as prefix plus number.
/// </summary>
internal static class PageLabels
{
    public static Dictionary<int, string> Read(PdfDocument document)
    {
        var labels = new Dictionary<int, string>();
        if (document.Internals.Catalog.Elements.GetDictionary("/PageLabels") is not { } tree)
        {
            return labels;
        }

        var ranges = new List<(int Start, PdfDictionary Range)>();
        Collect(tree, ranges, depth: 0);
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int r = 0; r < ranges.Count; r++)
        {
            var (start, range) = ranges[r];
            int end = r + 1 < ranges.Count ? ranges[r + 1].Start : document.PageCount;
            string prefix = range.Elements.GetString("/P");
            string style = range.Elements.GetName("/S");
            int first = range.Elements.GetInteger("/St") is > 0 and var st ? st : 1;
            for (int page = start; page < end && page < document.PageCount; page++)
            {
                labels[page] = style == "/D" ? prefix + (first + page - start).ToString(System.Globalization.CultureInfo.InvariantCulture) : prefix;
            }
        }

        return labels;
    }

    private static void Collect(PdfDictionary node, List<(int, PdfDictionary)> ranges, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        if (node.Elements.GetArray("/Nums") is { } nums)
        {
            for (int i = 0; i + 1 < nums.Elements.Count; i += 2)
            {
                if (nums.Elements[i] is PdfInteger start && Dereference(nums.Elements[i + 1]) is PdfDictionary range)
                {
                    ranges.Add((start.Value, range));
                }
            }
        }

        if (node.Elements.GetArray("/Kids") is { } kids)
        {
            foreach (var kid in kids.Elements)
            {
                if (Dereference(kid) is PdfDictionary child)
                {
                    Collect(child, ranges, depth + 1);
                }
            }
        }
    }

    private static PdfItem? Dereference(PdfItem? item) => item is PdfSharp.Pdf.Advanced.PdfReference reference ? reference.Value : item;
}
