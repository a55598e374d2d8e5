using System.Globalization;
using System.Text.Json.Serialization;
using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Lunar;
using CalendarGen.Domain.Observances;

namespace CalendarGen.Cli.Events;

/// <summary>One observance on one day: a row of `calendargen events`, and one object of its JSON.</summary>
internal sealed record EventRow(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("weekday")] string Weekday,
    [property: JsonPropertyName("lunar_date")] string LunarDate,
    [property: JsonPropertyName("lunar")] string Lunar,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("name_en")] string? EnglishName,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("day_of_span")] int DayOfSpan,
    [property: JsonPropertyName("day_off")] bool DayOff)
{
    /// <summary>Every observance day of a year, then the schedule's own days (nghỉ bù, làm bù) that carry no observance.</summary>
    public static IEnumerable<EventRow> Of(CalendarYear year)
    {
        foreach (var day in year.Days)
        {
            foreach (var o in day.Observances)
            {
                yield return Row(day, o.Observance.Id, o.Observance.Name, o.Observance.EnglishName, o.Observance.Kind.ToName(), o.DayOfSpan);
            }

            if (day.Observances.IsEmpty && day.Schedule is { } scheduled)
            {
                string kind = scheduled.Kind switch
                {
                    ScheduledDayKind.SubstituteDayOff => "substitute-day-off",
                    ScheduledDayKind.WorkingDay => "working-day",
                    _ => "scheduled-day-off",
                };
                yield return Row(day, $"schedule-{day.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}", scheduled.Name, null, kind, 1);
            }
        }
    }

    private static EventRow Row(CalendarDay day, string id, string name, string? englishName, string kind, int dayOfSpan) => new(
        day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        VietnameseNames.Weekday(day.Weekday),
        day.Lunar.Lunar.ToString(),
        VietnameseNames.Short(day.Lunar.Lunar),
        id,
        name,
        englishName,
        kind,
        dayOfSpan,
        day.IsDayOff);
}
