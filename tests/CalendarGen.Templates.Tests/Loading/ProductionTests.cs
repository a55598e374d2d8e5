using CalendarGen.Templates.Loading;
using CalendarGen.Templates.Model;

namespace CalendarGen.Templates.Tests.Loading;

/// <summary>The "production" section (issue 13): keep-out zones and finishing lines, read, resolved and checked.</summary>
public sealed class ProductionTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-production-");

    public void Dispose() => temp.Dispose();

    private LoadResult<Template> Load(string yaml) => TemplateLoader.Load(temp.Write("t.yaml", yaml));

    [Fact]
    public void The_shipped_wall_calendar_has_a_wire_o_strip_and_a_hanger_notch_at_the_centre_of_its_top_edge()
    {
        var production = TemplateLoader.Load("wall-13").Value!.Production;

        var zones = production.ZonesOf(PageRole.Month).ToList();
        var wire = Assert.Single(zones, z => z.Kind == KeepOutKind.WireO);
        Assert.Equal(new Box(0, 0, 310, 11), wire.Bounds);
        var hanger = Assert.Single(zones, z => z.Kind == KeepOutKind.Hanger);
        Assert.True(hanger.Round);
        Assert.Equal(new Box(140, -15, 30, 30), hanger.Bounds); // centre (155, 0), 30 mm across
        Assert.Equal("Die", production.Spot);
        Assert.Empty(production.LinesOf(PageRole.Month));
    }

    [Fact]
    public void The_shipped_desk_tent_has_a_glue_tab_and_a_fold_line_on_its_cover()
    {
        var production = TemplateLoader.Load("desk-tent").Value!.Production;

        var tab = Assert.Single(production.ZonesOf(PageRole.Cover), z => z.Kind == KeepOutKind.GlueTab);
        Assert.Equal(new Box(0, 142, 200, 8), tab.Bounds);
        var fold = Assert.Single(production.LinesOf(PageRole.Cover));
        Assert.Equal(DieLineKind.Fold, fold.Kind);
        Assert.Equal([(-3.0, 142.0), (203.0, 142.0)], fold.Points.ToArray());
        Assert.Empty(production.LinesOf(PageRole.Month));
    }

    [Fact]
    public void Text_in_a_keep_out_zone_is_a_print_warning_with_its_line_frame_zone_and_overlap()
    {
        var result = Load("""
            extends: desk-tent
            pages:
              cover:
                - { id: note, type: text, x: 15, y: 138, width: 170, height: 7, text: "{year}", size: 10, color: mist }
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith("t.yaml", warning.File);
        Assert.Equal(4, warning.Line);
        Assert.StartsWith("print: frame 'note' on the cover page", warning.Message);
        Assert.Contains("glue-tab keep-out zone (desk-tent.yaml:", warning.Message);
        Assert.Contains("by 170 × 3 mm", warning.Message);
    }

    [Fact]
    public void Ink_on_a_glue_tab_is_a_print_warning_and_paper_white_is_not()
    {
        // The desk tent's cover glue tab is y 142–150 mm; its band stops at the fold (y 142).
        var result = Load("""
            extends: desk-tent
            palette:
              white: { cmyk: [0, 0, 0, 0] }
            pages:
              cover:
                - { id: band, type: box, x: -3, y: 12, width: 206, height: 141, fill: teal }
                - { id: sheet, type: box, x: -3, y: 140, width: 206, height: 13, fill: white }
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(6, warning.Line);
        Assert.StartsWith("print: frame 'band' on the cover page puts ink on the glue tab (desk-tent.yaml:", warning.Message);
        Assert.Contains("by 200 × 8 mm", warning.Message);
    }

    [Fact]
    public void Text_reaching_into_a_round_zone_is_measured_by_its_depth()
    {
        // A 40 mm notch at the centre of the bottom edge, (100, 150): the cover imprint (x 15–185, y 128–142) comes
        // within 8 mm of its centre, 12 mm into it.
        var result = Load("""
            extends: desk-tent
            production:
              all:
                - { type: hanger, edge: bottom, diameter: 40 }
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var imprint = Assert.Single(result.Warnings, w => w.Message.Contains("frame 'imprint'", StringComparison.Ordinal));
        Assert.Contains("hanger keep-out zone (t.yaml:4) 12 mm deep", imprint.Message);
        Assert.Contains(result.Warnings, w => w.Message.Contains("frame 'grid' on the month page", StringComparison.Ordinal));
    }

    [Fact]
    public void A_frame_that_only_touches_a_zone_and_boxes_inside_one_are_fine()
    {
        // The shipped desk tent's imprint ends at y 142 where the glue tab starts; its teal band runs over the tab.
        Assert.Empty(TemplateLoader.Load("desk-tent").Warnings);
    }

    [Theory]
    [InlineData("    - { type: staple, edge: top }", 4, "unknown production type 'staple'")]
    [InlineData("    - { type: wire-o, width: 11 }", 4, "missing 'edge'")]
    [InlineData("    - { type: wire-o, edge: middle, width: 11 }", 4, "'edge' must be one of top, left, bottom, right, not 'middle'")]
    [InlineData("    - { type: wire-o, edge: top, width: 0 }", 4, "'width' must be between 0.5 and 200 mm")]
    [InlineData("    - { type: glue-tab, edge: top, width: 5, diameter: 3 }", 4, "a glue-tab takes edge, width, not 'diameter'")]
    [InlineData("    - { type: drill, x: 10, y: 400, diameter: 5 }", 4, "'y' must be between 0 and 150 mm")]
    [InlineData("    - { type: fold, points: [[0, 75]] }", 4, "points is a list of at least two [x, y] pairs")]
    [InlineData("    - { type: cut, points: [[0, 75], [abc, 75]] }", 4, "points is a list of at least two [x, y] pairs")]
    [InlineData("    - { type: perf, points: [[0, 75], [260, 75]] }", 4, "perf line point (260, 75) mm lies outside the media box")]
    [InlineData("    - wire-o", 4, "each production item is a mapping")]
    public void Bad_production_items_are_errors_at_their_line(string item, int line, string message)
    {
        var result = Load($"extends: desk-tent\nproduction:\n  all:\n{item}\n");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("t.yaml", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void The_spot_name_must_be_a_plain_pdf_name_and_items_need_a_page_the_product_has()
    {
        var result = Load("extends: desk-tent\nproduction:\n  spot: \"Cut Contour\"\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("spot colour name 'Cut Contour'", problem.Message);

        result = Load("extends: desk-tent\nproduction:\n  day:\n    - { type: wire-o, edge: top, width: 11 }\n");
        problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("production.day: the template has no day page", problem.Message);
    }

    [Fact]
    public void The_spot_colour_is_a_template_setting()
    {
        var result = Load("extends: desk-tent\nproduction:\n  spot: Crease\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("Crease", result.Value!.Production.Spot);
        Assert.Single(result.Value.Production.LinesOf(PageRole.Cover)); // the parent's lines stay
    }
}
