using NodaTime;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Reads the month grids of a page: every day number with a smaller number under it or beside it is a pair; the
/// pairs in reading order run 1, 2, 3 … and a drop starts the next month, so a grid that shows the last days of
/// the month before is read right. The month is the one the page names that agrees best with the printed lunar
/// days; a page that names no month is matched against every month of the year (and says so).
/// </summary>
internal static class GridReader
{
    /// <summary>A day number and the lunar text found with it, before its solar month is known.</summary>
    internal sealed record RawPair(TextWord Day, TextWord Lunar, int LunarDay, int LunarMonth, bool Leap);

    /// <summary>How many pairs make a page a month grid rather than a block's day page.</summary>
    public const int MinimumGridPairs = 7;

    public static List<RawPair> FindPairs(IReadOnlyList<TextWord> words)
    {
        var days = words.Where(w => w.Integer is >= 1 and <= 31).OrderByDescending(w => w.Height).ToList();
        var lunars = words.Select(w => (Word: w, Parsed: ParseLunar(w))).Where(x => x.Parsed is not null).ToList();
        var used = new HashSet<TextWord>(ReferenceEqualityComparer.Instance);

        // A day number with its own small number under it is a day, never another number's lunar date (the big "03"
        // a month page prints above its grid must not take the grid's day 1).
        var hasOwnLunar = new HashSet<TextWord>(lunars.Where(l => lunars.Any(x => Near(l.Word, x.Word))).Select(l => l.Word), ReferenceEqualityComparer.Instance);
        var pairs = new List<RawPair>();
        foreach (var day in days)
        {
            if (used.Contains(day))
            {
                continue;
            }

            (TextWord Word, (int Day, int Month, bool Leap)? Parsed) best = default;
            double bestDistance = double.MaxValue;
            foreach (var candidate in lunars)
            {
                var l = candidate.Word;
                if (ReferenceEquals(l, day) || used.Contains(l) || hasOwnLunar.Contains(l) || !Near(day, l))
                {
                    continue;
                }

                double distance = Math.Abs(l.CenterX - day.CenterX) + Math.Abs(l.CenterY - day.CenterY);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            if (best.Parsed is { } parsed)
            {
                used.Add(day);
                used.Add(best.Word!);
                pairs.Add(new RawPair(day, best.Word!, parsed.Day, parsed.Month, parsed.Leap));
            }
        }

        // A word taken as a lunar day cannot also be a solar day of another pair.
        return [.. pairs.Where(p => !pairs.Any(q => ReferenceEquals(q.Lunar, p.Day)))];
    }

    /// <summary>Whether <paramref name="lunar"/> is smaller than <paramref name="day"/> and sits under it or just right of it.</summary>
    private static bool Near(TextWord day, TextWord lunar)
    {
        if (ReferenceEquals(day, lunar) || lunar.Height > day.Height * 0.9)
        {
            return false;
        }

        double size = day.Height;
        bool below = lunar.Top <= day.Bottom + (size * 0.3) && day.Bottom - lunar.Top < size * 1.5
            && Math.Abs(lunar.CenterX - day.CenterX) < size * 1.2;
        bool beside = lunar.Left >= day.Right - (size * 0.1) && lunar.Left - day.Right < size
            && lunar.Bottom < day.Top && lunar.Top > day.Bottom;
        return below || beside;
    }

    private static (int Day, int Month, bool Leap)? ParseLunar(TextWord word)
    {
        if (word.Integer is >= 1 and <= 30 && word.Text.Length <= 2)
        {
            return (word.Integer.Value, 0, false);
        }

        return CalendarText.TryLunarToken(word.Text, out int d, out int m, out bool leap) ? (d, m, leap) : null;
    }

    /// <summary>The pairs split into months in reading order (rows top to bottom, each left to right).</summary>
    public static List<List<RawPair>> Segments(List<RawPair> pairs)
    {
        // Rows: day numbers whose bottoms lie within half a number's height of the row's first.
        var rows = new List<List<RawPair>>();
        foreach (var pair in pairs.OrderByDescending(p => p.Day.Bottom))
        {
            if (rows.Count == 0 || rows[^1][0].Day.Bottom - pair.Day.Bottom > pair.Day.Height * 0.5)
            {
                rows.Add([]);
            }

            rows[^1].Add(pair);
        }

        var ordered = rows.SelectMany(r => r.OrderBy(p => p.Day.Left)).ToList();
        var segments = new List<List<RawPair>>();
        foreach (var pair in ordered)
        {
            var segment = segments.LastOrDefault();
            int? previous = segment?.Last().Day.Integer;
            if (segment is null || pair.Day.Integer <= previous)
            {
                segments.Add(segment = []);
            }

            segment.Add(pair);
        }

        return segments;
    }

    /// <summary>The solar dates of the pairs of a segment read as month <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static int Score(List<RawPair> segment, int year, int month)
    {
        int score = 0;
        foreach (var pair in segment)
        {
            if (Date(year, month, pair.Day.Integer!.Value) is { } date && LunarCheck.Agrees(date, pair.LunarDay, pair.LunarMonth, pair.Leap))
            {
                score++;
            }
        }

        return score;
    }

    /// <summary>A day of a month counted from <paramref name="year"/> (month 0 is the December before), or null.</summary>
    public static LocalDate? Date(int year, int month, int day)
    {
        var first = new LocalDate(year, 1, 1).PlusMonths(month - 1);
        return day <= CalendarSystem.Iso.GetDaysInMonth(first.Year, first.Month) ? first.PlusDays(day - 1) : null;
    }
}
