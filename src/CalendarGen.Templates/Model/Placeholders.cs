using System.Collections.Immutable;

namespace CalendarGen.Templates.Model;

/// <summary>What a placeholder needs to be filled in.</summary>
public enum PlaceholderScope
{
    /// <summary>Any page: the year, the page number, the imprint.</summary>
    Any,

    /// <summary>A page with a month (month pages, two-month sheets: the first month; day pages: the day's month).</summary>
    Month,

    /// <summary>A day page.</summary>
    Day,
}

/// <summary>A placeholder of text frames: "{name}".</summary>
public sealed record Placeholder(string Name, PlaceholderScope Scope, string Example, string Description);

/// <summary>The fixed vocabulary of placeholders text frames may use (documented in templates/README.md).</summary>
public static class Placeholders
{
    /// <summary>Every placeholder, by name.</summary>
    public static ImmutableSortedDictionary<string, Placeholder> All { get; } = new Placeholder[]
    {
        new("year", PlaceholderScope.Any, "2027", "Gregorian year of the calendar"),
        new("canchi_year", PlaceholderScope.Any, "Đinh Mùi", "can chi of the lunar year that begins in the calendar's year"),
        new("page", PlaceholderScope.Any, "3", "page number"),
        new("pages", PlaceholderScope.Any, "367", "number of pages"),
        new("template", PlaceholderScope.Any, "block-dai", "template name"),
        new("imprint_publisher", PlaceholderScope.Any, "Nhà xuất bản …", "imprint: publisher"),
        new("imprint_registration", PlaceholderScope.Any, "ĐKXB …", "imprint: registration number"),
        new("imprint_printer", PlaceholderScope.Any, "In tại …", "imprint: printer"),
        new("month", PlaceholderScope.Month, "7", "month number"),
        new("month2", PlaceholderScope.Month, "07", "month number, two digits"),
        new("month_name", PlaceholderScope.Month, "Tháng Bảy", "Vietnamese month name (or English with lang: en)"),
        new("month_name_en", PlaceholderScope.Month, "July", "English month name"),
        new("months", PlaceholderScope.Month, "Tháng 7 – Tháng 8", "the months of the page"),
        new("lunar_months", PlaceholderScope.Month, "tháng Năm – tháng Sáu âm lịch", "the lunar months the page's month spans"),
        new("day", PlaceholderScope.Day, "30", "day of the month"),
        new("day2", PlaceholderScope.Day, "30", "day of the month, two digits"),
        new("weekday", PlaceholderScope.Day, "Thứ Năm", "weekday (Vietnamese, English with lang: en, both with vi+en)"),
        new("weekday_en", PlaceholderScope.Day, "Thursday", "weekday in English"),
        new("lunar_day", PlaceholderScope.Day, "17", "lunar day"),
        new("lunar_day_name", PlaceholderScope.Day, "Mùng 1", "lunar day as written: Mùng 1 … Mùng 10, Rằm, 11 …"),
        new("lunar_month", PlaceholderScope.Day, "6", "lunar month number"),
        new("lunar_month_name", PlaceholderScope.Day, "Sáu", "lunar month name (Giêng … Chạp), with “nhuận” for a leap month"),
        new("lunar_month_length", PlaceholderScope.Day, "đủ", "đủ (30 days) or thiếu (29)"),
        new("lunar_year", PlaceholderScope.Day, "2026", "the lunar year (named by the Gregorian year it begins in)"),
        new("lunar_short", PlaceholderScope.Day, "17/6", "lunar day/month, “nhuận” for a leap month"),
        new("canchi_day", PlaceholderScope.Day, "Ất Tỵ", "can chi of the day"),
        new("canchi_month", PlaceholderScope.Day, "Ất Mùi", "can chi of the lunar month"),
        new("canchi_lunar_year", PlaceholderScope.Day, "Bính Ngọ", "can chi of the day's lunar year"),
        new("solar_term", PlaceholderScope.Day, "Đại thử", "the solar term in effect"),
        new("hoang_dao", PlaceholderScope.Day, "Ngọc Đường", "the day's spirit"),
        new("hoang_dao_kind", PlaceholderScope.Day, "hoàng đạo", "hoàng đạo or hắc đạo"),
        new("truc", PlaceholderScope.Day, "Khai", "the day's trực"),
        new("gio_hoang_dao", PlaceholderScope.Day, "Sửu (1–3), Thìn (7–9), …", "the six auspicious double-hours"),
        new("quote", PlaceholderScope.Day, "Uống nước nhớ nguồn.", "a proverb for the day from the template's quote set (use with wrap: true)"),
        new("observances", PlaceholderScope.Day, "Ngày thế giới phòng chống mua bán người", "the day's observances, joined by “ · ”"),
    }.ToImmutableSortedDictionary(p => p.Name, p => p, StringComparer.Ordinal);

    /// <summary>The placeholder names in a text, with their positions; unbalanced braces give a name of null.</summary>
    public static IEnumerable<(int Index, string? Name)> Find(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                int end = text.IndexOf('}', i + 1);
                if (end < 0)
                {
                    yield return (i, null);
                    yield break;
                }

                yield return (i, text[(i + 1)..end]);
                i = end;
            }
        }
    }

    /// <summary>Whether a page role provides what a scope needs.</summary>
    public static bool Provides(PageRole role, PlaceholderScope scope) => scope switch
    {
        PlaceholderScope.Any => true,
        PlaceholderScope.Month => role is PageRole.Day or PageRole.DayBack or PageRole.Month or PageRole.MonthBack or PageRole.TwoMonths,
        _ => role is PageRole.Day or PageRole.DayBack,
    };
}
