using NodaTime;

namespace CalendarGen.Domain.Lunar;

/// <summary>The Vietnamese words a calendar prints for weekdays, lunar months and lunar days (NFC).</summary>
public static class VietnameseNames
{
    private static readonly string[] Months =
        ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"];

    // IsoDayOfWeek runs Monday = 1 … Sunday = 7.
    private static readonly string[] Weekdays =
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];

    /// <summary>"Thứ Hai" … "Chủ Nhật".</summary>
    public static string Weekday(IsoDayOfWeek day) =>
        day is IsoDayOfWeek.None ? throw new ArgumentOutOfRangeException(nameof(day)) : Weekdays[(int)day - 1];

    /// <summary>The name of lunar month 1–12: "Giêng", "Hai", …, "Mười Một", "Chạp".</summary>
    public static string Month(int month) =>
        month is < 1 or > 12 ? throw new ArgumentOutOfRangeException(nameof(month)) : Months[month - 1];

    /// <summary>"tháng Sáu", "tháng Sáu nhuận".</summary>
    public static string MonthPhrase(int month, bool isLeap) => "tháng " + Month(month) + (isLeap ? " nhuận" : "");

    /// <summary>How a lunar day is written: "Mùng 1" … "Mùng 10", "Rằm" for 15, otherwise the number.</summary>
    public static string Day(int day) => day switch
    {
        < 1 or > 30 => throw new ArgumentOutOfRangeException(nameof(day)),
        <= 10 => "Mùng " + day,
        15 => "Rằm",
        _ => day.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>"đủ" for a 30-day month, "thiếu" for a 29-day one.</summary>
    public static string MonthLength(int length) => length == 30 ? "đủ" : "thiếu";

    /// <summary>The short numeric form printed beside a solar date: "17/6", "1/6 nhuận".</summary>
    public static string Short(LunarDate date) => $"{date.Day}/{date.Month}" + (date.IsLeapMonth ? " nhuận" : "");
}
