using System.Text;
using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Domain.Tests.Lunar;

public sealed class VietnameseNamesTests
{
    [Theory]
    [InlineData(1, "Mùng 1")]
    [InlineData(10, "Mùng 10")]
    [InlineData(11, "11")]
    [InlineData(15, "Rằm")]
    [InlineData(30, "30")]
    public void Lunar_days_are_written_as_almanacs_write_them(int day, string expected)
    {
        Assert.Equal(expected, VietnameseNames.Day(day));
    }

    [Fact]
    public void Months_run_from_Gieng_to_Chap()
    {
        Assert.Equal("Giêng", VietnameseNames.Month(1));
        Assert.Equal("Tư", VietnameseNames.Month(4));
        Assert.Equal("Mười Một", VietnameseNames.Month(11));
        Assert.Equal("Chạp", VietnameseNames.Month(12));
        Assert.Equal("tháng Sáu nhuận", VietnameseNames.MonthPhrase(6, true));
    }

    [Fact]
    public void Weekdays_start_on_Monday_as_Thu_Hai_and_Sunday_is_Chu_Nhat()
    {
        Assert.Equal("Thứ Hai", VietnameseNames.Weekday(IsoDayOfWeek.Monday));
        Assert.Equal("Chủ Nhật", VietnameseNames.Weekday(IsoDayOfWeek.Sunday));
    }

    [Fact]
    public void Short_form_marks_a_leap_month()
    {
        Assert.Equal("1/6 nhuận", VietnameseNames.Short(new LunarDate(2025, 6, 1, true)));
        Assert.Equal("17/6", VietnameseNames.Short(LunarDate.FromLocalDate(new LocalDate(2026, 7, 30))));
    }

    [Fact]
    public void Every_word_is_NFC()
    {
        var words = Enumerable.Range(1, 12).Select(VietnameseNames.Month)
            .Concat(Enum.GetValues<IsoDayOfWeek>().Skip(1).Select(VietnameseNames.Weekday))
            .Append(VietnameseNames.Day(15)).Append(VietnameseNames.Day(1))
            .Append(VietnameseNames.MonthLength(29)).Append(VietnameseNames.MonthLength(30));
        Assert.All(words, w => Assert.True(w.IsNormalized(NormalizationForm.FormC), w));
    }
}
