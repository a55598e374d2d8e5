using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using UglyToad.PdfPig;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// The calendar checks no generic preflight has: the year, the solar/lunar pairs of month grids and block day pages
/// compared with the engine, printed weekday names, and the two 30 July annotations on every page that carries 30 July.
/// </summary>
internal sealed partial class CalendarContentCheck(FindingSink sink, IReadOnlyList<string> annotations)
{
    private readonly List<int> annotationPages = [];
    private readonly HashSet<int> monthsSeen = [];
    private readonly List<TetMarks.Mark> tetMarks = [];

    public int PairsFound { get; private set; }

    public int PairsChecked { get; private set; }

    public int WeekdaysChecked { get; private set; }

    /// <summary>Tết marks ("Tết Nguyên Đán", "Mùng 2 Tết", "Giao thừa") found next to a date and checked.</summary>
    public int TetMarksChecked => tetMarks.Count;

    public IReadOnlyList<int> AnnotationPages => annotationPages;

    public int? Run(PdfDocument document, int? givenYear)
    {
        var pages = new List<(List<TextWord> Words, string Text)>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords()
                .Select(w => new TextWord(CalendarText.Normalize(w.Text), w.BoundingBox.Left, w.BoundingBox.Bottom, w.BoundingBox.Right, w.BoundingBox.Top))
                .Where(w => w.Text.Length > 0)
                .ToList();
            pages.Add((words, string.Join(' ', words.Select(w => w.Text))));
        }

        int? year = givenYear ?? FindYear(pages.SelectMany(p => p.Words));
        if (year is null)
        {
            sink.Warning("calendar-year", 0, "document", "no year found on the pages; give --year to check the lunar dates",
                "không tìm thấy năm trên các trang; hãy dùng --year để kiểm tra ngày âm lịch");
            return null;
        }

        LocalDate? previousBlockDay = null;
        for (int i = 0; i < pages.Count; i++)
        {
            var (words, text) = pages[i];
            var raw = GridReader.FindPairs(words);
            var dates = raw.Count >= GridReader.MinimumGridPairs
                ? ReadGrid(i + 1, words, text, raw, year.Value)
                : ReadBlockPage(i + 1, words, text, year.Value, previousBlockDay);
            if (raw.Count < GridReader.MinimumGridPairs && dates.Count == 1)
            {
                previousBlockDay = dates[0];
            }

            monthsSeen.UnionWith(dates.Where(d => d.Year == year).Select(d => d.Month));
            if (year >= 2021 && dates.Any(d => d.Month == 7 && d.Day == 30))
            {
                CheckAnnotations(i + 1, words);
            }
        }

        CheckTet();
        if (PairsFound == 0)
        {
            sink.Warning("lunar-none", 0, "document", "no lunar dates found beside solar dates: the lunar calendar was not checked",
                "không tìm thấy ngày âm lịch cạnh ngày dương: chưa kiểm tra được âm lịch");
        }

        // Only a calendar that shows July (or most of a year) should have a page for 30 July.
        if (year >= 2021 && annotationPages.Count == 0 && (monthsSeen.Contains(7) || monthsSeen.Count >= 6))
        {
            sink.Warning("annotation-30-7", 0, "document", "no page found that carries 30 July: the two annotations were not checked",
                "không tìm thấy trang có ngày 30/7: chưa kiểm tra được hai dòng chú thích");
        }

