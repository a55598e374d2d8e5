using System.Text.Json;
using Ical.Net;

namespace CalendarGen.Cli.Tests.Commands;

public sealed class EventsCommandTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-events-");

    public void Dispose() => temp.Dispose();

    private string Write(string name, string text) => temp.Write(name, text);

    private static List<JsonElement> Json(CliRunner.Result result)
    {
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
    }

    [Fact]
    public void Every_year_from_2021_to_2035_has_both_30_July_annotations_on_30_July()
    {
        for (int year = 2021; year <= 2035; year++)
        {
            var names = Json(CliRunner.Run("events", "--year", year.ToString(), "--format", "json"))
                .Where(e => e.GetProperty("date").GetString() == $"{year}-07-30")
                .Select(e => e.GetProperty("name").GetString())
                .ToList();
            Assert.Contains("Ngày thế giới phòng chống mua bán người", names);
            Assert.Contains("Ngày toàn dân phòng, chống mua bán người", names);
        }
    }

    [Fact]
    public void Json_has_one_object_per_observance_day_with_plain_strings()
    {
        var tet = Json(CliRunner.Run("events", "--year", "2026", "--format", "json"))
            .Where(e => e.GetProperty("id").GetString() == "tet-nguyen-dan").ToList();
        Assert.Equal(["2026-02-17", "2026-02-18", "2026-02-19"], tet.Select(e => e.GetProperty("date").GetString()));
        Assert.Equal("2026-01-01", tet[0].GetProperty("lunar_date").GetString());
        Assert.Equal("1/1", tet[0].GetProperty("lunar").GetString());
        Assert.Equal("public-holiday", tet[0].GetProperty("kind").GetString());
        Assert.True(tet[0].GetProperty("day_off").GetBoolean());
    }

    [Fact]
    public void The_table_lists_observances_with_solar_and_lunar_dates_and_kind()
    {
        var result = CliRunner.Run("events", "--year", "2026");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2026-04-26  Chủ Nhật  10/3       public-holiday      nghỉ  Giỗ Tổ Hùng Vương", result.Output);
    }

    [Fact]
    public void Ics_reads_back_with_ical_net_as_all_day_events_with_stable_uids()
    {
        var first = CliRunner.Run("events", "--year", "2027", "--format", "ics");
        Assert.Equal(0, first.ExitCode);
        var calendar = Calendar.Load(first.Output)!;
        var json = Json(CliRunner.Run("events", "--year", "2027", "--format", "json"));
        Assert.Equal(json.Count, calendar.Events.Count);
        Assert.All(calendar.Events, e =>
        {
            Assert.True(e.IsAllDay);
            Assert.False(e.DtStart!.HasTime);
            Assert.EndsWith("@calendargen", e.Uid);
        });
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        var culture = calendar.Events.Single(e => e.Summary == "Ngày Văn hóa Việt Nam");
        Assert.Equal(new DateOnly(2027, 11, 24), culture.DtStart!.Date);

        // The same input gives the same bytes, so a re-import matches every UID.
        Assert.Equal(first.Output, CliRunner.Run("events", "--year", "2027", "--format", "ics").Output);
        Assert.Contains("\r\n", first.Output);
    }

    [Fact]
    public void Culture_day_is_a_day_off_from_2026_and_not_before()
    {
        bool DayOff(int year) => Json(CliRunner.Run("events", "--year", year.ToString(), "--format", "json"))
            .Any(e => e.GetProperty("date").GetString() == $"{year}-11-24" && e.GetProperty("day_off").GetBoolean());
        Assert.False(DayOff(2025));
        Assert.True(DayOff(2026));
        Assert.True(DayOff(2027));
    }

    [Fact]
    public void A_user_file_adds_and_overrides_observances()
    {
        string file = Write("mine.yaml", """
            observances:
              - id: founding
                name: Ngày thành lập Công ty In Sao Mai
                kind: custom
                solar: 15/3
              - id: quoc-te-phu-nu
                name: Ngày Quốc tế Phụ nữ 8/3
                kind: international
                solar: 8/3
            remove: [that-tich]
            """);
        var rows = Json(CliRunner.Run("events", "--year", "2027", "--format", "json", "--events", file));
        Assert.Contains(rows, e => e.GetProperty("date").GetString() == "2027-03-15" && e.GetProperty("name").GetString() == "Ngày thành lập Công ty In Sao Mai");
        Assert.Single(rows, e => e.GetProperty("id").GetString() == "quoc-te-phu-nu");
        Assert.Contains(rows, e => e.GetProperty("name").GetString() == "Ngày Quốc tế Phụ nữ 8/3");
        Assert.DoesNotContain(rows, e => e.GetProperty("id").GetString() == "that-tich");
    }

    [Fact]
    public void An_ics_file_is_imported_with_events()
    {
        string ics = Write("company.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20200615\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Sinh nhật công ty\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var rows = Json(CliRunner.Run("events", "--year", "2027", "--format", "json", "--events", ics));
        Assert.Contains(rows, e => e.GetProperty("date").GetString() == "2027-06-15" && e.GetProperty("kind").GetString() == "custom");
    }

    [Fact]
    public void A_schedule_adds_its_substitute_days()
    {
        string schedule = Path.Combine(RepositoryRoot.Path, "samples", "schedules", "2026.yaml");
        var rows = Json(CliRunner.Run("events", "--year", "2026", "--format", "json", "--schedule", schedule));
        var substitute = rows.Single(e => e.GetProperty("date").GetString() == "2026-04-27");
        Assert.Equal("substitute-day-off", substitute.GetProperty("kind").GetString());
        Assert.True(substitute.GetProperty("day_off").GetBoolean());
    }

    [Theory]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: 31/2\n", ":5:", "31/2 is not a day")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    lunar: 31/1\n", ":5:", "31/1 is not a lunar date")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: party\n    solar: 1/1\n", ":4:", "unknown kind")]
    [InlineData("observances:\n  - id: x\n    name: A\n    when: 1/1\n    kind: custom\n", ":4:", "unknown key 'when'")]
    [InlineData("observances: [\n", ":2:", "YAML syntax")]
    public void A_broken_data_file_exits_2_naming_the_file_and_line(string yaml, string line, string message)
    {
        string file = Write("broken.yaml", yaml);
        var result = CliRunner.Run("events", "--year", "2027", "--events", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"calendargen: error: {file}{line}", result.Error);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void A_missing_events_file_and_a_schedule_for_another_year_are_refused()
    {
        var missing = CliRunner.Run("events", "--year", "2027", "--events", Path.Combine(temp.Path, "nope.yaml"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.yaml: file not found", missing.Error);

        string schedule = Path.Combine(RepositoryRoot.Path, "samples", "schedules", "2026.yaml");
        var wrongYear = CliRunner.Run("events", "--year", "2027", "--schedule", schedule);
        Assert.Equal(2, wrongYear.ExitCode);
        Assert.Contains("is for 2026, not 2027", wrongYear.Error);
    }

    [Theory]
    [InlineData("1899")]
    [InlineData("2200")]
    [InlineData("abc")]
    public void A_year_out_of_range_is_refused(string year)
    {
        var result = CliRunner.Run("events", "--year", year);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void The_lunar_summary_shows_the_days_observances_and_almanac()
    {
        var result = CliRunner.Run("lunar", "2026-07-30");
        Assert.Contains("Sự kiện     Ngày thế giới phòng chống mua bán người", result.Output);
        Assert.Contains("Sự kiện     Ngày toàn dân phòng, chống mua bán người", result.Output);
        Assert.Contains("Giờ tốt     Sửu (1–3), Thìn (7–9), Ngọ (11–13), Mùi (13–15), Tuất (19–21), Hợi (21–23)", result.Output);
        Assert.Contains("Ngọc Đường (hoàng đạo), trực Khai", result.Output);
    }
}
