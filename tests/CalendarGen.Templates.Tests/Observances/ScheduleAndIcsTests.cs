using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Observances;
using NodaTime;

namespace CalendarGen.Templates.Tests.Observances;

public sealed class ScheduleAndIcsTests
{
    [Fact]
    public void A_schedule_expands_runs_into_days_of_each_kind()
    {
        var result = ScheduleFile.Parse("""
            year: 2027
            days:
              - date: 2027-02-05
                to: 2027-02-07
                name: Tết
              - date: 2027-05-03
                kind: substitute
                name: Nghỉ bù
              - date: 2027-02-13
                kind: working-day
                name: Làm bù
            """, "2027.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var days = result.Value!.Days;
        Assert.Equal(5, days.Length);
        Assert.Equal(ScheduledDayKind.DayOff, result.Value.Find(new LocalDate(2027, 2, 6))!.Kind);
        Assert.Equal(ScheduledDayKind.SubstituteDayOff, result.Value.Find(new LocalDate(2027, 5, 3))!.Kind);
        Assert.Equal(ScheduledDayKind.WorkingDay, result.Value.Find(new LocalDate(2027, 2, 13))!.Kind);
    }

    [Theory]
    [InlineData("year: 2027\ndays:\n  - date: 2026-12-31\n    name: A\n", 3, "is not in 2027")]
    [InlineData("year: 2027\ndays:\n  - date: 2027-01-01\n    name: A\n  - date: 2027-01-01\n    name: B\n", 5, "scheduled twice")]
    [InlineData("year: 2027\ndays:\n  - date: 2027-01-01\n    kind: holiday\n    name: A\n", 4, "unknown kind")]
    [InlineData("year: 2027\ndays:\n  - date: 2027-02-30\n    name: A\n", 3, "yyyy-mm-dd")]
    [InlineData("days: []\n", 1, "missing 'year'")]
    public void A_broken_schedule_gives_a_problem_at_its_line(string yaml, int line, string message)
    {
        var result = ScheduleFile.Parse(yaml, "s.yaml");
        Assert.Contains(result.Problems, p => p.Line == line && p.Message.Contains(message));
    }

    [Fact]
    public void An_ics_file_imports_yearly_events_as_solar_days_and_others_as_dates()
    {
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" +
            "BEGIN:VEVENT\r\nUID:anniv@example.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20200315\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Ngày thành lập\r\nEND:VEVENT\r\n" +
            "BEGIN:VEVENT\r\nUID:fair@example.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270910\r\nDTEND;VALUE=DATE:20270913\r\nSUMMARY:Hội chợ\r\nEND:VEVENT\r\n" +
            "END:VCALENDAR\r\n";
        var result = IcsImport.Parse(ics, "company.ics");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var entries = result.Value!.Observances;
        // RFC 5545 §3.3.10: a yearly instance on a day a year lacks is skipped.
        Assert.Equal(new ObservanceRule.FixedSolar(3, 15, MissingDay.Skip), entries[0].Rule);
        Assert.Equal("Ngày thành lập", entries[0].Name);
        Assert.Equal(new LocalDate(2020, 3, 15), entries[0].EffectiveFrom);
        Assert.Equal(new ObservanceRule.OnDate(new LocalDate(2027, 9, 10)), entries[1].Rule);
        Assert.Equal(3, entries[1].Days);
        Assert.All(entries, e => Assert.Equal(ObservanceKind.Custom, e.Kind));
        Assert.Equal("ics-anniv-example-com", entries[0].Id);
    }

    [Fact]
    public void A_file_that_is_not_icalendar_is_a_problem()
    {
        Assert.False(IcsImport.Parse("this is not a calendar", "bad.ics").Succeeded);
    }
}
