using CalendarGen.Templates.Press;

namespace CalendarGen.Templates.Tests.Press;

public sealed class PressLayoutFileTests
{
    [Fact]
    public void The_shipped_block_layout_reads_as_eight_up_cut_and_stack()
    {
        var loaded = PressLayoutFile.Load(Path.Combine(RepositoryRoot.Path, "samples", "press", "block-dai-4x2.yaml"));

        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Problems));
        Assert.Equal(new PressLayout(650, 500, 4, 2, 0, 12, 10, ImpositionOrder.CutStack, 250), loaded.Value);
    }

    [Fact]
    public void The_shipped_wall_layout_reads_as_two_up_step_and_repeat()
    {
        var loaded = PressLayoutFile.Load(Path.Combine(RepositoryRoot.Path, "samples", "press", "wall-13-2up.yaml"));

        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Problems));
        Assert.Equal((720d, 520d, 2, 1, ImpositionOrder.Repeat), (loaded.Value!.SheetWidth, loaded.Value.SheetHeight, loaded.Value.Columns, loaded.Value.Rows, loaded.Value.Order));
    }

    [Fact]
    public void Optional_keys_set_slot_notes_page_and_duplex()
    {
        var loaded = PressLayoutFile.Parse("sheet: 650x500\ngrid: 4x2\nslot: 152x212\nnotes_page: 368\nduplex: tumble\n", "press.yaml");

        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Problems));
        Assert.Equal((152d, 212d, 368, DuplexMode.Tumble), (loaded.Value!.SlotWidth, loaded.Value.SlotHeight, loaded.Value.NotesPage, loaded.Value.Duplex));
    }

    [Fact]
    public void Every_problem_is_reported_at_its_line()
    {
        var loaded = PressLayoutFile.Parse("sheet: 650x500\ngrid: 4x2.5\norder: stack\ngap: -1\nduplex: flip\nsheets: 3\n", "press.yaml");

        Assert.Null(loaded.Value);
        var lines = loaded.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Collection(
            lines,
            p => Assert.StartsWith("press.yaml:2:7: 'grid' must be two positive whole numbers", p),
            p => Assert.StartsWith("press.yaml:3:8: unknown order 'stack'", p),
            p => Assert.StartsWith("press.yaml:4:6: 'gap' must be a length in mm", p),
            p => Assert.StartsWith("press.yaml:5:9: unknown duplex 'flip'", p),
            p => Assert.StartsWith("press.yaml:6:1: unknown key 'sheets'", p));
    }

    [Fact]
    public void Sheet_and_grid_are_required()
    {
        var loaded = PressLayoutFile.Parse("gap: 2\n", "press.yaml");

        Assert.Contains(loaded.Problems, p => p.Message == "missing 'sheet'");
        Assert.Contains(loaded.Problems, p => p.Message == "missing 'grid'");
    }
}
