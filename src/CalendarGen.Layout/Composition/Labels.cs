using CalendarGen.Domain.Lunar;
using CalendarGen.Templates.Model;
using NodaTime;

namespace CalendarGen.Layout.Composition;

/// <summary>The words printed by components, in the template's label language (vi, en, or vi+en).</summary>
internal sealed class Labels(LabelLanguage language)
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] ViMonthWords =
        ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"];

    private static readonly string[] ViShortWeekdays = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];
    private static readonly string[] EnShortWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] EnWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public LabelLanguage Language => language;

    private string Pick(string vi, string en) => language switch
    {
        LabelLanguage.Vi => vi,
        LabelLanguage.En => en,
        _ => vi + " · " + en,
    };

    public static string EnglishMonth(int month) => EnglishMonths[month - 1];

    public static string EnglishWeekday(IsoDayOfWeek day) => EnWeekdays[(int)day - 1];

    /// <summary>"Tháng Bảy" / "July" / "Tháng Bảy · July".</summary>
    public string MonthName(int month) => Pick("Tháng " + ViMonthWords[month - 1], EnglishMonths[month - 1]);

    /// <summary>"Tháng 7" / "July".</summary>
    public string MonthShort(int month) => Pick($"Tháng {month}", EnglishMonths[month - 1]);

    public string Weekday(IsoDayOfWeek day) => Pick(VietnameseNames.Weekday(day), EnWeekdays[(int)day - 1]);

    /// <summary>Grid header cells; vi+en gives two lines.</summary>
    public IReadOnlyList<string> WeekdayHeader(IsoDayOfWeek day) => language switch
    {
        LabelLanguage.Vi => [ViShortWeekdays[(int)day - 1]],
        LabelLanguage.En => [EnShortWeekdays[(int)day - 1]],
        _ => [ViShortWeekdays[(int)day - 1], EnShortWeekdays[(int)day - 1]],
    };

    public string LunarCalendar => Pick("ÂM LỊCH", "LUNAR CALENDAR");

    public string AuspiciousHours => Pick("GIỜ HOÀNG ĐẠO", "AUSPICIOUS HOURS");

    public string LunarMonth(LunarDate lunar, int length) => language == LabelLanguage.En
        ? $"Month {lunar.Month}{(lunar.IsLeapMonth ? " (leap)" : "")}, {length} days"
        : $"Tháng {VietnameseNames.Month(lunar.Month)}{(lunar.IsLeapMonth ? " nhuận" : "")} ({VietnameseNames.MonthLength(length)})";

    public string Year(string canChi) => Pick("Năm " + canChi, "Year " + canChi);

    public string Month(string canChi) => Pick("Tháng " + canChi, "Month " + canChi);

    public string Day(string canChi) => Pick("Ngày " + canChi, "Day " + canChi);

    public string Term(string term) => Pick("Tiết " + term, "Solar term " + term);

    public string Spirit(string spirit, bool auspicious) => language == LabelLanguage.En
        ? $"{spirit} ({(auspicious ? "auspicious" : "inauspicious")} day)"
        : $"Ngày {spirit} ({(auspicious ? "hoàng đạo" : "hắc đạo")})";

    public string Officer(string truc) => Pick("Trực " + truc, "Officer " + truc);
}
