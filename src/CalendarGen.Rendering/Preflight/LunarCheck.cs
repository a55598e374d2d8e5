using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Rendering.Preflight;

/// <summary>Whether a printed lunar date is the engine's for a solar date, and how to write the right one.</summary>
internal static class LunarCheck
{
    public static bool Supported(LocalDate date) => VietnameseLunarCalendar.Supports(date);

    /// <summary>
    /// A printed day (and month, when printed; 0 when not) agrees when day and month are the engine's; a leap mark
    /// must be on a leap month.
    /// </summary>
    public static bool Agrees(LocalDate date, int day, int month, bool leap)
    {
        if (!Supported(date))
        {
            return false;
        }

        var lunar = VietnameseLunarCalendar.ToLunarDate(date);
        return lunar.Day == day && (month == 0 || lunar.Month == month) && (!leap || lunar.IsLeapMonth);
    }

    /// <summary>The engine's lunar date as a grid or block writes it: "17/6", "1/6+" for a leap month.</summary>
    public static string Right(LocalDate date)
    {
        var lunar = VietnameseLunarCalendar.ToLunarDate(date);
        return $"{lunar.Day}/{lunar.Month}" + (lunar.IsLeapMonth ? "+" : "");
    }
}