        return year;
    }

    /// <summary>The year printed largest and most often (1900–2199).</summary>
    private static int? FindYear(IEnumerable<TextWord> words)
    {
        var weights = new Dictionary<int, double>();
        foreach (var word in words)
        {
            foreach (Match match in YearPattern().Matches(word.Text))
            {
                int y = int.Parse(match.Value, CultureInfo.InvariantCulture);
                weights[y] = weights.GetValueOrDefault(y) + word.Height;
            }
        }

        return weights.Count == 0 ? null : weights.MaxBy(kv => kv.Value).Key;
    }

    private List<LocalDate> ReadGrid(int page, List<TextWord> words, string text, List<GridReader.RawPair> raw, int year)
    {
        var headers = words.Where(w => CalendarText.Header(w.Text) is not null).ToList();
        var monthHeaders = CalendarText.MonthHeaders(words).ToList();
        var named = CalendarText.NamedMonths(text).Select(m => m.Month).Distinct().ToList();
        var dates = new List<LocalDate>();
        var days = new List<(TextWord Day, LocalDate Date)>();
        foreach (var grid in GridClusters.Split(raw, words).Where(g => g.Count >= GridReader.MinimumGridPairs))
        {
            var segments = GridReader.Segments(grid);
            int main = segments.IndexOf(segments.MaxBy(s => s.Count)!);
            int month = GridMonth(page, grid, segments[main], monthHeaders, named, year);
            for (int s = 0; s < segments.Count; s++)
            {
                foreach (var pair in segments[s])
                {
                    PairsFound++;
                    if (GridReader.Date(year, month + s - main, pair.Day.Integer!.Value) is not { } date)
                    {
                        continue;
                    }

                    dates.Add(date);
                    days.Add((pair.Day, date));
                    Compare(page, pair.Day, date, pair.LunarDay, pair.LunarMonth, pair.Leap, pair.Lunar.Text);
                    var header = headers.Where(h => h.Bottom > pair.Day.Top && Math.Abs(h.CenterX - pair.Day.CenterX) < pair.Day.Height * 1.2)
                        .MinBy(h => h.Bottom - pair.Day.Top);
                    if (header is not null)
                    {
                        CheckWeekday(page, pair.Day, date, CalendarText.Header(header.Text)!.Value, header.Text);
                    }
                }
            }
        }

        // A grid's labels: the pairs' own words are day numbers and lunar dates, never a label.
        var pairWords = raw.SelectMany(p => new[] { p.Day, p.Lunar }).ToHashSet(ReferenceEqualityComparer.Instance);
        tetMarks.AddRange(TetMarks.Find(page, [.. words.Where(w => !pairWords.Contains(w))], days, grid: true));
        return dates;
    }

    /// <summary>
    /// A grid's month: of the months named above it (nearest first), the one its lunar days agree with best; else of
    /// the months the page names anywhere; else of all twelve, with a warning.
    /// </summary>
    private int GridMonth(int page, List<GridReader.RawPair> grid, List<GridReader.RawPair> main, List<(int Month, TextWord Word)> headers,
        List<int> named, int year)
    {
        double left = grid.Min(p => p.Day.Left), right = grid.Max(p => p.Day.Right), top = grid.Max(p => p.Day.Top);
        double slack = grid.Max(p => p.Day.Height) * 2;
        var above = headers.Where(h => h.Word.Bottom >= top && h.Word.Right >= left - slack && h.Word.Left <= right + slack)
            .OrderBy(h => h.Word.Bottom - top).Select(h => h.Month).Distinct().ToList();
        var candidates = above.Count > 0 ? above : named.Count > 0 ? named : [.. Enumerable.Range(1, 12)];
        int month = candidates.MaxBy(m => GridReader.Score(main, year, m));
        if (above.Count == 0 && named.Count == 0)
        {
            sink.Warning("calendar-month", page, $"grid at ({left:0},{top:0})", $"the page names no month; read as {month}/{year} from its lunar dates",
                $"trang không ghi tháng; đọc là tháng {month}/{year} theo ngày âm lịch");
        }

        return month;
    }

    private List<LocalDate> ReadBlockPage(int page, List<TextWord> words, string text, int year, LocalDate? previous)
    {
        var numbers = words.Where(w => w.Integer is >= 1 and <= 31).ToList();
        if (numbers.Count == 0)
        {
            return [];
        }

        var big = numbers.MaxBy(w => w.Height)!;
        double typical = words.Select(w => w.Height).Order().ElementAt(words.Count / 2);
        if (big.Height < typical * 2.5 || numbers.Count(n => n.Height > big.Height * 0.8) > 1)
        {
            return [];
        }

        // The lunar date: a "d/m" token, else "Ngày d tháng m", else the next-largest number with a lunar month phrase.
        var lunarMonths = CalendarText.NamedMonths(text).Where(m => m.Lunar).ToList();
        (int Day, int Month, bool Leap, string Text, TextWord? Word)? lunar = null;
        var token = words.Where(w => !ReferenceEquals(w, big) && CalendarText.TryLunarToken(w.Text, out _, out _, out _))
            .MinBy(w => Math.Abs(w.CenterX - big.CenterX) + Math.Abs(w.CenterY - big.CenterY));
        if (token is not null && CalendarText.TryLunarToken(token.Text, out int d, out int m, out bool leap))
        {
            lunar = (d, m, leap, token.Text, token);
        }
        else if (DayMonthPhrase().Match(CalendarText.Normalize(text).ToLowerInvariant()) is { Success: true } phrase)
        {
            int day = int.Parse(phrase.Groups[1].Value, CultureInfo.InvariantCulture);
            int month = int.Parse(phrase.Groups[2].Value, CultureInfo.InvariantCulture);
            lunar = (day, month, phrase.Groups[3].Success, phrase.Value, null);
        }
        else if (lunarMonths.Count > 0 && numbers.Where(n => !ReferenceEquals(n, big) && n.Integer <= 30).MaxBy(n => n.Height) is { } second)
        {
            string phraseText = text.Substring(lunarMonths[0].Index, Math.Min(24, text.Length - lunarMonths[0].Index));
            lunar = (second.Integer!.Value, lunarMonths[0].Month, phraseText.Contains("nhuận", StringComparison.OrdinalIgnoreCase),
                $"{second.Text} ({phraseText.Split('(')[0].Trim()})", second);
        }

        if (lunar is not { } printed)
        {
            return [];
        }

        PairsFound++;
        int bigDay = big.Integer!.Value;
        var solarMonths = CalendarText.NamedMonths(text).Where(x => !x.Lunar).Select(x => x.Month).ToList();
        LocalDate? date = solarMonths.Count > 0 ? GridReader.Date(year, solarMonths[0], bigDay)
            : previous is { } p && p.PlusDays(1).Day == bigDay ? p.PlusDays(1) : null;
        if (date is not { } solar)
        {
            sink.Warning("calendar-month", page, $"day {bigDay}", "the page names no month: its lunar date was not checked",
                "trang không ghi tháng: chưa kiểm tra ngày âm lịch");
            return [];
        }

        Compare(page, big, solar, printed.Day, printed.Month, printed.Leap, printed.Text);
        tetMarks.AddRange(TetMarks.Find(page, words, [(big, solar)], grid: false));
        var weekdays = CalendarText.NamedWeekdays(text);
        if (weekdays.Count == 1)
        {
            CheckWeekday(page, big, solar, weekdays[0], weekdays[0].ToString());
        }

        return [solar];
    }

    private void Compare(int page, TextWord day, LocalDate date, int lunarDay, int lunarMonth, bool leap, string printedText)
    {
        if (!LunarCheck.Supported(date))
        {
            return;
        }

        PairsChecked++;
        sink.Checked();
        if (!LunarCheck.Agrees(date, lunarDay, lunarMonth, leap))
        {
            string right = LunarCheck.Right(date);
            sink.Error("lunar-date", page, $"{date:yyyy-MM-dd} at ({day.Left:0},{day.Bottom:0})",
                $"{date:yyyy-MM-dd} is printed with lunar date {printedText}; it is {right}",
                $"ngày {date:dd/MM/yyyy} in âm lịch {printedText}; đúng là {right}");
        }
    }

    private void CheckTet()
    {
        sink.Checked(tetMarks.Count);
        foreach (var (mark, right) in TetMarks.Wrong(tetMarks))
        {
            string printedLunar = TetMarks.Lunar(mark.Date);
            sink.Error("tet-date", mark.Page, $"{mark.Date:yyyy-MM-dd} at ({mark.Where.Left:0},{mark.Where.Bottom:0})",
                $"\"{mark.Printed}\" is printed on {mark.Date:yyyy-MM-dd} (lunar {printedLunar}); it belongs on {right:yyyy-MM-dd} (lunar {TetMarks.Lunar(right)})",
                $"\"{mark.Printed}\" in vào ngày {mark.Date:dd/MM/yyyy} (âm lịch {printedLunar}); đúng là ngày {right:dd/MM/yyyy} (âm lịch {TetMarks.Lunar(right)})");
        }
    }

    private void CheckWeekday(int page, TextWord day, LocalDate date, IsoDayOfWeek printed, string printedText)
    {
        WeekdaysChecked++;
        sink.Checked();
        if (date.DayOfWeek != printed)
        {
            sink.Error("weekday", page, $"{date:yyyy-MM-dd} at ({day.Left:0},{day.Bottom:0})",
                $"{date:yyyy-MM-dd} is printed under/with {printedText}; it is a {date.DayOfWeek}",
                $"ngày {date:dd/MM/yyyy} in là {printedText}; đúng là {Domain.Lunar.VietnameseNames.Weekday(date.DayOfWeek)}");
        }
    }

    private void CheckAnnotations(int page, IReadOnlyList<TextWord> words)
    {
        annotationPages.Add(page);
        foreach (string annotation in annotations)
        {
            sink.Checked();
            if (!AnnotationMatch.IsPrinted(words, annotation))
            {
                sink.Error("annotation-30-7", page, "30 July", $"the page carrying 30 July lacks \"{annotation}\"",
                    $"trang có ngày 30/7 thiếu dòng \"{annotation}\"");
            }
        }
    }

    [GeneratedRegex(@"(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(\s+nhuận)?")]
    private static partial Regex DayMonthPhrase();
}
