using System.Collections.Immutable;
using CalendarGen.Domain.Calendar;
using CalendarGen.Layout.Composition;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;
using NodaTime;

namespace CalendarGen.Layout;

/// <summary>
/// Template + calendar year → a document of pages of drawing operations in points. Pure: no drawing library, no
/// files; text is measured through <see cref="ITextMeasurer"/>. Pages are laid out one at a time as the document is
/// enumerated, so a year of day pages never sits in memory at once.
/// </summary>
public static class Composer
{
    /// <summary>Lays out <paramref name="template"/> for <paramref name="year"/>.</summary>
    /// <param name="template">A validated template.</param>
    /// <param name="year">The calendar year, built with the template's first weekday.</param>
    /// <param name="measurer">Real font metrics.</param>
    /// <param name="profile">Press, proof or screen.</param>
    /// <param name="stamp">The date printed in a proof's slug line (from SOURCE_DATE_EPOCH for reproducible output).</param>
    public static LaidOutDocument Compose(Template template, CalendarYear year, ITextMeasurer measurer, OutputProfile profile, LocalDate stamp)
    {
        var contexts = Pages(template, year);
        string kind = template.Kind switch
        {
            ProductKind.Block => "Lịch bloc",
            ProductKind.Desk => "Lịch để bàn",
            _ => "Lịch treo tường",
        };
        string title = $"{kind} {year.Year} — {template.Name}";
        string subject = template.Description.Length > 0 ? template.Description : $"{kind} năm {year.Year}: dương lịch, âm lịch, ngày lễ";
        var composer = new PageComposer(template, measurer, profile, stamp);
        var index = contexts.Select(c => new PageInfo(c.Number, c.Label, FirstDate(c), LastDate(c))).ToImmutableArray();
        return new LaidOutDocument(title, subject, index, contexts.Select(composer.Compose), [.. template.Palette.Values]) { Press = template.Press, Author = template.Imprint.Publisher, DieSpot = template.Production.Spot };
    }

    private static LocalDate? FirstDate(PageContext page) => page.Day?.Date ?? page.Month?.Days[0].Date;

    private static LocalDate? LastDate(PageContext page) => page.Day?.Date ?? (page.SecondMonth ?? page.Month)?.Days[^1].Date;

    /// <summary>The pages of the product, in order.</summary>
    internal static List<PageContext> Pages(Template template, CalendarYear year)
    {
        var pages = new List<(PageRole Role, CalendarDay? Day, CalendarMonth? Month, CalendarMonth? Second)>();
        if (template.Pages.ContainsKey(PageRole.Cover))
        {
            pages.Add((PageRole.Cover, null, null, null));
        }

        if (template.Pages.ContainsKey(PageRole.Day))
        {
            pages.AddRange(year.Days.Select(d => (PageRole.Day, (CalendarDay?)d, (CalendarMonth?)null, (CalendarMonth?)null)));
        }

        if (template.Pages.ContainsKey(PageRole.Month))
        {
            pages.AddRange(year.Months.Select(m => (PageRole.Month, (CalendarDay?)null, (CalendarMonth?)m, (CalendarMonth?)null)));
        }

        if (template.Pages.ContainsKey(PageRole.TwoMonths))
        {
            pages.AddRange(Enumerable.Range(0, 6).Select(i => (PageRole.TwoMonths, (CalendarDay?)null, (CalendarMonth?)year.Months[2 * i], (CalendarMonth?)year.Months[2 * i + 1])));
        }

        if (template.Pages.ContainsKey(PageRole.Year))
        {
            pages.Add((PageRole.Year, null, null, null));
        }

        if (template.Pages.ContainsKey(PageRole.Back))
        {
            pages.Add((PageRole.Back, null, null, null));
        }

        if (template.Pages.ContainsKey(PageRole.DayBack) || template.Pages.ContainsKey(PageRole.MonthBack))
        {
            // Duplex: each page is followed by its back, so impose --duplex finds front, back, front …
            pages = [.. pages.SelectMany(p => new[] { p, p with { Role = BackOf(template, p.Role) } })];
        }

        return [.. pages.Select((p, i) => new PageContext(p.Role, year, p.Day, p.Month, p.Second, i + 1, pages.Count))];
    }

    private static PageRole BackOf(Template template, PageRole front)
    {
        var back = front switch
        {
            PageRole.Day => PageRole.DayBack,
            PageRole.Month => PageRole.MonthBack,
            _ => PageRole.BlankBack,
        };
        return template.Pages.ContainsKey(back) ? back : PageRole.BlankBack;
    }

    private sealed class PageComposer(Template template, ITextMeasurer measurer, OutputProfile profile, LocalDate stamp)
    {
        private readonly Labels labels = new(template.Language);
        private readonly TextSetter text = new(measurer, template.Fonts);

