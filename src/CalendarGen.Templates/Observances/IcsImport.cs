using System.Collections.Immutable;
using System.Text;
using CalendarGen.Domain.Observances;
using Ical.Net;
using Ical.Net.CalendarComponents;
using NodaTime;

namespace CalendarGen.Templates.Observances;

/// <summary>
/// Imports the events of an iCalendar (.ics, RFC 5545) file as custom observances: a yearly recurring event becomes a
/// fixed solar day, any other event the day(s) it covers. Timed events count on their start date.
/// </summary>
public static class IcsImport
{
    /// <summary>Reads a .ics file.</summary>
    public static LoadResult<ObservanceSet> Load(string path)
    {
        string text;
        try
        {
            if (!File.Exists(path))
            {
                return Fail(path, "file not found");
            }

            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return Fail(path, $"cannot read the file: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Reads iCalendar text; <paramref name="name"/> names it in problems.</summary>
    public static LoadResult<ObservanceSet> Parse(string text, string name)
    {
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(name, $"not a valid iCalendar file: {FirstLine(e.Message)}");
        }

        if (calendar is null)
        {
            return Fail(name, "no VCALENDAR in the file");
        }

        var observances = ImmutableArray.CreateBuilder<Observance>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (var e in calendar.Events)
        {
            index++;
            if (e.DtStart is not { } start)
            {
                return Fail(name, $"event {index} ('{e.Summary}') has no DTSTART");
            }

            var date = LocalDate.FromDateOnly(start.Date);
            bool yearly = e.RecurrenceRule?.Frequency == FrequencyType.Yearly;
            ObservanceRule rule = yearly ? new ObservanceRule.FixedSolar(date.Month, date.Day) : new ObservanceRule.OnDate(date);
            int days = Math.Clamp(DaysCovered(e, date), 1, 31);
            string id = Id(e.Uid, index);
            if (!ids.Add(id))
            {
                id = $"{id}-{index}";
                ids.Add(id);
            }

            string summary = (e.Summary ?? "").Trim().Normalize(NormalizationForm.FormC);
            observances.Add(new Observance(
                id,
                summary.Length > 0 ? summary : "(untitled)",
                null,
                ObservanceKind.Custom,
                rule,
                days,
                DayOff: false,
                EffectiveFrom: yearly ? date : null,
                Source: $"{Path.GetFileName(name)}, UID {e.Uid}"));
        }

        return new LoadResult<ObservanceSet>(new ObservanceSet(Path.GetFileName(name), observances.ToImmutable()), []);
    }

    /// <summary>All-day events end on the day after their last (DTEND is exclusive).</summary>
    private static int DaysCovered(CalendarEvent e, LocalDate start)
    {
        if (e.DtEnd is not { } end || e.DtEnd.HasTime)
        {
            return 1;
        }

        return Period.Between(start, LocalDate.FromDateOnly(end.Date), PeriodUnits.Days).Days;
    }

    /// <summary>A lower-case id from the event's UID (letters, digits and '-'), or its position when it has none.</summary>
    private static string Id(string? uid, int index)
    {
        var builder = new StringBuilder("ics-");
        foreach (char c in (uid ?? "").ToLowerInvariant())
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        return builder.Length > 4 ? builder.ToString() : $"ics-event-{index}";
    }

    private static LoadResult<ObservanceSet> Fail(string file, string message) =>
        LoadResult<ObservanceSet>.Failed([new Problem(file, 0, 0, message)]);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
