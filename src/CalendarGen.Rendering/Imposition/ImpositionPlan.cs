using System.Collections.Immutable;
using CalendarGen.Templates.Press;

namespace CalendarGen.Rendering.Imposition;

/// <summary>One sheet of the run: which leaf (0-based, or -1 for an empty slot) each slot carries.</summary>
/// <param name="Number">Sheet number in the whole run, from 1.</param>
/// <param name="Set">Cut-and-stack set (lift), from 1; 1 for other orders.</param>
/// <param name="Slots">Leaf per slot, slots in reading order (row by row from the top left).</param>
public sealed record PlannedSheet(int Number, int Set, ImmutableArray<int> Slots);

/// <summary>A pile the guillotine cuts from one set: the leaves under one slot, top to bottom.</summary>
/// <param name="Set">Set (lift), from 1.</param>
/// <param name="Slot">Slot, from 0 in reading order.</param>
/// <param name="First">First leaf, 0-based.</param>
/// <param name="Last">Last leaf, 0-based; below <paramref name="First"/> for a pile of blanks.</param>
public sealed record Pile(int Set, int Slot, int First, int Last)
{
    /// <summary>Leaves in the pile.</summary>
    public int Count => Math.Max(0, Last - First + 1);
}

/// <summary>
/// Which leaf goes where (design.md §7.2). Cut-and-stack: L leaves on N slots give S = ⌈L/N⌉ sheets and sheet j,
/// slot s carries leaf s·S + j (0-based), so each slot's pile is a run of consecutive leaves and the empty slots
/// fall at the end of the last pile. A stack depth splits the job into sets of at most that many sheets, each
/// imposed the same way on its own run of leaves.
/// </summary>
public sealed record ImpositionPlan(ImmutableArray<PlannedSheet> Sheets, ImmutableArray<Pile> Piles)
{
    /// <summary>Plans <paramref name="leaves"/> leaves on sheets of <paramref name="slots"/> slots.</summary>
    public static ImpositionPlan Make(int leaves, int slots, ImpositionOrder order, int? stackDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leaves);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots);
        return order switch
        {
            ImpositionOrder.Repeat => Repeat(leaves, slots),
            ImpositionOrder.Sequential => Sequential(leaves, slots),
            _ => CutStack(leaves, slots, stackDepth is > 0 ? stackDepth.Value : int.MaxValue),
        };
    }

    private static ImpositionPlan CutStack(int leaves, int slots, int depth)
    {
        var sheets = ImmutableArray.CreateBuilder<PlannedSheet>();
        var piles = ImmutableArray.CreateBuilder<Pile>();
        long perSet = (long)depth * slots;
        int set = 0;
        for (int start = 0; start < leaves; start = (int)Math.Min(leaves, start + perSet))
        {
            set++;
            int count = (int)Math.Min(leaves - start, perSet);
            int sheetsInSet = (count + slots - 1) / slots;
            for (int j = 0; j < sheetsInSet; j++)
            {
                var row = new int[slots];
                for (int s = 0; s < slots; s++)
                {
                    int leaf = (s * sheetsInSet) + j;
                    row[s] = leaf < count ? start + leaf : -1;
                }

                sheets.Add(new PlannedSheet(sheets.Count + 1, set, [.. row]));
            }

            for (int s = 0; s < slots; s++)
            {
                int first = s * sheetsInSet, last = Math.Min(count, (s + 1) * sheetsInSet) - 1;
                piles.Add(new Pile(set, s, start + first, start + last));
            }
        }

        return new ImpositionPlan(sheets.ToImmutable(), piles.ToImmutable());
    }

    private static ImpositionPlan Repeat(int leaves, int slots)
    {
        var sheets = Enumerable.Range(0, leaves).Select(leaf => new PlannedSheet(leaf + 1, 1, [.. Enumerable.Repeat(leaf, slots)]));
        var piles = Enumerable.Range(0, slots).Select(s => new Pile(1, s, 0, leaves - 1));
        return new ImpositionPlan([.. sheets], [.. piles]);
    }

    private static ImpositionPlan Sequential(int leaves, int slots)
    {
        int count = (leaves + slots - 1) / slots;
        var sheets = Enumerable.Range(0, count).Select(j => new PlannedSheet(j + 1, 1,
            [.. Enumerable.Range(0, slots).Select(s => (j * slots) + s < leaves ? (j * slots) + s : -1)]));
        return new ImpositionPlan([.. sheets], []);
    }
}
