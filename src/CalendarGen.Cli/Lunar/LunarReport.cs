using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CalendarGen.Domain.Almanac;
using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.SolarTerms;
using NodaTime;

namespace CalendarGen.Cli.Lunar;

/// <summary>Writes lunar calendar facts in the formats of `calendargen lunar`.</summary>
internal static class LunarReport
{
    /// <summary>One date, in any format.</summary>
    public static void WriteDay(CalendarDay day, LunarFormat format, TextWriter output)
    {
        switch (format)
        {
            case LunarFormat.Table:
                WriteSummary(day, output);
                break;
            case LunarFormat.Csv:
                output.WriteLine(LunarRow.CsvHeader);
                output.WriteLine(LunarRow.From(day.Lunar).ToCsv());
                break;
            case LunarFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(DayDetail.From(day), JsonOutput.Indented));
                break;
        }
    }

    /// <summary>A run of days, streamed one row at a time.</summary>
    public static void WriteRange(IEnumerable<LunarDay> days, LunarFormat format, TextWriter output)
    {
        switch (format)
        {
            case LunarFormat.Table:
                output.WriteLine(TableLine("Dương lịch", "Thứ", "Âm lịch", "Ngày", "Tháng", "Năm", "Tiết khí"));
                foreach (var day in days)
                {
                    output.WriteLine(TableLine(
                        day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        VietnameseNames.Weekday(day.Date.DayOfWeek),
                        VietnameseNames.Short(day.Lunar),
                        day.DayCanChi.ToString(),
                        day.MonthCanChi.ToString(),
                        day.YearCanChi.ToString(),
                        day.SolarTermBegins ? day.SolarTerm.Term.VietnameseName() : ""));
                }

                break;
            case LunarFormat.Csv:
                output.WriteLine(LunarRow.CsvHeader);
                foreach (var day in days)
                {
                    output.WriteLine(LunarRow.From(day).ToCsv());
                }

                break;
            case LunarFormat.Json:
                output.Write('[');
                string separator = "\n  ";
                foreach (var day in days)
                {
                    output.Write(separator);
                    output.Write(JsonSerializer.Serialize(LunarRow.From(day), JsonOutput.Compact));
                    separator = ",\n  ";
                }

                output.WriteLine(separator == "\n  " ? "]" : "\n]");
                break;
        }
    }

    private static void WriteSummary(CalendarDay calendarDay, TextWriter output)
    {
        var day = calendarDay.Lunar;
        var lunar = day.Lunar;
        string dayWords = lunar.Day <= 10 || lunar.Day == 15 ? VietnameseNames.Day(lunar.Day) : "ngày " + lunar.Day;
        string term = day.SolarTermBegins
            ? $"{day.SolarTerm.Term.VietnameseName()}, bắt đầu hôm nay lúc {Clock(day.SolarTerm)}"
            : $"{day.SolarTerm.Term.VietnameseName()}, từ {day.SolarTerm.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} lúc {Clock(day.SolarTerm)}";

        output.WriteLine($"Dương lịch  {VietnameseNames.Weekday(day.Date.DayOfWeek)}, {day.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        output.WriteLine($"Âm lịch     {VietnameseNames.Short(lunar)} âm lịch, năm {day.YearCanChi} " +
            $"({dayWords} {VietnameseNames.MonthPhrase(lunar.Month, lunar.IsLeapMonth)}, tháng {VietnameseNames.MonthLength(day.Month.Length)})");
        output.WriteLine($"Can chi     ngày {day.DayCanChi}, tháng {day.MonthCanChi}, năm {day.YearCanChi}");
        output.WriteLine($"Tiết khí    {term}");
        var almanac = calendarDay.Almanac;
        output.WriteLine($"Ngày        {almanac.Spirit.VietnameseName()} ({(almanac.IsAuspicious ? "hoàng đạo" : "hắc đạo")}), trực {almanac.Officer.VietnameseName()}");
        output.WriteLine($"Giờ tốt     {almanac.AuspiciousHoursText}");
        foreach (var observance in calendarDay.Observances)
        {
            string span = observance.DayOfSpan > 1 ? $" (ngày {observance.DayOfSpan})" : "";
            output.WriteLine($"Sự kiện     {observance.Observance.Name}{span}{(observance.Observance.DayOff ? " — ngày nghỉ" : "")}");
        }

        if (calendarDay.Schedule is { } scheduled)
        {
            output.WriteLine($"Lịch nghỉ   {scheduled.Name}");
        }
    }

    private static string Clock(SolarTermEvent term) =>
        term.LocalDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + Zone(term.Offset);

    /// <summary>"UTC+7", "UTC+8", or "UTC+7:45:40" for the Beijing mean time of days before 1929.</summary>
    private static string Zone(Offset offset)
    {
        int seconds = offset.Seconds;
        string sign = seconds < 0 ? "-" : "+";
        seconds = Math.Abs(seconds);
        return seconds % 3600 == 0
            ? $"UTC{sign}{seconds / 3600}"
            : FormattableString.Invariant($"UTC{sign}{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }

    private static string TableLine(string date, string weekday, string lunar, string day, string month, string year, string term) =>
        $"{date,-12}{weekday,-10}{lunar,-11}{day,-11}{month,-11}{year,-11}{term}".TrimEnd();

    /// <summary>The JSON object for a single date: the CSV fields and what the summary adds.</summary>
    private sealed record DayDetail(
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("weekday")] string Weekday,
        [property: JsonPropertyName("lunar_day")] int LunarDay,
        [property: JsonPropertyName("lunar_month")] int LunarMonth,
        [property: JsonPropertyName("leap")] int Leap,
        [property: JsonPropertyName("lunar_year")] int LunarYear,
        [property: JsonPropertyName("lunar_month_days")] int LunarMonthDays,
        [property: JsonPropertyName("day_canchi")] string DayCanChi,
        [property: JsonPropertyName("month_canchi")] string MonthCanChi,
        [property: JsonPropertyName("year_canchi")] string YearCanChi,
        [property: JsonPropertyName("solar_term")] string SolarTerm,
        [property: JsonPropertyName("solar_term_in_effect")] string SolarTermInEffect,
        [property: JsonPropertyName("solar_term_begins_at")] string SolarTermBeginsAt,
        [property: JsonPropertyName("day_spirit")] string DaySpirit,
        [property: JsonPropertyName("hoang_dao")] bool HoangDao,
        [property: JsonPropertyName("truc")] string Truc,
        [property: JsonPropertyName("gio_hoang_dao")] IReadOnlyList<string> GioHoangDao,
        [property: JsonPropertyName("day_off")] bool DayOff,
        [property: JsonPropertyName("observances")] IReadOnlyList<string> Observances)
    {
        public static DayDetail From(CalendarDay calendarDay)
        {
            var day = calendarDay.Lunar;
            var almanac = calendarDay.Almanac;
            var row = LunarRow.From(day);
            return new DayDetail(
                row.Date,
                VietnameseNames.Weekday(day.Date.DayOfWeek),
                row.LunarDay,
                row.LunarMonth,
                row.Leap,
                row.LunarYear,
                day.Month.Length,
                row.DayCanChi,
                row.MonthCanChi,
                row.YearCanChi,
                row.SolarTerm,
                day.SolarTerm.Term.VietnameseName(),
                day.SolarTerm.Instant.WithOffset(day.SolarTerm.Offset).ToString("uuuu-MM-dd'T'HH:mm:sso<m>", CultureInfo.InvariantCulture),
                almanac.Spirit.VietnameseName(),
                almanac.IsAuspicious,
                almanac.Officer.VietnameseName(),
                [.. almanac.AuspiciousHours.Select(AuspiciousHours.Label)],
                calendarDay.IsDayOff,
                [.. calendarDay.Observances.Select(o => o.Observance.Name)]);
        }
    }
}
