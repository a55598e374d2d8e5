using System.Globalization;
using CalendarGen.Domain.Calendar;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>
/// Month grids: a title, a weekday header and the week rows the month needs (up to six), each cell with the solar day
/// and a small lunar figure beneath ("1/8" on the first day of a lunar month). Also the small grids of mini months
/// and the year overview.
/// </summary>
internal static class MonthGrid
{
    public static IEnumerable<DrawOp> Lay(FrameContext f, MonthGridComponent c)
    {
        var month = f.Page.MonthAt(c.MonthOffset) ?? throw new LayoutException($"{f.Where}: the page has no month {c.MonthOffset + 1}");
        return Grid(f, month, f.Box, c.Title, c.Header, c.Day, c.Lunar, c.Rules, f.Labels.MonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture));
    }

    public static IEnumerable<DrawOp> Minis(FrameContext f, MiniMonthsComponent c)
    {
        var page = f.Page.PageMonth!;
        var months = new List<CalendarMonth>();
        if (c.Previous && page.Month > 1)
        {
            months.Add(f.Page.Year.Months[page.Month - 2]);
        }

        if (c.Next && page.Month < 12)
        {
            months.Add(f.Page.Year.Months[page.Month]);
        }

        if (months.Count == 0)
        {
            return [];
        }

        var ops = new List<DrawOp>();
        bool across = f.Box.Width >= f.Box.Height;
        double gap = c.Style.Size;
        for (int i = 0; i < months.Count; i++)
        {
            var box = across
                ? new PtBox(f.Box.X + i * (f.Box.Width + gap) / months.Count, f.Box.Y, (f.Box.Width - gap * (months.Count - 1)) / months.Count, f.Box.Height)
                : new PtBox(f.Box.X, f.Box.Y + i * (f.Box.Height + gap) / months.Count, f.Box.Width, (f.Box.Height - gap * (months.Count - 1)) / months.Count);
            var title = c.Style with { Align = Align.Center };
            ops.AddRange(Grid(f, months[i], box, title, c.Style with { Align = Align.Center }, c.Style with { Align = Align.Center, DayColors = c.Style.DayColors ?? true }, null, null, f.Labels.MonthShort(months[i].Month)));
        }

        return ops;
    }

    public static IEnumerable<DrawOp> Year(FrameContext f, YearOverviewComponent c)
    {
        int columns = c.Columns;
        int rows = (12 + columns - 1) / columns;
        double gapX = c.Day.Size * 1.5, gapY = c.Day.Size;
        double width = (f.Box.Width - gapX * (columns - 1)) / columns;
        double height = (f.Box.Height - gapY * (rows - 1)) / rows;
        var ops = new List<DrawOp>();
        foreach (var month in f.Page.Year.Months)
        {
            int index = month.Month - 1;
            var box = new PtBox(f.Box.X + index % columns * (width + gapX), f.Box.Y + index / columns * (height + gapY), width, height);
            ops.AddRange(Grid(f, month, box, c.Title, c.Day with { Align = Align.Center }, c.Day with { Align = Align.Center, DayColors = c.Day.DayColors ?? true }, c.Lunar, c.Rules, f.Labels.MonthShort(month.Month)));
        }

        return ops;
    }

    private static IEnumerable<DrawOp> Grid(FrameContext f, CalendarMonth month, PtBox box, TextStyle? titleStyle, TextStyle header, TextStyle dayStyle, TextStyle? lunarStyle, string? rules, string title)
    {
        var ops = new List<DrawOp>();
        double y = box.Y;
        if (titleStyle is not null)
        {
            double titleHeight = f.Text.Height(titleStyle);
            ops.AddRange(f.Text.FitAndSet([f.Case(titleStyle, title)], titleStyle with { VAlign = VAlign.Top }, f.Color(titleStyle.Color), box with { Height = titleHeight }, f.Where));
            y += titleHeight + titleStyle.Size * 0.3;
        }

        var weekStart = f.Page.Year.FirstDayOfWeek;
        var headerLines = Enumerable.Range(0, 7).Select(i => f.Labels.WeekdayHeader((NodaTime.IsoDayOfWeek)(((int)weekStart - 1 + i) % 7 + 1))).ToList();
        double headerHeight = f.Text.Height(header, headerLines[0].Count) * 1.15;
        double cellWidth = box.Width / 7;
        int rows = month.Weeks.Length;
        double rowHeight = (box.Bottom - y - headerHeight) / rows;
        if (rowHeight <= 0)
        {
            throw new LayoutException($"{f.Where}: the month grid has no room for its {rows} week rows");
        }

        // Weekday header: the Sunday column's header in the Sunday colour, unless the style says day_colors: false.
        for (int i = 0; i < 7; i++)
        {
            var weekday = (NodaTime.IsoDayOfWeek)(((int)weekStart - 1 + i) % 7 + 1);
            var color = weekday == NodaTime.IsoDayOfWeek.Sunday && header.DayColors != false ? f.Color(f.Template.Colors.Sunday) : f.Color(header.Color);
            var cell = new PtBox(box.X + i * cellWidth, y, cellWidth, headerHeight);
            ops.AddRange(f.Text.FitAndSet(headerLines[i].Select(l => f.Case(header, l)).ToList(), header with { Align = Align.Center, VAlign = VAlign.Middle }, color, cell, f.Where));
        }

        y += headerHeight;
        if (rules is not null)
        {
            ops.Add(new LineOp(box.X, y, box.Right, y, f.Color(rules), MonthGridComponent.RuleWidth));
        }

        // Day figures take the upper part of a cell, the lunar figure the lower part.
        double dayShare = lunarStyle is null ? 1.0 : 0.62;
        for (int row = 0; row < rows; row++)
        {
            for (int column = 0; column < 7; column++)
            {
                if (month.Weeks[row].Cells[column] is not { } day)
                {
                    continue;
                }

                var cell = new PtBox(box.X + column * cellWidth, y + row * rowHeight, cellWidth, rowHeight);
                var dayBox = cell with { Height = rowHeight * dayShare };
                var style = dayStyle with { VAlign = lunarStyle is null ? VAlign.Middle : VAlign.Bottom };
                ops.AddRange(f.Text.FitAndSet([day.Date.Day.ToString(CultureInfo.InvariantCulture)], style, f.DayColor(dayStyle with { DayColors = dayStyle.DayColors ?? true }, day), dayBox, f.Where));
                if (lunarStyle is not null)
                {
                    var lunarBox = new PtBox(cell.X, dayBox.Bottom, cell.Width, rowHeight - dayBox.Height);
                    var color = day.IsLunarMonthStart ? f.Color(f.Template.Colors.LunarStart) : f.Color(lunarStyle.Color);
                    ops.AddRange(f.Text.FitAndSet([day.LunarLabel], lunarStyle with { Align = dayStyle.Align, VAlign = VAlign.Top }, color, lunarBox, f.Where));
                }
            }

            if (rules is not null && row < rows - 1)
            {
                double ruleY = y + (row + 1) * rowHeight;
                ops.Add(new LineOp(box.X, ruleY, box.Right, ruleY, f.Color(rules), MonthGridComponent.RuleWidth));
            }
        }

        return ops;
    }
}
