using System.Globalization;
using System.Text.Json.Serialization;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.SolarTerms;

namespace CalendarGen.Cli.Lunar;

/// <summary>One day as the CSV and JSON formats write it; the field names are the CSV header.</summary>
internal sealed record LunarRow(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("lunar_day")] int LunarDay,
    [property: JsonPropertyName("lunar_month")] int LunarMonth,
    [property: JsonPropertyName("leap")] int Leap,
    [property: JsonPropertyName("lunar_year")] int LunarYear,
    [property: JsonPropertyName("day_canchi")] string DayCanChi,
    [property: JsonPropertyName("month_canchi")] string MonthCanChi,
    [property: JsonPropertyName("year_canchi")] string YearCanChi,
    [property: JsonPropertyName("solar_term")] string SolarTerm)
{
    public const string CsvHeader = "date,lunar_day,lunar_month,leap,lunar_year,day_canchi,month_canchi,year_canchi,solar_term";

    public static LunarRow From(LunarDay day) => new(
        day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        day.Lunar.Day,
        day.Lunar.Month,
        day.Lunar.IsLeapMonth ? 1 : 0,
        day.Lunar.Year,
        day.DayCanChi.ToString(),
        day.MonthCanChi.ToString(),
        day.YearCanChi.ToString(),
        day.SolarTermBegins ? day.SolarTerm.Term.VietnameseName() : "");

    // No field can hold a comma, quote or line break (numbers and fixed Vietnamese names), so nothing is quoted.
    public string ToCsv() => string.Join(',',
        Date,
        LunarDay.ToString(CultureInfo.InvariantCulture),
        LunarMonth.ToString(CultureInfo.InvariantCulture),
        Leap.ToString(CultureInfo.InvariantCulture),
        LunarYear.ToString(CultureInfo.InvariantCulture),
        DayCanChi,
        MonthCanChi,
        YearCanChi,
        SolarTerm);
}
