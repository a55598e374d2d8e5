using CalendarGen.Domain.CanChi;

namespace CalendarGen.Domain.Almanac;

/// <summary>The twelve spirits (thập nhị thần) that make a day hoàng đạo (auspicious) or hắc đạo (inauspicious).</summary>
public enum DaySpirit
{
    /// <summary>Thanh Long (hoàng đạo).</summary>
    ThanhLong,
    /// <summary>Minh Đường (hoàng đạo).</summary>
    MinhDuong,
    /// <summary>Thiên Hình (hắc đạo).</summary>
    ThienHinh,
    /// <summary>Chu Tước (hắc đạo).</summary>
    ChuTuoc,
    /// <summary>Kim Quỹ (hoàng đạo).</summary>
    KimQuy,
    /// <summary>Bảo Quang, also called Thiên Đức (hoàng đạo).</summary>
    BaoQuang,
    /// <summary>Bạch Hổ (hắc đạo).</summary>
    BachHo,
    /// <summary>Ngọc Đường (hoàng đạo).</summary>
    NgocDuong,
    /// <summary>Thiên Lao (hắc đạo).</summary>
    ThienLao,
    /// <summary>Huyền Vũ (hắc đạo).</summary>
    HuyenVu,
    /// <summary>Tư Mệnh (hoàng đạo).</summary>
    TuMenh,
    /// <summary>Câu Trần (hắc đạo).</summary>
    CauTran,
}

/// <summary>
/// Which spirit rules a day. The twelve spirits follow the day's branch in the order of <see cref="DaySpirit"/>,
/// Thanh Long starting on the branch fixed by the lunar month: months 1 and 7 on Tý days, 2 and 8 on Dần, 3 and 9 on
/// Thìn, 4 and 10 on Ngọ, 5 and 11 on Thân, 6 and 12 on Tuất (the rhyme "Dần Thân gia Tý, Mão Dậu tại Dần, Thìn Tuất
/// tầm Thìn, Tỵ Hợi tại Ngọ, Tý Ngọ tại Thân, Sửu Mùi tại Tuất" of Vietnamese almanacs, e.g. Lịch vạn niên). A leap
/// month counts as the month it repeats. Schools that count months by solar terms differ on the days near a term.
/// </summary>
public static class DaySpirits
{
    private static readonly string[] Names =
    [
        "Thanh Long", "Minh Đường", "Thiên Hình", "Chu Tước", "Kim Quỹ", "Bảo Quang",
        "Bạch Hổ", "Ngọc Đường", "Thiên Lao", "Huyền Vũ", "Tư Mệnh", "Câu Trần",
    ];

    /// <summary>The spirit of a day with the given branch in a lunar month (1–12).</summary>
    public static DaySpirit For(int lunarMonth, EarthlyBranch dayBranch)
    {
        int thanhLong = (lunarMonth - 1) % 6 * 2;
        return (DaySpirit)(((int)dayBranch - thanhLong + 12) % 12);
    }

    /// <summary>"Thanh Long", "Bảo Quang", …</summary>
    public static string VietnameseName(this DaySpirit spirit) => Names[(int)spirit];

    /// <summary>Whether the spirit makes the day hoàng đạo (Thanh Long, Minh Đường, Kim Quỹ, Bảo Quang, Ngọc Đường, Tư Mệnh).</summary>
    public static bool IsAuspicious(this DaySpirit spirit) => spirit is DaySpirit.ThanhLong or DaySpirit.MinhDuong
        or DaySpirit.KimQuy or DaySpirit.BaoQuang or DaySpirit.NgocDuong or DaySpirit.TuMenh;
}
