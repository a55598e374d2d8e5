using System.Text.Json;

namespace CalendarGen.Cli.Tests.Commands;

public sealed class LunarCommandTests
{
    [Fact]
    public void A_date_prints_weekday_lunar_date_can_chi_and_solar_term_in_Vietnamese()
    {
        var result = CliRunner.Run("lunar", "2026-07-30");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        string[] lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal("Dương lịch  Thứ Năm, 30/07/2026", lines[0]);
        Assert.StartsWith("Âm lịch     17/6 âm lịch, năm Bính Ngọ (ngày 17 tháng Sáu", lines[1]);
        Assert.Equal("Can chi     ngày Ất Tỵ, tháng Ất Mùi, năm Bính Ngọ", lines[2]);
        Assert.StartsWith("Tiết khí    Đại thử, từ 23/07/2026", lines[3]);
    }

    [Fact]
    public void A_date_on_which_a_solar_term_begins_says_so()
    {
        var result = CliRunner.Run("lunar", "2026-07-23");
        Assert.Contains("Đại thử, bắt đầu hôm nay lúc", result.Output);
    }

    [Fact]
    public void A_leap_month_date_is_marked_nhuan()
    {
        var result = CliRunner.Run("lunar", "2025-07-25");
        Assert.Contains("1/6 nhuận âm lịch", result.Output);
        Assert.Contains("Mùng 1 tháng Sáu nhuận", result.Output);
    }

    [Theory]
    [InlineData("2025-06L-01", "25/07/2025")]
    [InlineData("2026-08-15", "25/09/2026")]
    [InlineData("2026-01-01", "17/02/2026")]
    public void A_lunar_date_converts_to_its_solar_date(string lunar, string solar)
    {
        var result = CliRunner.Run("lunar", "--lunar", lunar);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(solar, result.Output.Split('\n')[0]);
    }

    [Fact]
    public void A_range_as_csv_has_the_exact_header_and_one_row_a_day()
    {
        var result = CliRunner.Run("lunar", "--from", "2026-07-22", "--to", "2026-07-24", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "date,lunar_day,lunar_month,leap,lunar_year,day_canchi,month_canchi,year_canchi,solar_term",
                "2026-07-22,9,6,0,2026,Đinh Dậu,Ất Mùi,Bính Ngọ,",
                "2026-07-23,10,6,0,2026,Mậu Tuất,Ất Mùi,Bính Ngọ,Đại thử",
                "2026-07-24,11,6,0,2026,Kỷ Hợi,Ất Mùi,Bính Ngọ,",
            ],
            result.Output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Csv_marks_leap_months_with_1_and_names_the_lunar_year_by_its_first_Gregorian_year()
    {
        var result = CliRunner.Run("lunar", "--from", "2026-02-16", "--to", "2026-02-17", "--format", "csv");
        string[] rows = result.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("2026-02-16,29,12,0,2025,", rows[1]);
        Assert.StartsWith("2026-02-17,1,1,0,2026,", rows[2]);

        var leap = CliRunner.Run("lunar", "--from", "2025-07-25", "--to", "2025-07-25", "--format", "csv");
        Assert.StartsWith("2025-07-25,1,6,1,2025,Ất Mùi,Quý Mùi,Ất Tỵ,", leap.Output.Split('\n')[1]);
    }

    [Fact]
    public void A_range_as_json_is_an_array_of_objects_with_the_csv_fields()
    {
        var result = CliRunner.Run("lunar", "--from", "2026-07-22", "--to", "2026-07-23", "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var days = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, days.Count);
        Assert.Equal("2026-07-23", days[1].GetProperty("date").GetString());
        Assert.Equal(10, days[1].GetProperty("lunar_day").GetInt32());
        Assert.Equal(0, days[1].GetProperty("leap").GetInt32());
        Assert.Equal("Đại thử", days[1].GetProperty("solar_term").GetString());
    }

    [Fact]
    public void A_single_date_as_json_is_one_object()
    {
        var result = CliRunner.Run("lunar", "2026-07-30", "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("Thứ Năm", json.RootElement.GetProperty("weekday").GetString());
        Assert.Equal("Ất Tỵ", json.RootElement.GetProperty("day_canchi").GetString());
        Assert.Equal("Đại thử", json.RootElement.GetProperty("solar_term_in_effect").GetString());
    }

    [Fact]
    public void A_range_as_a_table_has_a_header_and_a_line_a_day()
    {
        var result = CliRunner.Run("lunar", "--from", "2026-01-01", "--to", "2026-01-31");
        Assert.Equal(32, result.Output.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("Tiểu hàn", result.Output);
    }

    [Fact]
    public void A_range_may_span_the_whole_supported_range()
    {
        var result = CliRunner.Run("lunar", "--from", "1900-01-01", "--to", "2199-12-31", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(109_574, lines.Length);
        Assert.Equal("1900-01-01,1,12,0,1899,Giáp Tuất,Đinh Sửu,Kỷ Hợi,", lines[1]);
        Assert.Equal(300 * 24, lines.Count(l => !l.EndsWith(',')) - 1);
    }

    [Theory]
    [InlineData("2026-13-01", "is not a date")]
    [InlineData("30/07/2026", "is not a date")]
    [InlineData("1899-12-31", "outside the supported range")]
    [InlineData("2200-01-01", "outside the supported range")]
    public void A_bad_date_is_one_error_line_and_exit_code_2(string date, string message)
    {
        AssertBadInput(CliRunner.Run("lunar", date), message);
    }

    [Fact]
    public void From_after_to_is_refused()
    {
        AssertBadInput(CliRunner.Run("lunar", "--from", "2026-02-01", "--to", "2026-01-01"), "is after --to");
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        AssertBadInput(CliRunner.Run("lunar", "2026-01-01", "--format", "xml"), "'xml'");
    }

    [Theory]
    [InlineData("2026-06L-01", "has no leap month")]
    [InlineData("2025-05L-01", "its leap month is 6")]
    [InlineData("2026-02-31", "has")]
    [InlineData("2026/02/01", "YYYY-MM-DD")]
    public void A_bad_lunar_date_is_refused(string lunar, string message)
    {
        AssertBadInput(CliRunner.Run("lunar", "--lunar", lunar), message);
    }

    [Theory]
    [InlineData(new string[] { "lunar" }, "needs a DATE")]
    [InlineData(new string[] { "lunar", "--from", "2026-01-01" }, "--from needs --to")]
    [InlineData(new string[] { "lunar", "2026-01-01", "--lunar", "2026-01-01" }, "only one of")]
    [InlineData(new string[] { "lunar", "--bogus" }, "unknown option")]
    [InlineData(new string[] { "lunar", "2026-01-01", "--bogus" }, "--bogus")]
    [InlineData(new string[] { "moon" }, "moon")]
    public void Malformed_command_lines_are_refused(string[] args, string message)
    {
        AssertBadInput(CliRunner.Run(args), message);
    }

    [Fact]
    public void The_real_executable_converts_a_date_and_exits_2_without_a_stack_trace_on_bad_input()
    {
        var good = CliRunner.RunProcess("lunar", "2026-07-30");
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("17/6 âm lịch", good.Output);

        var bad = CliRunner.RunProcess("lunar", "2026-02-30");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("", bad.Output);
        Assert.Single(bad.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain(" at ", bad.Error);
    }

    private static void AssertBadInput(CliRunner.Result result, string message)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        string line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("calendargen: error: ", line);
        Assert.Contains(message, line);
    }
}
