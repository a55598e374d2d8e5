using CalendarGen.Domain.CanChi;
using CalendarGen.Domain.SolarTerms;

namespace CalendarGen.Domain.Almanac;

/// <summary>The twelve trực (kiến trừ thập nhị khách), one per day in a repeating cycle.</summary>
public enum DayOfficer
{
    /// <summary>Kiến.</summary>
    Kien,
    /// <summary>Trừ.</summary>
    Tru,
    /// <summary>Mãn.</summary>
    Man,
    /// <summary>Bình.</summary>
    Binh,
    /// <summary>Định.</summary>
    Dinh,
    /// <summary>Chấp.</summary>
    Chap,
    /// <summary>Phá.</summary>
    Pha,
    /// <summary>Nguy.</summary>
    Nguy,
    /// <summary>Thành.</summary>
    Thanh,
    /// <summary>Thu.</summary>
    Thu,
    /// <summary>Khai.</summary>
    Khai,
    /// <summary>Bế.</summary>
    Be,
}

/// <summary>
/// Which trực a day has. Kiến falls on the day whose branch is the branch of the solar-term month (tháng tiết khí:
/// the Dần month runs from Lập xuân to Kinh trập, the Mão month from Kinh trập to Thanh minh, …), and the cycle
/// advances one a day; so on the day a month's minor term (tiết) begins, the trực of the day before repeats. This is
/// the classical rule of the Hiệp kỷ biện phương thư almanac that Vietnamese lịch vạn niên follow.
/// </summary>
public static class DayOfficers
{
    private static readonly string[] Names =
        ["Kiến", "Trừ", "Mãn", "Bình", "Định", "Chấp", "Phá", "Nguy", "Thành", "Thu", "Khai", "Bế"];

    /// <summary>The branch of the solar-term month that a term opens or belongs to (Lập xuân and Vũ thủy: Dần).</summary>
    public static EarthlyBranch MonthBranch(SolarTerm termInEffect) => (EarthlyBranch)(((int)termInEffect / 2 + 2) % 12);

    /// <summary>The trực of a day with the given branch while <paramref name="termInEffect"/> is in effect.</summary>
    public static DayOfficer For(SolarTerm termInEffect, EarthlyBranch dayBranch) =>
        (DayOfficer)(((int)dayBranch - (int)MonthBranch(termInEffect) + 12) % 12);

    /// <summary>"Kiến", "Trừ", …</summary>
    public static string VietnameseName(this DayOfficer officer) => Names[(int)officer];
}
