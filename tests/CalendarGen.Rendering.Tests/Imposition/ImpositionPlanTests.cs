using CalendarGen.Rendering.Imposition;
using CalendarGen.Templates.Press;

namespace CalendarGen.Rendering.Tests.Imposition;

public sealed class ImpositionPlanTests
{
    [Fact]
    public void Cut_and_stack_puts_leaf_s_times_S_plus_j_in_slot_s_of_sheet_j()
    {
        var plan = ImpositionPlan.Make(367, 8, ImpositionOrder.CutStack, null);

        Assert.Equal(46, plan.Sheets.Length);
        Assert.Equal([0, 46, 92, 138, 184, 230, 276, 322], plan.Sheets[0].Slots.ToArray());
        Assert.Equal([45, 91, 137, 183, 229, 275, 321, -1], plan.Sheets[^1].Slots.ToArray());
    }

    [Fact]
    public void Reading_each_slot_down_the_stack_gives_every_leaf_in_order_with_blanks_last()
    {
        var plan = ImpositionPlan.Make(367, 8, ImpositionOrder.CutStack, null);

        var piles = Enumerable.Range(0, 8).SelectMany(s => plan.Sheets.Select(sheet => sheet.Slots[s])).ToList();

        Assert.Equal([.. Enumerable.Range(0, 367), -1], piles);
        Assert.Equal(new Pile(1, 7, 322, 366), plan.Piles[^1]);
    }

    [Fact]
    public void A_stack_depth_splits_the_job_into_sets_each_in_order()
    {
        var plan = ImpositionPlan.Make(100, 4, ImpositionOrder.CutStack, stackDepth: 10);

        Assert.Equal(25, plan.Sheets.Length);
        Assert.Equal([1, 2, 3], plan.Sheets.Select(s => s.Set).Distinct());
        Assert.Equal([0, 10, 20, 30], plan.Sheets[0].Slots.ToArray());
        Assert.Equal([80, 85, 90, 95], plan.Sheets[20].Slots.ToArray());
        var read = plan.Sheets.GroupBy(s => s.Set).SelectMany(set => Enumerable.Range(0, 4).SelectMany(slot => set.Select(sheet => sheet.Slots[slot])));
        Assert.Equal(Enumerable.Range(0, 100), read);
    }

    [Fact]
    public void Step_and_repeat_fills_every_slot_with_the_sheet_s_leaf()
    {
        var plan = ImpositionPlan.Make(13, 2, ImpositionOrder.Repeat, null);

        Assert.Equal(13, plan.Sheets.Length);
        Assert.All(plan.Sheets, s => Assert.Equal([s.Number - 1, s.Number - 1], s.Slots.ToArray()));
    }

    [Fact]
    public void Sequential_order_fills_slots_in_reading_order()
    {
        var plan = ImpositionPlan.Make(5, 4, ImpositionOrder.Sequential, null);

        Assert.Equal([0, 1, 2, 3], plan.Sheets[0].Slots.ToArray());
        Assert.Equal([4, -1, -1, -1], plan.Sheets[1].Slots.ToArray());
    }
}
