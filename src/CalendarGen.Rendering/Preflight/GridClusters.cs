namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Splits a page's day/lunar pairs into separate grids (a year poster has twelve side by side, a cell apart). A grid
/// with a weekday header row (seven of T2 … CN) takes the days under that row's span, nearest header first; days
/// under no header are grouped by distance: pairs one cell apart in a row or a column belong together, the cell pitch
/// being the page's median distance to the next day. A stray pair (a big month number "03" with a small number near
/// it) is left in a group of its own.
/// </summary>
internal static class GridClusters
{
    public static List<List<GridReader.RawPair>> Split(List<GridReader.RawPair> pairs, IReadOnlyList<TextWord> words)
    {
        var runs = HeaderRuns(words);
        var byRun = new Dictionary<int, List<GridReader.RawPair>>();
        var loose = new List<GridReader.RawPair>();
        foreach (var pair in pairs)
        {
            int best = -1;
            for (int r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                if (pair.Day.CenterX >= run.Left && pair.Day.CenterX <= run.Right && run.Bottom > pair.Day.Top
                    && (best < 0 || run.Bottom < runs[best].Bottom))
                {
                    best = r;
                }
            }

            if (best < 0)
            {
                loose.Add(pair);
            }
            else
            {
                (byRun.TryGetValue(best, out var list) ? list : byRun[best] = []).Add(pair);
            }
        }

        return [.. byRun.Values, .. ByDistance(loose)];
    }

    /// <summary>Rows of seven weekday headers, each as the span of its columns (half a column wider each side).</summary>
    private static List<(double Left, double Right, double Bottom)> HeaderRuns(IReadOnlyList<TextWord> words)
    {
        var headers = words.Where(w => CalendarText.Header(w.Text) is not null).OrderByDescending(w => w.Bottom).ToList();
        var runs = new List<(double, double, double)>();
        var rows = new List<List<TextWord>>();
        foreach (var header in headers)
        {
            if (rows.Count == 0 || Math.Abs(rows[^1][0].Bottom - header.Bottom) > header.Height * 0.5)
            {
                rows.Add([]);
            }

            rows[^1].Add(header);
        }

        foreach (var row in rows)
        {
            var ordered = row.OrderBy(w => w.Left).ToList();
            for (int i = 0; i + 7 <= ordered.Count; i += 7)
            {
                var run = ordered.GetRange(i, 7);
                if (run.Select(w => CalendarText.Header(w.Text)).Distinct().Count() != 7)
                {
                    break;
                }

                double half = (run[6].CenterX - run[0].CenterX) / 12;
                runs.Add((run[0].CenterX - half, run[6].CenterX + half, run.Min(w => w.Bottom)));
            }
        }

        return runs;
    }

    private static List<List<GridReader.RawPair>> ByDistance(List<GridReader.RawPair> pairs)
    {
        int n = pairs.Count;
        double across = Median(pairs, (a, b) => SameRow(a, b) && b.Day.CenterX > a.Day.CenterX ? b.Day.CenterX - a.Day.CenterX : null);
        double down = Median(pairs, (a, b) => Math.Abs(a.Day.CenterX - b.Day.CenterX) < across * 0.5 && b.Day.CenterY < a.Day.CenterY
            ? a.Day.CenterY - b.Day.CenterY : null);
        int[] parent = [.. Enumerable.Range(0, n)];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                var (a, b) = (pairs[i].Day, pairs[j].Day);
                double dx = Math.Abs(a.CenterX - b.CenterX), dy = Math.Abs(a.CenterY - b.CenterY);
                bool neighbours = (SameRow(pairs[i], pairs[j]) && dx <= across * 1.5) || (dx < across * 0.5 && dy <= down * 1.5);
                if (neighbours && Math.Abs(a.Height - b.Height) < Math.Max(a.Height, b.Height) * 0.3)
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }

        return [.. Enumerable.Range(0, n).GroupBy(i => Find(parent, i)).Select(g => g.Select(i => pairs[i]).ToList())];
    }

    private static bool SameRow(GridReader.RawPair a, GridReader.RawPair b) =>
        Math.Abs(a.Day.CenterY - b.Day.CenterY) < Math.Max(a.Day.Height, b.Day.Height) * 0.5;

    /// <summary>The median over pairs of the distance to the nearest qualifying neighbour (infinity when none).</summary>
    private static double Median(List<GridReader.RawPair> pairs, Func<GridReader.RawPair, GridReader.RawPair, double?> distance)
    {
        var nearest = pairs.Select(a => pairs.Select(b => distance(a, b)).Where(d => d is > 0).Min()).Where(d => d is not null).Select(d => d!.Value).Order().ToList();
        return nearest.Count == 0 ? double.PositiveInfinity : nearest[nearest.Count / 2];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
