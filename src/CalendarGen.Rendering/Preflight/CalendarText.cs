using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// How calendars write months, weekdays and lunar dates: Vietnamese and English month names, "Thứ Hai"/"T2"/"CN",
/// lunar dates as "17/6", "1/6+" or "1/6N" (leap), and the comparison of annotation texts that ignores case, line
/// breaks, spacing and commas.
/// </summary>
internal static partial class CalendarText
{
    private static readonly Dictionary<string, int> MonthWords = new(StringComparer.Ordinal)
    {
        ["một"] = 1, ["giêng"] = 1, ["hai"] = 2, ["ba"] = 3, ["tư"] = 4, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6, ["bảy"] = 7,
        ["tám"] = 8, ["chín"] = 9, ["mười"] = 10, ["mười một"] = 11, ["mười hai"] = 12, ["chạp"] = 12,
    };

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Full weekday names, Monday first (ISO order), and the short forms month grids print.</summary>
    private static readonly (string Name, IsoDayOfWeek Day)[] Weekdays =
    [
        ("thứ hai", IsoDayOfWeek.Monday), ("thứ ba", IsoDayOfWeek.Tuesday), ("thứ tư", IsoDayOfWeek.Wednesday),
        ("thứ năm", IsoDayOfWeek.Thursday), ("thứ sáu", IsoDayOfWeek.Friday), ("thứ bảy", IsoDayOfWeek.Saturday),
        ("chủ nhật", IsoDayOfWeek.Sunday), ("monday", IsoDayOfWeek.Monday), ("tuesday", IsoDayOfWeek.Tuesday),
        ("wednesday", IsoDayOfWeek.Wednesday), ("thursday", IsoDayOfWeek.Thursday), ("friday", IsoDayOfWeek.Friday),
        ("saturday", IsoDayOfWeek.Saturday), ("sunday", IsoDayOfWeek.Sunday),
    ];

    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormC);

    /// <summary>Lower case with every space, line break and comma removed, for finding a sentence in page text.</summary>
    public static string Squeeze(string text) =>
        new([.. Normalize(text).ToLower(CultureInfo.InvariantCulture).Where(c => !char.IsWhiteSpace(c) && c != ',')]);

    /// <summary>A lunar date written "d/m", with "+" or "N" after the month for a leap month.</summary>
    public static bool TryLunarToken(string text, out int day, out int month, out bool leap)
    {
        var match = LunarToken().Match(text);
        day = month = 0;
        leap = false;
        if (!match.Success)
        {
            return false;
        }

        day = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        leap = match.Groups[3].Success;
        return day is >= 1 and <= 30 && month is >= 1 and <= 12;
    }

    /// <summary>
    /// Months a page's text names ("THÁNG BẢY", "tháng 7", "July"), each with whether the words after it mark it as
    /// a lunar month ("(thiếu)", "(đủ)", "nhuận", "âm lịch").
    /// </summary>
    public static IEnumerable<(int Month, bool Lunar, int Index)> NamedMonths(string pageText)
    {
        string lower = Normalize(pageText).ToLower(CultureInfo.InvariantCulture);
        foreach (Match match in MonthPhrase().Matches(lower))
        {
            string word = match.Groups[1].Value;
            int month = word.All(char.IsAsciiDigit) ? int.Parse(word, CultureInfo.InvariantCulture) : MonthWords[word];
            if (month is < 1 or > 12)
            {
                continue;
            }

            string after = lower[(match.Index + match.Length)..Math.Min(lower.Length, match.Index + match.Length + 16)];
            string next = after.TrimStart(' ', ',');
            bool lunar = next.StartsWith('(') || next.StartsWith("nhuận", StringComparison.Ordinal) || next.StartsWith("âm", StringComparison.Ordinal);
            yield return (month, lunar, match.Index);
        }

        for (int i = 0; i < EnglishMonths.Length; i++)
        {
            int at = lower.IndexOf(EnglishMonths[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return (i + 1, false, at);
            }
        }
    }

    /// <summary>Where the page names a month ("Tháng 7", "THÁNG MƯỜI MỘT", "July"): each word with its month.</summary>
    public static IEnumerable<(int Month, TextWord Word)> MonthHeaders(IReadOnlyList<TextWord> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i].Text.ToLower(CultureInfo.InvariantCulture).TrimEnd(',', ':', '.');
            int english = Array.IndexOf(EnglishMonths, word);
            if (english >= 0)
            {
                yield return (english + 1, words[i]);
                continue;
            }

            if (word != "tháng" || i + 1 >= words.Count)
            {
                continue;
            }

            string next = words[i + 1].Text.ToLower(CultureInfo.InvariantCulture).TrimEnd(',', ':', '.');
            string? after = i + 2 < words.Count ? words[i + 2].Text.ToLower(CultureInfo.InvariantCulture).TrimEnd(',', ':', '.') : null;
            int month = next.Length is > 0 and <= 2 && next.All(char.IsAsciiDigit) ? int.Parse(next, CultureInfo.InvariantCulture)
                : next == "mười" && after is "một" or "hai" ? MonthWords["mười " + after]
                : MonthWords.GetValueOrDefault(next);
            if (month is >= 1 and <= 12)
            {
                yield return (month, words[i]);
            }
        }
    }

    /// <summary>The weekdays a page's text names in full.</summary>
    public static IReadOnlyList<IsoDayOfWeek> NamedWeekdays(string pageText)
    {
        string lower = " " + string.Join(' ', Normalize(pageText).ToLower(CultureInfo.InvariantCulture).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        return [.. Weekdays.Where(w => lower.Contains(" " + w.Name + " ", StringComparison.Ordinal) || lower.Contains(" " + w.Name + ",", StringComparison.Ordinal))
            .Select(w => w.Day).Distinct()];
    }

    /// <summary>The weekday a grid's column header stands for ("T2", "CN", "Thứ Hai", "Mon"), or null.</summary>
    public static IsoDayOfWeek? Header(string word) => Normalize(word).ToUpperInvariant() switch
    {
        "T2" or "MON" or "MO" => IsoDayOfWeek.Monday,
        "T3" or "TUE" or "TU" => IsoDayOfWeek.Tuesday,
        "T4" or "WED" or "WE" => IsoDayOfWeek.Wednesday,
        "T5" or "THU" or "TH" => IsoDayOfWeek.Thursday,
        "T6" or "FRI" or "FR" => IsoDayOfWeek.Friday,
        "T7" or "SAT" or "SA" => IsoDayOfWeek.Saturday,
        "CN" or "SUN" or "SU" => IsoDayOfWeek.Sunday,
        _ => null,
    };

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})(\+|N|n)?$")]
    private static partial Regex LunarToken();

    [GeneratedRegex(@"(?<![\p{L}])tháng\s+(\d{1,2}|mười một|mười hai|mười|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?![\p{L}\d])")]
    private static partial Regex MonthPhrase();
}
