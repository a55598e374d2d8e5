using CalendarGen.Templates.Loading;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>Print-quality warnings (issue 13): place, frame and measured value; thresholds from the template.</summary>
public sealed class PrintQualityRulesTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-print-");

    public void Dispose() => temp.Dispose();

    private IReadOnlyList<Problem> Warnings(string yaml)
    {
        var result = TemplateLoader.Load(temp.Write("t.yaml", yaml));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Warnings;
    }

    [Theory]
    [InlineData("block-dai")]
    [InlineData("block-trung")]
    [InlineData("desk-tent")]
    [InlineData("wall-13")]
    [InlineData("wall-13-photo")]
    [InlineData("wall-7")]
    [InlineData("wall-poster")]
    public void Shipped_templates_have_no_print_quality_warnings(string name)
    {
        var result = TemplateLoader.Load(name);

        Assert.True(result.Succeeded);
        Assert.True(result.Warnings.IsEmpty, string.Join("\n", result.Warnings));
    }

    [Fact]
    public void Small_text_in_a_tint_is_named_with_its_line_frame_size_and_tint()
    {
        var warning = Assert.Single(Warnings("""
            extends: block-trung
            palette:
              grey: { cmyk: [0, 0, 0, 55] }
            pages:
              day:
                - { id: note, type: text, x: 8, y: 130, width: 89, height: 8, text: "{truc}", size: 7, color: grey }
            """));

        Assert.Equal(6, warning.Line);
        Assert.Contains("frame 'note'", warning.Message);
        Assert.Contains("7 pt", warning.Message);
        Assert.Contains("55 % tint of black", warning.Message);
    }

    [Fact]
    public void Small_text_in_two_inks_and_text_that_may_shrink_below_the_limit_are_warned()
    {
        var warnings = Warnings("""
            extends: block-trung
            pages:
              day:
                - { id: note, type: text, x: 8, y: 130, width: 89, height: 8, text: "{truc}", size: 9, min_size: 7, color: red }
            """);

        var warning = Assert.Single(warnings);
        Assert.Contains("at 7 pt is in 2 inks ('red' 0/100/100/0)", warning.Message);
    }

    [Fact]
    public void Small_grids_print_sundays_in_the_sunday_colour_unless_the_style_says_day_colors_false()
    {
        // Mini-months and the grid header put Sundays in the Sunday colour without being asked (as preflight sees in
        // the PDF): the rule must see that colour too, and day_colors: false takes it away.
        const string Minis = """
            extends: block-trung
            colors:
              sunday: red
            pages:
              day:
                - { id: minis, type: mini-months, x: 8, y: 120, width: 89, height: 20, size: 6, color: ink%DAYCOLORS% }
            """;

        var warning = Assert.Single(Warnings(Minis.Replace("%DAYCOLORS%", "")));
        Assert.Contains("frame 'minis': text at 6 pt is in 2 inks ('red' 0/100/100/0)", warning.Message);
        Assert.Empty(Warnings(Minis.Replace("%DAYCOLORS%", ", day_colors: false")));
    }

    [Fact]
    public void Small_paper_white_text_on_a_box_of_several_inks_is_reversed_out()
    {
        var warning = Assert.Single(Warnings("""
            extends: block-trung
            palette:
              white: { cmyk: [0, 0, 0, 0] }
            pages:
              day:
                - { id: panel, type: box, x: 8, y: 128, width: 89, height: 12, fill: navy }
                - { id: note, type: text, x: 8, y: 130, width: 89, height: 8, text: "{truc}", size: 6, color: white }
            """));

        Assert.Contains("reversed out of 'navy' (100/80/20/10, 4 inks)", warning.Message);
    }

    [Fact]
    public void Thin_rules_in_a_tint_tiny_ink_dots_and_ink_over_the_template_limit_are_warned()
    {
        var warnings = Warnings("""
            extends: block-trung
            press: { max_ink: 250 }
            palette:
              line: { cmyk: [0, 3, 40, 0] }
              dark: { cmyk: [80, 70, 60, 60] }
            pages:
              day:
                - { id: hairline, type: rule, x: 8, y: 130, width: 89, height: 1, color: line, weight: 0.3 }
            """);

        Assert.Contains(warnings, w => w.Line == 4 && w.Message.Contains("'line' (0/3/40/0) has 3 % magenta", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Line == 5 && w.Message.Contains("270 % total ink, over the template's limit of 250 %", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Line == 8 && w.Message.Contains("rule 0.3 pt thin is in 2 inks", StringComparison.Ordinal));
    }

    [Fact]
    public void Thresholds_are_template_settings()
    {
        Assert.Empty(Warnings("""
            extends: block-trung
            press: { min_text_size: 6, min_rule_width: 0.25, min_dot: 2 }
            palette:
              line: { cmyk: [0, 3, 40, 0] }
            pages:
              day:
                - { id: note, type: text, x: 8, y: 130, width: 89, height: 8, text: "{truc}", size: 7, color: red }
                - { id: hairline, type: rule, x: 8, y: 140, width: 89, height: 1, color: line, weight: 0.3 }
            """));
    }
}
