using CalendarGen.Domain.Calendar;
using CalendarGen.Layout.Document;
using CalendarGen.Templates;
using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Observances;
using NodaTime;

namespace CalendarGen.Layout.Tests;

public sealed class ComposerTests
{
    private const double Mm = 72 / 25.4;

    public static TheoryData<string> Names => new(ShippedFiles.TemplateNames());

    private static LaidOutDocument Compose(string name, int year, OutputProfile profile, out Template template)
    {
        template = TemplateLoader.Load(name).Value!;
        var calendar = CalendarYear.Build(year, ObservanceSets.Shipped("vn"), null, template.Page.WeekStart);
        return Composer.Compose(template, calendar, new FixedWidthMeasurer(), profile, new LocalDate(2026, 1, 1));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void All_text_of_every_page_lies_inside_the_safe_area_and_out_of_the_binding_zone(string name)
    {
        var document = Compose(name, 2027, OutputProfile.Screen, out var template);
        var page = template.Page;
        var safe = new PtBox(page.Safe * Mm, page.Safe * Mm, (page.Width - 2 * page.Safe) * Mm, (page.Height - 2 * page.Safe) * Mm);
        int pages = 0;
        foreach (var laidOut in document.Pages)
        {
            pages++;
            foreach (var text in laidOut.Ops.OfType<TextOp>())
            {
                Assert.True(safe.Contains(text.Bounds), $"{name} page {laidOut.Number}: \"{text.Text}\" at {text.Bounds} is outside the safe area {safe}");
                Assert.True(text.Size >= 6 - 1e-9, $"{name} page {laidOut.Number}: \"{text.Text}\" at {text.Size} pt");
                if (page.Binding is { Edge: Edge.Top } binding)
                {
                    Assert.True(text.Bounds.Y >= binding.Depth * Mm - 0.01, $"{name} page {laidOut.Number}: \"{text.Text}\" in the binding zone");
                }
            }
        }

        Assert.Equal(document.PageCount, pages);
    }

    [Theory]
    [InlineData(OutputProfile.Screen, 0)]
    [InlineData(OutputProfile.Press, 15)]
    [InlineData(OutputProfile.Proof, 20)]
    public void Boxes_follow_the_profile(OutputProfile profile, double marginMm)
    {
        var page = Compose("block-trung", 2027, profile, out _).Page(2);
        Assert.Equal(105 * Mm, page.Trim.Width, 6);
        Assert.Equal(145 * Mm, page.Trim.Height, 6);
        Assert.Equal((105 + 2 * marginMm) * Mm, page.MediaWidth, 6);
        double bleed = profile == OutputProfile.Screen ? 0 : 3 * Mm;
        Assert.Equal(page.Trim.Width + 2 * bleed, page.Bleed.Width, 6);
        Assert.Equal(page.Trim.X - bleed, page.Bleed.X, 6);
    }

    [Fact]
    public void Press_pages_have_eight_crop_marks_outside_the_bleed()
    {
        var page = Compose("block-trung", 2027, OutputProfile.Press, out _).Page(2);
        var marks = page.Ops.OfType<LineOp>().Where(l => l.Color.Name == "registration").ToList();
        Assert.Equal(8, marks.Count);
        Assert.All(marks, m =>
        {
            Assert.Equal(0.25, m.Width);
            Assert.False(page.Bleed.Contains(new PtBox(Math.Min(m.X1, m.X2), Math.Min(m.Y1, m.Y2), Math.Abs(m.X2 - m.X1), Math.Abs(m.Y2 - m.Y1))));
            Assert.Equal(10 * Mm, Math.Max(Math.Abs(m.X2 - m.X1), Math.Abs(m.Y2 - m.Y1)), 6);
        });
    }

    [Fact]
    public void Six_week_months_get_six_rows_and_every_day_of_the_month_is_printed_with_its_lunar_figure()
    {
        // August 2026 starts on a Saturday and needs six rows with Monday first.
        var template = TemplateLoader.Load("wall-13").Value!;
        var calendar = CalendarYear.Build(2026, ObservanceSets.Shipped("vn"), null, template.Page.WeekStart);
        var page = Composer.Compose(template, calendar, new FixedWidthMeasurer(), OutputProfile.Screen, new LocalDate(2026, 1, 1)).Page(9);
        Assert.Equal(6, calendar.Months[7].Weeks.Length);
        var texts = page.Ops.OfType<TextOp>().Select(t => t.Text).ToList();
        Assert.All(Enumerable.Range(1, 31), d => Assert.Contains(d.ToString(), texts));
        Assert.Contains(calendar.Months[7].Days.First(d => d.IsLunarMonthStart).LunarLabel, texts);
    }

    [Fact]
    public void A_missing_glyph_is_an_error_naming_the_character_the_frame_and_the_date()
    {
        string path = Path.Combine(Path.GetTempPath(), $"calendargen-glyph-{Environment.ProcessId}.yaml");
        File.WriteAllText(path, "extends: block-trung\npages:\n  day:\n    - { id: note, type: text, x: 8, y: 130, width: 89, height: 8, text: \"春\" }\n");
        try
        {
            var template = TemplateLoader.Load(path).Value!;
            var calendar = CalendarYear.Build(2027, ObservanceSets.Shipped("vn"));
            var document = Composer.Compose(template, calendar, new FixedWidthMeasurer(), OutputProfile.Press, new LocalDate(2026, 1, 1));
            var error = Assert.Throws<LayoutException>(() => document.Page(2));
            Assert.Contains("'春' (U+6625)", error.Message);
            Assert.Contains("frame 'note' on 2027-01-01", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Pages_are_laid_out_only_when_enumerated()
    {
        var document = Compose("block-dai", 2027, OutputProfile.Screen, out _);
        Assert.Equal(367, document.PageCount);
        Assert.Equal("2027-07-30", document.Index[211].Label);
        Assert.Equal(212, document.Page(212).Number);
    }

    [Theory]
    [InlineData("block-trung", 212)]
    [InlineData("desk-tent", 8)]
    public void The_display_list_matches_its_reviewed_snapshot(string name, int number)
    {
        string actual = PageSnapshot.Describe(Compose(name, 2027, OutputProfile.Press, out _).Page(number));
        string file = Path.Combine(RepositoryRoot.Path, "tests", "CalendarGen.Layout.Tests", "Snapshots", $"{name}-2027-p{number}.txt");
        if (!File.Exists(file))
        {
            File.WriteAllText(file + ".received", actual);
            Assert.Fail($"no reviewed snapshot {file}; the actual display list is in {file}.received");
        }

        Assert.Equal(File.ReadAllText(file), actual);
    }
}

public sealed class QuoteTests
{
    [Fact]
    public void A_block_day_page_prints_the_proverb_of_its_day()
    {
        var template = TemplateLoader.Load("block-dai").Value!;
        Assert.True(template.Quotes.Length >= 60);
        var calendar = CalendarYear.Build(2027, ObservanceSets.Shipped("vn"));
        var document = Composer.Compose(template, calendar, new FixedWidthMeasurer(), OutputProfile.Screen, new LocalDate(2026, 1, 1));
        var date = new LocalDate(2027, 7, 30);
        string expected = template.Quotes[(date.DayOfYear - 1 + 2027) % template.Quotes.Length];
        string text = string.Concat(document.Page(document.Index.First(p => p.Shows(date)).Number).Ops.OfType<TextOp>().Select(t => t.Text));
        Assert.Contains(expected.Replace(" ", ""), text.Replace(" ", ""));
    }

    [Fact]
    public void Quotes_none_leaves_the_quote_empty_and_a_missing_quote_file_is_a_problem()
    {
        using var temp = new TempFolder();
        Assert.Empty(TemplateLoader.Load(temp.Write("a.yaml", "extends: block-dai\nquotes: none\n")).Value!.Quotes);
        var problem = Assert.Single(TemplateLoader.Load(temp.Write("b.yaml", "extends: block-dai\nquotes: my-quotes.yaml\n")).Problems);
        Assert.Contains("my-quotes.yaml", problem.Message);
        Assert.Equal(2, problem.Line);
        temp.Write("q.yaml", "quotes: [Một câu]\n");
        string own = temp.Write("c.yaml", "extends: block-dai\nquotes: q.yaml\n");
        Assert.Equal(["Một câu"], TemplateLoader.Load(own).Value!.Quotes.AsEnumerable());
    }
}
