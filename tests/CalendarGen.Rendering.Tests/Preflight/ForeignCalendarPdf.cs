using System.Text;
using CalendarGen.Domain.Lunar;
using CalendarGen.Rendering.Fonts;
using NodaTime;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>
/// Calendar PDFs our renderer did not lay out: PDFsharp draws block day pages and month grids directly, in its own
/// layout and writer, with the PDF/X-1a keys set so that only the defects a test plants are findings.
/// </summary>
internal sealed class ForeignCalendarPdf
{
    public const string Annotation1 = "Ngày thế giới phòng chống mua bán người";
    public const string Annotation2 = "Ngày toàn dân phòng, chống mua bán người";

    private static readonly string[] Headers = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];
    private static readonly string[] WeekdayNames = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];
    private readonly PdfDocument document = new();
    private Action<PdfPage>? lastPageChange;

    static ForeignCalendarPdf()
    {
        ShippedFontResolver.Install();
    }

    public ForeignCalendarPdf()
    {
        document.Version = 14;
        document.Options.ColorMode = PdfColorMode.Cmyk;
        document.Info.Title = "Lịch thử";
        document.Info.ModificationDate = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        document.Info.Elements.SetName("/Trapped", "/False");
        document.Info.Elements.SetString("/GTS_PDFXVersion", "PDF/X-1a:2003");
        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFX");
        intent.Elements.SetString("/OutputConditionIdentifier", "FOGRA39");
        var intents = new PdfArray(document);
        intents.Elements.Add(intent);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }

    /// <summary>The printed lunar date of a day: the engine's, or what a calendar computed at UTC+8 printed in late 2018.</summary>
    public static (int Day, int Month) Lunar(LocalDate date, bool utc8 = false)
    {
        // At UTC+8 the new moon of 2018-11-07 23:02 (UTC+7) fell on 8 November, so month 10 began a day late
        // and every day up to the next new moon (2018-12-07) was printed a day behind.
        if (utc8 && date >= new LocalDate(2018, 11, 7) && date <= new LocalDate(2018, 12, 6))
        {
            return date == new LocalDate(2018, 11, 7) ? (30, 9) : (Period.Between(new LocalDate(2018, 11, 8), date, PeriodUnits.Days).Days + 1, 10);
        }

        var lunar = VietnameseLunarCalendar.ToLunarDate(date);
        return (lunar.Day, lunar.Month);
    }

    /// <summary>A block's day page: big day number, weekday, month and year, the lunar date as "d/m" (or "Ngày d tháng m") under it.</summary>
    public ForeignCalendarPdf BlockDay(LocalDate date, bool utc8 = false, bool annotations = true, string? weekday = null, bool lunarAsPhrase = false,
        string? label = null)
    {
        var (page, gfx) = NewPage(420, 595);
        var black = Brush(0, 0, 0, 1);
        var red = Brush(0, 1, 1, 0);
        gfx.DrawString($"Tháng {date.Month} năm {date.Year}", Font(18), black, 60, 90);
        gfx.DrawString(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Font(160), red, 130, 300);
        gfx.DrawString(weekday ?? WeekdayNames[(int)date.DayOfWeek - 1], Font(22), black, 150, 350);
        if (label is not null)
        {
            gfx.DrawString(label, Font(16), red, 150, 380);
        }

        var (d, m) = Lunar(date, utc8);
        gfx.DrawString("Âm lịch", Font(12), black, 60, 420);
        gfx.DrawString(lunarAsPhrase ? $"Ngày {d} tháng {m} âm lịch" : $"{d}/{m}", Font(lunarAsPhrase ? 16 : 30), black, 60, 460);
        if (annotations && date.Month == 7 && date.Day == 30)
        {
            gfx.DrawString(Annotation1, Font(11), black, 60, 510);
            gfx.DrawString("Ngày toàn dân phòng,", Font(11), black, 60, 530);
            gfx.DrawString("chống mua bán người", Font(11), black, 60, 545);
        }

        Finish(page, gfx);
        return this;
    }

    /// <summary>A month grid, Monday first: day numbers with the lunar day under each ("d/m" on a lunar month's first day).</summary>
    public ForeignCalendarPdf MonthGrid(int year, int month, bool utc8 = false, bool annotations = true, IReadOnlyDictionary<int, string>? labels = null)
    {
        var (page, gfx) = NewPage(842, 595);
        var black = Brush(0, 0, 0, 1);
        var grey = Brush(0, 0, 0, 0.6);
        gfx.DrawString($"Tháng {month} – {year}", Font(28), black, 40, 60);
        for (int c = 0; c < 7; c++)
        {
            gfx.DrawString(Headers[c], Font(10), black, 60 + (c * 100), 110);
        }

        var first = new LocalDate(year, month, 1);
        int column = (int)first.DayOfWeek - 1, row = 0;

        // The month's number, big, over the column of its first day: a number with a smaller one under it, as a day has.
        gfx.DrawString($"{month:00}", Font(40), black, 60 + (column * 100), 98);
        for (var date = first; date.Month == month; date = date.PlusDays(1))
        {
            double x = 60 + (column * 100), y = 150 + (row * 70);
            gfx.DrawString(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Font(22), black, x, y);
            var (d, m) = Lunar(date, utc8);
            gfx.DrawString(d == 1 ? $"{d}/{m}" : $"{d}", Font(9), grey, x + 2, y + 16);
            if (labels?.GetValueOrDefault(date.Day) is { } label)
            {
                gfx.DrawString(label, Font(7), black, x, y + 30);
            }

            if (++column == 7)
            {
                column = 0;
                row++;
            }
        }

        if (annotations && month == 7)
        {
            gfx.DrawString("30/7: " + Annotation1 + "; " + Annotation2, Font(8), black, 40, 575);
        }

        Finish(page, gfx);
        return this;
    }

    /// <summary>
    /// Several small month grids side by side on one sheet, one cell apart, as a year poster sets them: the days in
    /// rows that line up across grids, a month header and weekday row over each.
    /// </summary>
    public ForeignCalendarPdf SideBySide(int year, int[] months, bool utc8 = false)
    {
        var (page, gfx) = NewPage(1190, 420);
        var black = Brush(0, 0, 0, 1);
        var grey = Brush(0, 0, 0, 0.6);
        gfx.DrawString(year.ToString(System.Globalization.CultureInfo.InvariantCulture), Font(30), black, 40, 45);
        for (int g = 0; g < months.Length; g++)
        {
            double left = 40 + (g * 8 * 36);
            gfx.DrawString($"Tháng {months[g]}", Font(14), black, left + 90, 90);
            for (int c = 0; c < 7; c++)
            {
                gfx.DrawString(Headers[c], Font(8), black, left + (c * 36), 115);
            }

            var first = new LocalDate(year, months[g], 1);
            int column = (int)first.DayOfWeek - 1, row = 0;
            for (var date = first; date.Month == months[g]; date = date.PlusDays(1))
            {
                double x = left + (column * 36), y = 145 + (row * 45);
                gfx.DrawString(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Font(14), black, x, y);
                var (d, m) = Lunar(date, utc8);
                gfx.DrawString(d == 1 ? $"{d}/{m}" : $"{d}", Font(7), grey, x + 1, y + 11);
                if (++column == 7)
                {
                    column = 0;
                    row++;
                }
            }
        }

        Finish(page, gfx);
        return this;
    }

    /// <summary>Plants raw content on the last page (an RGB fill, a soft-alpha ExtGState …).</summary>
    public ForeignCalendarPdf Raw(string content, string? extGStateName = null, PdfDictionary? extGState = null)
    {
        var page = document.Pages[document.PageCount - 1];
        if (extGStateName is not null && extGState is not null)
        {
            AddExtGState(page, extGStateName, extGState);
        }

        page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes(content));
        return this;
    }

    /// <summary>Plants raw content bytes (an inline image's binary data) on the last page.</summary>
    public ForeignCalendarPdf Raw(byte[] content)
    {
        document.Pages[document.PageCount - 1].Contents.AppendContent().CreateStream(content);
        return this;
    }

    /// <summary>Adds a colour space resource of the last page, given as PDF syntax parsed by PDFsharp's content parser.</summary>
    public ForeignCalendarPdf ColourSpace(string name, PdfArray space)
    {
        var page = document.Pages[document.PageCount - 1];
        var resources = page.Elements.GetDictionary("/Resources")!;
        var group = resources.Elements.GetDictionary("/ColorSpace") ?? new PdfDictionary(document);
        resources.Elements["/ColorSpace"] = group;
        group.Elements[name] = space;
        return this;
    }

    public PdfDictionary NewDictionary() => new(document);

    public PdfArray NewArray(params PdfItem[] items) => new(document, items);

    /// <summary>Makes a dictionary an indirect object (a stream must be one) and answers its reference.</summary>
    public PdfItem Indirect(PdfDictionary value)
    {
        document.Internals.AddObject(value);
        return value.Reference!;
    }

    /// <summary>Adds a resource of the last page (a font, an XObject) under a name its content can use.</summary>
    public ForeignCalendarPdf Resource(string category, string name, PdfDictionary value)
    {
        var page = document.Pages[document.PageCount - 1];
        document.Internals.AddObject(value);
        var resources = page.Elements.GetDictionary("/Resources")!;
        var group = resources.Elements.GetDictionary(category) ?? new PdfDictionary(document);
        resources.Elements[category] = group;
        group.Elements[name] = value.Reference;
        return this;
    }

    /// <summary>Draws more on the last page with PDFsharp (top-down coordinates, its own transformation matrices).</summary>
    public ForeignCalendarPdf Draw(Action<XGraphics> draw)
    {
        using var gfx = XGraphics.FromPdfPage(document.Pages[document.PageCount - 1], XGraphicsPdfPageOptions.Append);
        draw(gfx);
        return this;
    }

    /// <summary>Makes the last page's TrimBox <paramref name="inset"/> points inside its MediaBox and its BleedBox <paramref name="bleed"/> points outside the trim.</summary>
    public ForeignCalendarPdf TrimInset(double inset, double bleed)
    {
        var page = document.Pages[document.PageCount - 1];
        double w = page.Width.Point, h = page.Height.Point;
        page.TrimBox = new PdfRectangle(new XPoint(inset, inset), new XPoint(w - inset, h - inset));
        page.BleedBox = new PdfRectangle(new XPoint(inset - bleed, inset - bleed), new XPoint(w - inset + bleed, h - inset + bleed));
        return this;
    }

    public static XFont Font(double size) => new(ShippedFontResolver.Family, size);

    public static XSolidBrush Brush(double c, double m, double y, double k) => new(XColor.FromCmyk(c, m, y, k));

    /// <summary>Lets a test change the last page's dictionary just before the file is saved.</summary>
    public ForeignCalendarPdf LastPage(Action<PdfPage> change)
    {
        lastPageChange = change;
        return this;
    }

    /// <summary>Lets a test change the document catalog (an OpenAction, …).</summary>
    public ForeignCalendarPdf Catalog(Action<PdfDictionary> change)
    {
        change(document.Internals.Catalog);
        return this;
    }

    /// <summary>Protects the file with a password to open it.</summary>
    public ForeignCalendarPdf Encrypt()
    {
        document.SecuritySettings.UserPassword = "mật khẩu";
        document.SecuritySettings.OwnerPassword = "owner";
        return this;
    }

    /// <summary>
    /// The file. PDFsharp makes every page a transparency group on saving unless its colour mode is undefined; PDF/X-1a
    /// forbids them, so the mode is cleared once everything is drawn (in CMYK), as a prepress tool would drop the groups.
    /// </summary>
    public byte[] Bytes()
    {
        document.Options.ColorMode = PdfColorMode.Undefined;
        lastPageChange?.Invoke(document.Pages[document.PageCount - 1]);
        var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private (PdfPage Page, XGraphics Gfx) NewPage(double width, double height)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(width);
        page.Height = XUnit.FromPoint(height);
        page.TrimBox = new PdfRectangle(new XPoint(0, 0), new XPoint(width, height));

        // Black text overprints, as a prepress operator would set it (the K-only rule is not what these tests plant).
        var overprint = new PdfDictionary(document);
        overprint.Elements.SetName("/Type", "/ExtGState");
        overprint.Elements.SetBoolean("/OP", true);
        overprint.Elements.SetBoolean("/op", true);
        overprint.Elements.SetInteger("/OPM", 1);
        AddExtGState(page, "/GSop", overprint);
        page.Contents.AppendContent().CreateStream("/GSop gs\n"u8.ToArray());
        return (page, XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append));
    }

    private void AddExtGState(PdfPage page, string name, PdfDictionary state)
    {
        document.Internals.AddObject(state);
        var resources = page.Elements.GetDictionary("/Resources") ?? new PdfDictionary(document);
        page.Elements["/Resources"] = resources;
        var states = resources.Elements.GetDictionary("/ExtGState") ?? new PdfDictionary(document);
        resources.Elements["/ExtGState"] = states;
        states.Elements[name] = state.Reference;
    }

    private static void Finish(PdfPage page, XGraphics gfx) => gfx.Dispose();

}
