using System.Collections.Immutable;
using CalendarGen.Domain.CanChi;
using CalendarGen.Domain.Lunar;

namespace CalendarGen.Domain.Almanac;

/// <summary>The almanac fields a block page carries for one day.</summary>
/// <param name="AuspiciousHours">Giờ hoàng đạo, in clock order from Tý.</param>
/// <param name="Spirit">The day's spirit; <see cref="IsAuspicious"/> tells hoàng đạo from hắc đạo.</param>
/// <param name="Officer">The day's trực.</param>
public sealed record AlmanacDay(ImmutableArray<EarthlyBranch> AuspiciousHours, DaySpirit Spirit, DayOfficer Officer)
{
    /// <summary>Whether the day is hoàng đạo.</summary>
    public bool IsAuspicious => Spirit.IsAuspicious();

    /// <summary>"Tý (23–1), Sửu (1–3), …".</summary>
    public string AuspiciousHoursText => string.Join(", ", AuspiciousHours.Select(Almanac.AuspiciousHours.Label));

    /// <summary>The almanac of a day from its lunar facts.</summary>
    public static AlmanacDay For(LunarDay day) => new(
        Almanac.AuspiciousHours.For(day.DayCanChi.Branch),
        DaySpirits.For(day.Lunar.Month, day.DayCanChi.Branch),
        DayOfficers.For(day.SolarTerm.Term, day.DayCanChi.Branch));
}
