using System.Collections.Immutable;

namespace CalendarGen.Rendering.Imposition;

/// <summary>One pile as the bindery checks it: its set and slot, first and last leaf (from 1) and their labels.</summary>
/// <param name="Number">Pile number from 1, in the order the piles go on top of each other.</param>
/// <param name="Set">Set (lift), from 1.</param>
/// <param name="Slot">Slot from 1, in reading order from the sheet's top left.</param>
/// <param name="FirstLeaf">First leaf, from 1; 0 for a pile of blanks.</param>
/// <param name="LastLeaf">Last leaf, from 1; 0 for a pile of blanks.</param>
/// <param name="FirstLabel">The first leaf's page label (a date for calendargen blocks), or null.</param>
/// <param name="LastLabel">The last leaf's page label, or null.</param>
/// <param name="Blanks">Empty slots at the bottom of the pile.</param>
public sealed record PileEntry(int Number, int Set, int Slot, int FirstLeaf, int LastLeaf, string? FirstLabel, string? LastLabel, int Blanks)
{
    /// <summary>"3: leaves 93–138 (2027-04-02 … 2027-05-17)", for the slug and --map.</summary>
    public string Describe()
    {
        string leaves = FirstLeaf == 0 ? "blank" : FirstLeaf == LastLeaf ? $"leaf {FirstLeaf}" : $"leaves {FirstLeaf}–{LastLeaf}";
        string labels = FirstLabel is null ? "" : FirstLabel == LastLabel || LastLabel is null ? $" ({FirstLabel})" : $" ({FirstLabel} … {LastLabel})";
        string blanks = Blanks > 0 && FirstLeaf != 0 ? $" + {Blanks} blank" : "";
        return $"{Number}: {leaves}{labels}{blanks}";
    }
}

/// <summary>The piles of a cut-and-stack or repeat job, top pile first.</summary>
public static class PileMap
{
    /// <summary>The piles of <paramref name="plan"/>, with each leaf's label from <paramref name="labelOf"/>.</summary>
    public static ImmutableArray<PileEntry> Of(ImpositionPlan plan, Func<int, string?> labelOf)
    {
        var entries = ImmutableArray.CreateBuilder<PileEntry>(plan.Piles.Length);
        foreach (var pile in plan.Piles)
        {
            int sheets = plan.Sheets.Count(s => s.Set == pile.Set);
            int blanks = sheets - pile.Count;
            entries.Add(pile.Count == 0
                ? new PileEntry(entries.Count + 1, pile.Set, pile.Slot + 1, 0, 0, null, null, blanks)
                : new PileEntry(entries.Count + 1, pile.Set, pile.Slot + 1, pile.First + 1, pile.Last + 1, labelOf(pile.First), labelOf(pile.Last), blanks));
        }

        return entries.ToImmutable();
    }
}
