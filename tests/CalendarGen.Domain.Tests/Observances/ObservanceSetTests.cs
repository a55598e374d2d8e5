using CalendarGen.Domain.Observances;

namespace CalendarGen.Domain.Tests.Observances;

public sealed class ObservanceSetTests
{
    private static Observance Entry(string id, string name) => new(id, name, null, ObservanceKind.Custom, new ObservanceRule.FixedSolar(1, 1));

    [Fact]
    public void An_overlay_replaces_entries_by_id_in_place_adds_new_ones_at_the_end_and_removes_listed_ids()
    {
        var shipped = new ObservanceSet("vn", [Entry("a", "A"), Entry("b", "B"), Entry("c", "C")]);
        var user = new ObservanceSet("mine", [Entry("d", "D"), Entry("b", "B2")]);
        var merged = shipped.With(user, ["c"]);
        Assert.Equal(["a:A", "b:B2", "d:D"], merged.Observances.Select(o => $"{o.Id}:{o.Name}"));
    }

    [Fact]
    public void Kinds_are_spelled_as_in_data_files()
    {
        Assert.Equal("public-holiday", ObservanceKind.PublicHoliday.ToName());
        Assert.True(ObservanceKinds.TryParse("lunar-festival", out var kind));
        Assert.Equal(ObservanceKind.LunarFestival, kind);
        Assert.False(ObservanceKinds.TryParse("holiday", out _));
    }
}
