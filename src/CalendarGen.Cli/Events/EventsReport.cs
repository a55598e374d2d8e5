using System.Text.Json;
using CalendarGen.Domain.Calendar;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace CalendarGen.Cli.Events;

/// <summary>Writes the observances of a year as a table, JSON or iCalendar.</summary>
internal static class EventsReport
{
    public static void WriteTable(CalendarYear year, TextWriter output)
    {
        output.WriteLine($"{"Dương lịch",-12}{"Thứ",-10}{"Âm lịch",-11}{"Loại",-20}{"Nghỉ",-6}Tên");
        foreach (var row in EventRow.Of(year))
        {
            string name = row.DayOfSpan > 1 ? $"{row.Name} (ngày {row.DayOfSpan})" : row.Name;
            output.WriteLine($"{row.Date,-12}{row.Weekday,-10}{row.Lunar,-11}{row.Kind,-20}{(row.DayOff ? "nghỉ" : ""),-6}{name}");
        }
    }

    public static void WriteJson(CalendarYear year, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(EventRow.Of(year).ToList(), JsonOutput.Indented));

    /// <summary>
    /// RFC 5545: one all-day VEVENT per observance day. UIDs are built from the entry's id and the date, so importing
    /// a newer file updates events instead of duplicating them; DTSTAMP is <see cref="SourceDateEpoch"/>.
    /// </summary>
    public static void WriteIcs(CalendarYear year, Instant stamp, TextWriter output)
    {
        var calendar = new Calendar { ProductId = "-//CalendarGen//calendargen//VI" };
        calendar.AddProperty("X-WR-CALNAME", $"Lịch Việt Nam {year.Year}");
        var dtStamp = new CalDateTime(stamp.ToDateTimeUtc(), "UTC");
        foreach (var row in EventRow.Of(year))
        {
            var date = NodaTime.Text.LocalDatePattern.Iso.Parse(row.Date).Value;
            var e = new CalendarEvent
            {
                Uid = $"{row.Id}-{date:yyyyMMdd}@calendargen",
                DtStamp = dtStamp,
                DtStart = new CalDateTime(date.ToDateOnly()),
                DtEnd = new CalDateTime(date.PlusDays(1).ToDateOnly()),
                Summary = row.Name,
                Description = string.Join(" — ", new[] { row.EnglishName, $"{row.Lunar} âm lịch" }.Where(s => !string.IsNullOrEmpty(s))),
                Transparency = "TRANSPARENT",
            };
            e.Categories.Add(row.Kind);
            calendar.Events.Add(e);
        }

        output.Write(new CalendarSerializer().SerializeToString(calendar));
    }
}
