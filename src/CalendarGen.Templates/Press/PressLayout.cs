namespace CalendarGen.Templates.Press;

/// <summary>
/// A press sheet and how leaves are set on it; lengths in millimetres. The gripper edge is the sheet's bottom edge
/// (the lead edge): nothing is printed there.
/// </summary>
/// <param name="SheetWidth">Sheet width.</param>
/// <param name="SheetHeight">Sheet height.</param>
/// <param name="Columns">Slots across.</param>
/// <param name="Rows">Slots down.</param>
/// <param name="Gap">Space between the bleed edges of neighbouring slots.</param>
/// <param name="Gripper">Unprinted strip at the lead (bottom) edge.</param>
/// <param name="Margin">Unprinted strip at the other three edges, outside the crop marks and slug.</param>
/// <param name="Order">How leaves are spread over slots and sheets.</param>
/// <param name="StackDepth">At most this many sheets per lift (cut-and-stack sets); null for one set.</param>
/// <param name="SlotWidth">Slot width; null for the widest leaf's bleed box.</param>
/// <param name="SlotHeight">Slot height; null for the tallest leaf's bleed box.</param>
/// <param name="NotesPage">Input page (from 1) that fills empty slots; null leaves them blank.</param>
/// <param name="Duplex">Whether the input alternates fronts and backs, and how the sheet is backed up.</param>
public sealed record PressLayout(
    double SheetWidth,
    double SheetHeight,
    int Columns,
    int Rows,
    double Gap = 0,
    double Gripper = 12,
    double Margin = 10,
    ImpositionOrder Order = ImpositionOrder.CutStack,
    int? StackDepth = null,
    double? SlotWidth = null,
    double? SlotHeight = null,
    int? NotesPage = null,
    DuplexMode Duplex = DuplexMode.None)
{
    /// <summary>Slots on one sheet side.</summary>
    public int Slots => Columns * Rows;
}
