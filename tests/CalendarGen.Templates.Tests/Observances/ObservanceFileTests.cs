using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Observances;

namespace CalendarGen.Templates.Tests.Observances;

public sealed class ObservanceFileTests
{
    private const string Valid = """
        set: company
        observances:
          - id: founding
            name: Ngày thành lập công ty
            kind: custom
            solar: 15/3
          - id: le-hoi
            name: Lễ hội làng
            name_en: Village festival
            kind: custom
            lunar: 12/2
            days: 2
            from: 2020
            to: 2030-06-30
          - id: giao-thua-test
            name: Cuối năm
            kind: lunar-festival
            lunar_month_end: 12
          - id: one-off
            name: Khai trương
            kind: custom
            date: 2027-03-15
            day_off: true
        """;

    [Fact]
    public void Every_rule_kind_reads_into_its_rule()
    {
        var result = ObservanceFile.Parse(Valid, "company.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var set = result.Value!.Set;
        Assert.Equal("company", set.Name);
        Assert.Equal(new ObservanceRule.FixedSolar(3, 15), set.Observances[0].Rule);
        Assert.Equal(new ObservanceRule.FixedLunar(2, 12), set.Observances[1].Rule);
        Assert.Equal(2, set.Observances[1].Days);
        Assert.Equal(new NodaTime.LocalDate(2020, 1, 1), set.Observances[1].EffectiveFrom);
        Assert.Equal(new NodaTime.LocalDate(2030, 6, 30), set.Observances[1].EffectiveTo);
        Assert.Equal(new ObservanceRule.LunarMonthEnd(12), set.Observances[2].Rule);
        Assert.Equal(new ObservanceRule.OnDate(new NodaTime.LocalDate(2027, 3, 15)), set.Observances[3].Rule);
        Assert.True(set.Observances[3].DayOff);
    }

    [Fact]
    public void Names_are_NFC_normalised_where_they_enter()
    {
        string decomposed = "Le\u0302\u0303 ho\u0323\u0302i"; // "Lễ hội" written with combining marks
        var result = ObservanceFile.Parse($"observances:\n  - id: x\n    name: {decomposed}\n    kind: custom\n    solar: 1/1\n", "nfd.yaml");
        Assert.Equal("Lễ hội", result.Value!.Set.Observances[0].Name);
    }

    [Theory]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: 31/2\n", 5, "31/2 is not a day")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    lunar: 31/1\n", 5, "31/1 is not a lunar date")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: holiday\n    solar: 1/1\n", 4, "unknown kind 'holiday'")]
    [InlineData("observances:\n  - id: x\n    name: A\n    colour: red\n    kind: custom\n    solar: 1/1\n", 4, "unknown key 'colour'")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n", 2, "missing the day")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: 1/1\n    lunar: 1/1\n", 6, "give only one of")]
    [InlineData("observances:\n  - id: x\n    kind: custom\n    solar: 1/1\n", 2, "missing 'name'")]
    [InlineData("observances:\n  - id: X Y\n    name: A\n    kind: custom\n    solar: 1/1\n", 2, "lower-case")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: 1/1\n  - id: x\n    name: B\n    kind: custom\n    solar: 2/1\n", 6, "used twice")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: 1/1\n    from: 2030\n    to: 2020\n", 7, "is before 'from'")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: 1/1\n    days: 0\n", 6, "between 1 and 31")]
    [InlineData("observances:\n  - id: x\n    name: A\n    kind: custom\n    solar: July 30\n", 5, "day/month")]
    [InlineData("observances:\n  - id: x\n    name: [A\n", 4, "YAML syntax")]
    [InlineData("observances: 5\n", 1, "must be a list")]
    [InlineData("- a\n- b\n", 1, "must be a mapping")]
    [InlineData("observances:\n  - just text\n", 2, "must be a mapping")]
    public void A_broken_file_gives_a_problem_at_the_line_of_the_fault(string yaml, int line, string message)
    {
        var result = ObservanceFile.Parse(yaml, "broken.yaml");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Line == line && p.Message.Contains(message) && p.File == "broken.yaml");
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var result = ObservanceFile.Parse("observances:\n  - id: a\n    name: A\n    kind: nope\n    solar: 31/2\n  - id: b\n    name: B\n    kind: custom\n    lunar: 0/13\n", "many.yaml");
        Assert.Equal(3, result.Problems.Length);
        Assert.Equal([4, 5, 9], result.Problems.Select(p => p.Line).Order());
    }

    [Fact]
    public void A_user_file_may_remove_shipped_entries()
    {
        var result = ObservanceFile.Parse("remove: [quoc-te-phu-nu, that-tich]\n", "mine.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["quoc-te-phu-nu", "that-tich"], result.Value!.RemovedIds.AsEnumerable());
    }

    [Fact]
    public void Problems_print_as_file_line_column()
    {
        Assert.Equal("a.yaml:3:5: bad", new Problem("a.yaml", 3, 5, "bad").ToString());
        Assert.Equal("a.yaml: file not found", new Problem("a.yaml", 0, 0, "file not found").ToString());
    }
}
