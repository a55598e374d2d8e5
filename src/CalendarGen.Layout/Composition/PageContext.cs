using System.Globalization;
using CalendarGen.Domain.Almanac;
using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.CanChi;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.SolarTerms;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>What one page is about: its role, its day or months, and its number; fills placeholders.</summary>
internal sealed record PageContext(PageRole Role, CalendarYear Year, CalendarDay? Day, CalendarMonth? Month, CalendarMonth? SecondMonth, int Number, int Count)
{
    /// <summary>"2027-07-30", "2027-07", "cover", … for messages.</summary>
    public string Label => (Day is { } d ? d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Month is { } m ? $"{m.Year}-{m.Month:D2}" + (SecondMonth is { } s ? $"…{s.Month:D2}" : "")
        : Role is PageRole.BlankBack ? "blank" : Role.ToString().ToLowerInvariant())
        + (Role is PageRole.DayBack or PageRole.MonthBack or PageRole.BlankBack && (Day ?? (object?)Month) is not null ? " back" : "");

    /// <summary>The month the page is about: the day's month on a day page.</summary>
    public CalendarMonth? PageMonth => Day is { } d ? Year.Months[d.Date.Month - 1] : Month;

    /// <summary>The page's month, or its second month for a grid with month: 1.</summary>
    public CalendarMonth? MonthAt(int offset) => offset == 0 ? PageMonth : SecondMonth;

    /// <summary>Replaces every placeholder; the validator has checked that each is known and available on this page.</summary>
    public string Fill(string text, Template template, Labels labels)
    {
        if (!text.Contains('{'))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length + 16);
        int last = 0;
        foreach (var (index, name) in Placeholders.Find(text))
        {
            result.Append(text, last, index - last);
            result.Append(Value(name!, template, labels));
            last = index + name!.Length + 2;
        }

        result.Append(text, last, text.Length - last);
        return result.ToString();
    }

    private string Value(string name, Template template, Labels labels)
    {
        var inv = CultureInfo.InvariantCulture;
        var month = PageMonth;
        var lunar = Day?.Lunar;
        return name switch
        {
            "year" => Year.Year.ToString(inv),
            "canchi_year" => Sexagenary.OfLunarYear(Year.Year).ToString(),
            "page" => Number.ToString(inv),
            "pages" => Count.ToString(inv),
            "template" => template.Name,
            "imprint_publisher" => template.Imprint.Publisher,
            "imprint_registration" => template.Imprint.Registration,
            "imprint_printer" => template.Imprint.Printer ?? "",
            "month" => month!.Month.ToString(inv),
            "month2" => month!.Month.ToString("D2", inv),
            "month_name" => labels.MonthName(month!.Month),
            "month_name_en" => Labels.EnglishMonth(month!.Month),
            "months" => SecondMonth is { } second ? $"{labels.MonthShort(month!.Month)} – {labels.MonthShort(second.Month)}" : labels.MonthShort(month!.Month),
            "lunar_months" => LunarMonths(month!, SecondMonth ?? month!),
            "day" => Day!.Date.Day.ToString(inv),
            "day2" => Day!.Date.Day.ToString("D2", inv),
            "weekday" => labels.Weekday(Day!.Weekday),
            "weekday_en" => Labels.EnglishWeekday(Day!.Weekday),
            "lunar_day" => lunar!.Lunar.Day.ToString(inv),
            "lunar_day_name" => VietnameseNames.Day(lunar!.Lunar.Day),
            "lunar_month" => lunar!.Lunar.Month.ToString(inv),
            "lunar_month_name" => VietnameseNames.Month(lunar!.Lunar.Month) + (lunar.Lunar.IsLeapMonth ? " nhuận" : ""),
            "lunar_month_length" => VietnameseNames.MonthLength(lunar!.Month.Length),
            "lunar_year" => lunar!.Lunar.Year.ToString(inv),
            "lunar_short" => VietnameseNames.Short(lunar!.Lunar),
            "canchi_day" => lunar!.DayCanChi.ToString(),
            "canchi_month" => lunar!.MonthCanChi.ToString(),
            "canchi_lunar_year" => lunar!.YearCanChi.ToString(),
            "solar_term" => lunar!.SolarTerm.Term.VietnameseName(),
            "hoang_dao" => Day!.Almanac.Spirit.VietnameseName(),
            "hoang_dao_kind" => Day!.Almanac.IsAuspicious ? "hoàng đạo" : "hắc đạo",
            "truc" => Day!.Almanac.Officer.VietnameseName(),
            "gio_hoang_dao" => Day!.Almanac.AuspiciousHoursText,
            "observances" => string.Join(" · ", Day!.Observances.Select(o => o.Observance.Name)),
            "quote" => template.Quotes.IsEmpty ? "" : template.Quotes[(Day!.Date.DayOfYear - 1 + Year.Year) % template.Quotes.Length],
            _ => throw new LayoutException($"unknown placeholder {{{name}}}"),
        };
    }

    /// <summary>"tháng Năm, tháng Sáu âm lịch": the lunar months the page's days fall in.</summary>
    private static string LunarMonths(CalendarMonth first, CalendarMonth last) =>
        string.Join(", ", first.Days.Concat(last.Days)
            .Select(d => "tháng " + VietnameseNames.Month(d.Lunar.Lunar.Month) + (d.Lunar.Lunar.IsLeapMonth ? " nhuận" : ""))
            .Distinct()) + " âm lịch";
}