        public LaidOutPage Compose(PageContext page)
        {
            double trimWidth = Units.Pt(template.Page.Width), trimHeight = Units.Pt(template.Page.Height);
            double bleed = profile == OutputProfile.Screen ? 0 : Units.Pt(template.Page.Bleed);
            double margin = profile switch
            {
                OutputProfile.Screen => 0,
                OutputProfile.Press => bleed + Units.Pt(12),
                _ => bleed + Units.Pt(17),
            };
            var trim = new PtBox(margin, margin, trimWidth, trimHeight);
            var bleedBox = new PtBox(margin - bleed, margin - bleed, trimWidth + 2 * bleed, trimHeight + 2 * bleed);

            var ops = ImmutableArray.CreateBuilder<DrawOp>();
            if (template.Colors.Background is { } background)
            {
                ops.Add(new RectOp(bleedBox, template.Palette[background], null, 0));
            }

            var frames = template.FramesOf(page.Role);
            int firstContent = frames.TakeWhile(f => f.Component is BoxComponent or ImageComponent).Count();
            for (int i = 0; i < frames.Length; i++)
            {
                if (i == firstContent && profile == OutputProfile.Proof)
                {
                    ops.AddRange(Watermark(trim));
                }

                var frame = frames[i];
                var box = new PtBox(margin + Units.Pt(frame.Box.X), margin + Units.Pt(frame.Box.Y), Units.Pt(frame.Box.Width), Units.Pt(frame.Box.Height));
                ops.AddRange(ComponentLayout.Lay(new FrameContext(frame, box, page, template, labels, text)));
            }

            if (frames.Length == firstContent && profile == OutputProfile.Proof)
            {
                ops.AddRange(Watermark(trim));
            }

            if (profile != OutputProfile.Screen && template.Press.RichBlack is { } richBlack)
            {
                RichBlack.Apply(ops, template.Palette[richBlack], template.Press.RichBlackMinArea);
            }

            if (profile != OutputProfile.Screen)
            {
                string hash = PageSnapshot.Hash(ops);
                ops.AddRange(ProductionMarks.Of(template.Production, page.Role, template.Page, trim));
                ops.AddRange(PrintMarks.CropMarks(trim, bleed));
                if (profile == OutputProfile.Proof)
                {
                    ops.AddRange(PrintMarks.RegistrationTargets(trim, bleed));
                    ops.AddRange(PrintMarks.ColorBar(trim, bleed));
                    ops.AddRange(Slug(page, trim, bleed, hash));
                }
            }

            return new LaidOutPage(page.Number, page.Label, trimWidth + 2 * margin, trimHeight + 2 * margin, trim, bleedBox, ops.ToImmutable(), Bookmark(page));
        }

        private string? Bookmark(PageContext page) => page.Role switch
        {
            PageRole.Cover => "Bìa",
            PageRole.Back => "Bìa sau",
            PageRole.Year => $"Năm {page.Year.Year}",
            PageRole.Day when page.Day!.Date.Day == 1 => labels.MonthShort(page.Day.Date.Month),
            PageRole.Month => labels.MonthShort(page.Month!.Month),
            PageRole.TwoMonths => $"{labels.MonthShort(page.Month!.Month)} – {labels.MonthShort(page.SecondMonth!.Month)}",
            _ => null,
        };

        private string MarkFont => template.Fonts.ContainsKey("body") ? "body" : template.Fonts.Keys.First();

        /// <summary>"BẢN IN THỬ / PROOF" across the page, under the content.</summary>
        private IEnumerable<DrawOp> Watermark(PtBox trim)
        {
            string[] lines = ["BẢN IN THỬ", "PROOF"];
            var style = new TextStyle(MarkFont, trim.Width / 7, 6, PrintMarks.ProofTint.Name, Align.Center, VAlign.Middle, false, false);
            var box = new PtBox(trim.X + trim.Width * 0.05, trim.Y + trim.Height * 0.3, trim.Width * 0.9, trim.Height * 0.4);
            double size = text.FitSize(lines, style, box) ?? 6;
            return text.Set(lines, MarkFont, size, PrintMarks.ProofTint, box, Align.Center, VAlign.Middle);
        }

        /// <summary>The slug line below the bleed: template, year, page n/N, page label, date, content hash.</summary>
        private IEnumerable<DrawOp> Slug(PageContext page, PtBox trim, double bleed, string hash)
        {
            string line = $"{template.Name} · {page.Year.Year} · trang {page.Number}/{page.Count} · {page.Label} · {stamp:yyyy-MM-dd} · nội dung {hash}";
            var box = new PtBox(trim.X, trim.Bottom + bleed + Units.Pt(3), trim.Width, Units.Pt(4));
            var style = new TextStyle(MarkFont, 6, 6, PrintMarks.Registration.Name, Align.Left, VAlign.Top, false, false);
            text.CheckGlyphs([line], MarkFont, $"slug of page {page.Number}");
            double size = text.FitSize([line], style, box with { Width = trim.Width + Units.Pt(20) }) ?? 6;
            return text.Set([line], MarkFont, size, PrintMarks.Registration, box with { Width = trim.Width + Units.Pt(20) }, Align.Left, VAlign.Top);
        }
    }
}
