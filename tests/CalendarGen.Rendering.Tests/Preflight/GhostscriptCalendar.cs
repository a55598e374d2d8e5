using System.Globalization;
using System.Text;
using NodaTime;

namespace CalendarGen.Rendering.Tests.Preflight;

/// <summary>
/// Calendar pages written as PostScript and turned into PDF by Ghostscript's pdfwrite: another writer than ours and
/// PDFsharp, with its own font subsetting, encodings and content streams. The text is set in the shipped Be Vietnam
/// Pro (found through -sFONTPATH), re-encoded so that each Vietnamese letter used gets a byte of its own, named
/// uniXXXX so that pdfwrite writes a ToUnicode map. The PDF/X-1a keys come from pdfmarks, so that only what a test
/// plants is a finding.
/// </summary>
internal sealed class GhostscriptCalendar
{
    private static readonly string[] Headers = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];
    private static readonly string[] WeekdayNames = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];
    private readonly List<string> pages = [];
    private readonly Dictionary<char, int> codes = [];
    private readonly bool rgb;

    /// <param name="rgb">Whether colours are set with setrgbcolor (a screen-minded layout) rather than setcmykcolor.</param>
    public GhostscriptCalendar(bool rgb = false) => this.rgb = rgb;

    public GhostscriptCalendar BlockDay(LocalDate date, bool utc8 = false, bool annotations = true, string? label = null)
    {
        var page = new StringBuilder();
        Begin(page, 420, 595);
        Text(page, $"Tháng {date.Month} năm {date.Year}", 18, 60, 505, red: false);
        Text(page, date.Day.ToString(CultureInfo.InvariantCulture), 160, 130, 295, red: true);
        Text(page, WeekdayNames[(int)date.DayOfWeek - 1], 22, 150, 245, red: false);
        if (label is not null)
        {
            Text(page, label, 16, 150, 215, red: true);
        }

        var (d, m) = ForeignCalendarPdf.Lunar(date, utc8);
        Text(page, "Âm lịch", 12, 60, 175, red: false);
        Text(page, $"{d}/{m}", 30, 60, 135, red: false);
        if (annotations && date.Month == 7 && date.Day == 30)
        {
            Text(page, ForeignCalendarPdf.Annotation1, 11, 60, 85, red: false);
            Text(page, "Ngày toàn dân phòng,", 11, 60, 65, red: false);
            Text(page, "chống mua bán người", 11, 60, 50, red: false);
        }

        pages.Add(page.Append("showpage\n").ToString());
        return this;
    }

    public GhostscriptCalendar MonthGrid(int year, int month, bool utc8 = false, bool annotations = true)
    {
        var page = new StringBuilder();
        Begin(page, 842, 595);
        Text(page, $"Tháng {month} – {year}", 28, 40, 530, red: false);
        for (int c = 0; c < 7; c++)
        {
            Text(page, Headers[c], 10, 60 + (c * 100), 485, red: c == 6);
        }

        var first = new LocalDate(year, month, 1);
        int column = (int)first.DayOfWeek - 1, row = 0;
        for (var date = first; date.Month == month; date = date.PlusDays(1))
        {
            double x = 60 + (column * 100), y = 445 - (row * 70);
            Text(page, date.Day.ToString(CultureInfo.InvariantCulture), 22, x, y, red: column == 6);
            var (d, m) = ForeignCalendarPdf.Lunar(date, utc8);
            Text(page, d == 1 ? $"{d}/{m}" : $"{d}", 9, x + 2, y - 16, red: false);
            if (++column == 7)
            {
                column = 0;
                row++;
            }
        }

        if (annotations && month == 7)
        {
            Text(page, "30/7: " + ForeignCalendarPdf.Annotation1 + "; " + ForeignCalendarPdf.Annotation2, 8, 40, 20, red: false);
        }

        pages.Add(page.Append("showpage\n").ToString());
        return this;
    }

    /// <summary>The PostScript program: the PDF/X keys, the re-encoded font, the pages.</summary>
    public string PostScript()
    {
        var ps = new StringBuilder("%!PS-Adobe-3.0\n");
        ps.Append("[ /GTS_PDFXVersion (PDF/X-1a:2003) /Title (Lich thu Ghostscript) /Trapped /False /DOCINFO pdfmark\n");
        ps.Append("[ /_objdef {oi} /type /dict /OBJ pdfmark\n");
        ps.Append("[ {oi} << /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (FOGRA39) /RegistryName (http://www.color.org) >> /PUT pdfmark\n");
        ps.Append("[ {Catalog} << /OutputIntents [ {oi} ] >> /PUT pdfmark\n");
        ps.Append("/VN /BeVietnamPro-Regular findfont dup length dict begin\n");
        ps.Append("  { 1 index /FID ne { def } { pop pop } ifelse } forall\n");
        ps.Append("  /Encoding StandardEncoding 256 array copy def\n");
        foreach (var (c, code) in codes.OrderBy(kv => kv.Value))
        {
            ps.Append(CultureInfo.InvariantCulture, $"  Encoding {code} /uni{(int)c:X4} put\n");
        }

        ps.Append("  currentdict end definefont pop\n");
        foreach (string page in pages)
        {
            ps.Append(page);
        }

        return ps.ToString();
    }

    /// <summary>The PDF pdfwrite makes of the program; <paramref name="pdfx"/> adds -dPDFX with CMYK colour conversion.</summary>
    public byte[] Pdf(bool pdfx = false)
    {
        using var folder = new TempFolder("calendargen-gs-");
        string input = folder.Write("calendar.ps", PostScript());
        string output = Path.Combine(folder.Path, "calendar.pdf");
        var args = new List<string> { "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dCompatibilityLevel=1.4",
            "-sFONTPATH=" + Path.Combine(RepositoryRoot.Path, "fonts"), "-sDEVICE=pdfwrite", "-sOutputFile=" + output };
        if (pdfx)
        {
            args.AddRange(["-dPDFX", "-sColorConversionStrategy=CMYK"]);
        }

        args.Add(input);
        var (exit, log) = ExternalTool.Run("gs", [.. args]);
        Assert.True(exit == 0, "gs failed: " + log);
        return File.ReadAllBytes(output);
    }

    private void Begin(StringBuilder page, int width, int height)
    {
        page.Append(CultureInfo.InvariantCulture, $"<< /PageSize [{width} {height}] >> setpagedevice\n");
        page.Append(CultureInfo.InvariantCulture, $"[ /TrimBox [0 0 {width} {height}] /PAGE pdfmark\n");

        // Black overprints, as a prepress operator would set it (the K-only rule is not what these tests plant).
        page.Append("true setoverprint\n");
    }

    private void Text(StringBuilder page, string text, double size, double x, double y, bool red)
    {
        string colour = (rgb, red) switch
        {
            (false, false) => "0 0 0 1 setcmykcolor",
            (false, true) => "0 1 1 0 setcmykcolor",
            (true, false) => "0 0 0 setrgbcolor",
            (true, true) => "0.85 0.1 0.1 setrgbcolor",
        };
        page.Append(CultureInfo.InvariantCulture, $"{colour} /VN findfont {size} scalefont setfont {x} {y} moveto ({Encode(text)}) show\n");
    }

    /// <summary>The text as a PostScript string: ASCII as itself, each other letter (NFC) as a byte from 128 up.</summary>
    private string Encode(string text)
    {
        var s = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormC))
        {
            if (c is '(' or ')' or '\\')
            {
                s.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~' and not '\'' and not '`')
            {
                s.Append(c);
            }
            else
            {
                if (!codes.TryGetValue(c, out int code))
                {
                    code = 128 + codes.Count;
                    Assert.True(code < 256, "too many distinct letters for one re-encoded font");
                    codes[c] = code;
                }

                s.Append('\\').Append(Convert.ToString(code, 8));
            }
        }

        return s.ToString();
    }
}
