namespace CalendarGen.Domain.SolarTerms;

/// <summary>
/// The 24 solar terms (tiết khí), in order from Lập xuân (apparent solar longitude 315°) in steps of 15°.
/// Even members (Lập xuân, Kinh trập, …) are the minor terms (tiết); odd members (Vũ thủy, Xuân phân, …, Đông chí,
/// Đại hàn) sit on multiples of 30° and are the major terms (trung khí) that decide the leap month.
/// </summary>
public enum SolarTerm
{
    /// <summary>Lập xuân, 315°.</summary>
    LapXuan,
    /// <summary>Vũ thủy, 330°.</summary>
    VuThuy,
    /// <summary>Kinh trập, 345°.</summary>
    KinhTrap,
    /// <summary>Xuân phân, 0° (March equinox).</summary>
    XuanPhan,
    /// <summary>Thanh minh, 15°.</summary>
    ThanhMinh,
    /// <summary>Cốc vũ, 30°.</summary>
    CocVu,
    /// <summary>Lập hạ, 45°.</summary>
    LapHa,
    /// <summary>Tiểu mãn, 60°.</summary>
    TieuMan,
    /// <summary>Mang chủng, 75°.</summary>
    MangChung,
    /// <summary>Hạ chí, 90° (June solstice).</summary>
    HaChi,
    /// <summary>Tiểu thử, 105°.</summary>
    TieuThu,
    /// <summary>Đại thử, 120°.</summary>
    DaiThu,
    /// <summary>Lập thu, 135°.</summary>
    LapThu,
    /// <summary>Xử thử, 150°.</summary>
    XuThu,
    /// <summary>Bạch lộ, 165°.</summary>
    BachLo,
    /// <summary>Thu phân, 180° (September equinox).</summary>
    ThuPhan,
    /// <summary>Hàn lộ, 195°.</summary>
    HanLo,
    /// <summary>Sương giáng, 210°.</summary>
    SuongGiang,
    /// <summary>Lập đông, 225°.</summary>
    LapDong,
    /// <summary>Tiểu tuyết, 240°.</summary>
    TieuTuyet,
    /// <summary>Đại tuyết, 255°.</summary>
    DaiTuyet,
    /// <summary>Đông chí, 270° (December solstice).</summary>
    DongChi,
    /// <summary>Tiểu hàn, 285°.</summary>
    TieuHan,
    /// <summary>Đại hàn, 300°.</summary>
    DaiHan,
}

/// <summary>Names and longitudes of <see cref="SolarTerm"/>.</summary>
public static class SolarTermInfo
{
    private static readonly string[] Names =
    [
        "Lập xuân", "Vũ thủy", "Kinh trập", "Xuân phân", "Thanh minh", "Cốc vũ",
        "Lập hạ", "Tiểu mãn", "Mang chủng", "Hạ chí", "Tiểu thử", "Đại thử",
        "Lập thu", "Xử thử", "Bạch lộ", "Thu phân", "Hàn lộ", "Sương giáng",
        "Lập đông", "Tiểu tuyết", "Đại tuyết", "Đông chí", "Tiểu hàn", "Đại hàn",
    ];

    /// <summary>The Vietnamese name, e.g. "Đại thử".</summary>
    public static string VietnameseName(this SolarTerm term) => Names[(int)term];

    /// <summary>The apparent solar longitude at which the term begins, in degrees.</summary>
    public static int Longitude(this SolarTerm term) => (315 + 15 * (int)term) % 360;

    /// <summary>Whether the term is a major term (trung khí), on a multiple of 30°.</summary>
    public static bool IsMajor(this SolarTerm term) => term.Longitude() % 30 == 0;
}
