using CalendarGen.Domain.Lunar;
using NodaTime;

namespace CalendarGen.Domain.Tests.Oracles;

/// <summary>Walks a range of days and lists the months on which an engine and .NET's Chinese calendar disagree.</summary>
internal static class ChineseCrossCheck
{
    /// <summary>"yyyy-MM-dd" of the first day of each run of disagreeing days.</summary>
    public static List<string> DisagreementStarts(LunisolarEngine engine, LocalDate from, LocalDate to, out int days)
    {
        var starts = new List<string>();
        days = 0;
        bool inRun = false;
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            int dayNumber = DayNumber.From(date);
            var year = engine.Year(date.Year);
            if (dayNumber < year.StartDayNumber)
            {
                year = engine.Year(date.Year - 1);
            }

            int index = year.MonthIndexOf(dayNumber);
            var month = year.Months[index];
            var ours = (year.Year, month.Month, month.IsLeap, dayNumber - year.MonthStartDayNumber(index) + 1);
            bool differs = ours != DotNetChineseCalendar.ToLunar(date);
            if (differs)
            {
                days++;
                if (!inRun)
                {
                    starts.Add(date.ToString("yyyy-MM-dd", null));
                }
            }

            inRun = differs;
        }

        return starts;
    }
}
