using System.Collections.Immutable;
using CalendarGen.Domain.CanChi;

namespace CalendarGen.Domain.Almanac;

/// <summary>
/// Giờ hoàng đạo: the six auspicious double-hours of a day, which depend only on the day's branch (days six branches
/// apart share them). Table as in Hồ Ngọc Đức's "Âm lịch Việt Nam" program (array GIO_HD), which follows the common
/// almanac rule; each row lists, for the double-hours Tý … Hợi, 1 where the hour is auspicious.
/// </summary>
public static class AuspiciousHours
{
    private static readonly string[] Table =
    [
        "110100101100", // Tý, Ngọ days:   Tý, Sửu, Mão, Ngọ, Thân, Dậu
        "001101001011", // Sửu, Mùi days:  Dần, Mão, Tỵ, Thân, Tuất, Hợi
        "110011010010", // Dần, Thân days: Tý, Sửu, Thìn, Tỵ, Mùi, Tuất
        "101100110100", // Mão, Dậu days:  Tý, Dần, Mão, Ngọ, Mùi, Dậu
        "001011001101", // Thìn, Tuất days: Dần, Thìn, Tỵ, Thân, Dậu, Hợi
        "010010110011", // Tỵ, Hợi days:   Sửu, Thìn, Ngọ, Mùi, Tuất, Hợi
    ];

    /// <summary>The six auspicious double-hours of a day with the given branch, in clock order from Tý.</summary>
    public static ImmutableArray<EarthlyBranch> For(EarthlyBranch dayBranch)
    {
        string row = Table[(int)dayBranch % 6];
        var hours = ImmutableArray.CreateBuilder<EarthlyBranch>(6);
        for (int i = 0; i < 12; i++)
        {
            if (row[i] == '1')
            {
                hours.Add((EarthlyBranch)i);
            }
        }

        return hours.MoveToImmutable();
    }

    /// <summary>The clock range of a double-hour as almanacs print it: "Tý (23–1)", "Sửu (1–3)".</summary>
    public static string Label(EarthlyBranch hour)
    {
        int start = (2 * (int)hour + 23) % 24;
        return $"{Sexagenary.NameOf(hour)} ({start}–{(start + 2) % 24})";
    }
}
