using System.Collections.Immutable;
using System.Text;
using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Files;
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
        byte[]? bytes = InputFile.TryRead(path, InputKind.Calendar, out string? problem);
        if (bytes is null)
        {
            return Fail(path, problem!);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // The line of the first byte that is not UTF-8.
            int line = 1 + bytes.AsSpan(0, Math.Min(e.Index < 0 ? 0 : e.Index, bytes.Length)).Count((byte)'\n');
            return Fail(path, "not UTF-8 text (iCalendar files are UTF-8)", line);
        }

        return Parse(text.TrimStart('\uFEFF'), path);
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
        var eventLines = EventLines(text);
        var problems = new List<Problem>();
        int index = 0;
        foreach (var e in calendar.Events)
        {
            index++;
            int line = index <= eventLines.Count ? eventLines[index - 1] : 0;
            if (e.DtStart is not { } start)
            {
                problems.Add(new Problem(name, line, line > 0 ? 1 : 0, $"event {index} has no DTSTART"));
                continue;
            }

            var date = LocalDate.FromDateOnly(start.Date);
            bool yearly = e.RecurrenceRule?.Frequency == FrequencyType.Yearly;

            // RFC 5545 §3.3.10: a yearly instance on a date a year lacks (29 February) is skipped, not moved.
            ObservanceRule rule = yearly ? new ObservanceRule.FixedSolar(date.Month, date.Day, MissingDay.Skip) : new ObservanceRule.OnDate(date);
            int days = DaysCovered(e, date);
            if (days < 1)
            {
                problems.Add(new Problem(name, line, line > 0 ? 1 : 0, $"event {index} ends (DTEND) before it starts (DTSTART)"));
                continue;
            }

            if (days > MaxDays)
            {
                problems.Add(new Problem(name, line, line > 0 ? 1 : 0, $"event {index} spans {days} days; a calendar event may span at most {MaxDays}"));
                continue;
            }

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
                Source: $"{Path.GetFileName(name)}, UID {e.Uid}",
                DefinedAt: line > 0 ? $"{name}:{line}:1" : name));
        }

        return problems.Count > 0
            ? LoadResult<ObservanceSet>.Failed(problems)
            : new LoadResult<ObservanceSet>(new ObservanceSet(Path.GetFileName(name), observances.ToImmutable()), []);
    }

    /// <summary>The longest event accepted: a year.</summary>
    private const int MaxDays = 366;

    /// <summary>
    /// The days an event covers (0 or less when it ends before it starts). All-day events end on the day after their
    /// last (DTEND is exclusive); a timed event covers every day it touches, so one ending at midnight does not count
    /// the day it ends on. Without DTEND: DURATION, else one day.
    /// </summary>
    private static int DaysCovered(CalendarEvent e, LocalDate start)
    {
        var end = e.DtEnd;
        if (end is null && e.Duration is { } duration && e.DtStart is { } dtStart)
        {
            end = dtStart.Add(duration);
        }

        if (end is null)
        {
            return 1;
        }

        var last = LocalDate.FromDateOnly(end.Date);
        int between = Period.Between(start, last, PeriodUnits.Days).Days;
        if (!end.HasTime)
        {
            return between;
        }

        bool endsAtMidnight = end.Time is { } time && time == TimeOnly.MinValue;
        if (between < 0 || (between == 0 && e.DtStart!.HasTime && end.Value < e.DtStart.Value))
        {
            return 0;
        }

        return endsAtMidnight && between > 0 ? between : between + 1;
    }

    /// <summary>The line of each BEGIN:VEVENT, in order (Ical.Net keeps no positions).</summary>
    private static List<int> EventLines(string text)
    {
        var lines = new List<int>();
        int number = 0;
        foreach (string line in text.Split('\n'))
        {
            number++;
            if (line.TrimEnd('\r').Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(number);
            }
        }

        return lines;
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

    private static LoadResult<ObservanceSet> Fail(string file, string message, int line = 0) =>
        LoadResult<ObservanceSet>.Failed([new Problem(file, line, line > 0 ? 1 : 0, message)]);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
