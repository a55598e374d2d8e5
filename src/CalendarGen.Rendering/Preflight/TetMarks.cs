using System.Globalization;
using System.Text.RegularExpressions;
using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Tết as a page names it next to a date — "Tết Nguyên Đán", "Tết", "Mùng 2 Tết", "Giao thừa" on a block's day page,
/// or as a label in a month grid's day cell — checked against the engine: Tết and Mùng 1 on lunar 1/1, Mùng 2 and 3 on
/// 2/1 and 3/1, Giao thừa on the last day of the lunar year. A label counts only where a line of text begins with it
/// (a proverb that mentions Tết is not a mark), and a bare "Tết" only as a line of its own. A run of days all marked
/// "Tết Nguyên Đán" (a calendar that marks the three days off alike) must begin on 1/1 and last three days at most.
/// </summary>
internal static partial class TetMarks
{
    /// <summary>A mark found: where, the date it stands next to, what is printed, and its offset from Tết (−1 for Giao thừa).</summary>
    internal sealed record Mark(int Page, TextWord Where, LocalDate Date, string Printed, int Offset, bool Run);

    /// <summary>The marks among <paramref name="words"/>, each given the date of the nearest day it labels.</summary>
    public static IEnumerable<Mark> Find(int page, IReadOnlyList<TextWord> words, IReadOnlyList<(TextWord Day, LocalDate Date)> days, bool grid)
    {
        if (days.Count == 0)
        {
            yield break;
        }

        foreach (var line in Lines(words))
        {
            string text = string.Join(' ', line.Select(w => w.Text)).ToLower(CultureInfo.InvariantCulture).Trim();
            if (Parse(text) is not { } parsed)
            {
                continue;
            }

            var first = line[0];
            var box = new TextWord(string.Join(' ', line.Select(w => w.Text)), line.Min(w => w.Left), line.Min(w => w.Bottom), line.Max(w => w.Right), line.Max(w => w.Top));
            var day = grid ? Nearest(box, days) : days[0];
            if (day is { } d && !ReferenceEquals(d.Day, first))
            {
                yield return new Mark(page, box, d.Date, box.Text, parsed.Offset, parsed.Run);
            }
        }
    }

    /// <summary>The marks that are on the wrong day, each with the day it belongs on.</summary>
    public static IEnumerable<(Mark Mark, LocalDate Right)> Wrong(IReadOnlyList<Mark> marks)
    {
        var runDays = marks.Where(m => m.Run).Select(m => m.Date).ToHashSet();
        foreach (var mark in marks)
        {
            if (!VietnameseLunarCalendar.Supports(mark.Date.PlusDays(-mark.Offset)) || mark.Date.Year is < 1901 or > 2198)
            {
                continue;
            }

            // The Tết whose day (plus the mark's offset) lies nearest the printed date.
            var right = new[] { mark.Date.Year - 1, mark.Date.Year, mark.Date.Year + 1 }
                .Select(y => VietnameseLunarCalendar.GetYear(y).FirstDay.PlusDays(mark.Offset))
                .MinBy(r => Math.Abs(Period.Between(r, mark.Date, PeriodUnits.Days).Days));
            int late = Period.Between(right, mark.Date, PeriodUnits.Days).Days;
            bool inRun = mark.Run && late is 1 or 2 && runDays.Contains(mark.Date.PlusDays(-1));
            if (late != 0 && !inRun)
            {
                yield return (mark, right);
            }
        }
    }

    /// <summary>How a right day reads: "2007-02-17 (lunar 1/1)".</summary>
    public static string Lunar(LocalDate date)
    {
        var lunar = VietnameseLunarCalendar.ToLunarDate(date);
        return $"{lunar.Day}/{lunar.Month}" + (lunar.IsLeapMonth ? "+" : "");
    }

    private static (int Offset, bool Run)? Parse(string line)
    {
        if (MungTet().Match(line) is { Success: true } mung)
        {
            int n = mung.Groups[1].Value switch { "1" or "một" => 1, "2" or "hai" => 2, _ => 3 };
            return (n - 1, false);
        }

        if (GiaoThua().IsMatch(line))
        {
            return (-1, false);
        }

        return NewYear().IsMatch(line) ? (0, true) : null;
    }

    /// <summary>The day a grid label belongs to: the nearest day number above it or level with it, not right of it.</summary>
    private static (TextWord Day, LocalDate Date)? Nearest(TextWord label, IReadOnlyList<(TextWord Day, LocalDate Date)> days)
    {
        (TextWord Day, LocalDate Date)? best = null;
        double bestDistance = double.MaxValue;
        foreach (var day in days)
        {
            double h = day.Day.Height;
            if (label.Top > day.Day.Top + (h * 0.2) || label.CenterX < day.Day.Left - h || ReferenceEquals(label, day.Day))
            {
                continue;
            }

            double distance = Math.Abs(label.CenterX - day.Day.CenterX) + Math.Abs(label.CenterY - day.Day.CenterY);
            if (distance < bestDistance && distance < h * 6)
            {
                bestDistance = distance;
                best = day;
            }
        }

        return best;
    }

    /// <summary>
    /// Words joined into lines: words whose centres lie within half a height of each other form a band; a band splits
    /// where the gap to the next word exceeds the words' height or the size doubles, so grid cells and a big
    /// day number beside small text stay apart. Lines come top to bottom, each left to right.
    /// </summary>
    internal static List<List<TextWord>> Lines(IReadOnlyList<TextWord> words)
    {
        var bands = new List<List<TextWord>>();
        foreach (var word in words.OrderByDescending(w => w.CenterY))
        {
            var band = bands.Count > 0 ? bands[^1] : null;
            if (band is null || Math.Abs(band[0].CenterY - word.CenterY) >= Math.Max(band[0].Height, word.Height) / 2)
            {
                bands.Add(band = []);
            }

            band.Add(word);
        }

        var lines = new List<List<TextWord>>();
        foreach (var band in bands)
        {
            List<TextWord>? line = null;
            foreach (var word in band.OrderBy(w => w.Left))
            {
                var last = line?[^1];
                double h = Math.Max(last?.Height ?? 0, word.Height);
                bool joins = last is not null && word.Left - last.Right < h && Math.Max(last.Height, word.Height) < Math.Min(last.Height, word.Height) * 2;
                if (!joins)
                {
                    lines.Add(line = []);
                }

                line!.Add(word);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:mùng|mồng)\s+(1|2|3|một|hai|ba)\s+tết(?![\p{L}])")]
    private static partial Regex MungTet();

    [GeneratedRegex(@"^(?:giao\s+thừa|lunar\s+new\s+year'?s\s+eve)(?![\p{L}])")]
    private static partial Regex GiaoThua();

    [GeneratedRegex(@"^(?:tết\s+nguyên\s+đán|tết\s+âm\s+lịch|tết$|lunar\s+new\s+year(?![\p{L}'’]))")]
    private static partial Regex NewYear();
}
