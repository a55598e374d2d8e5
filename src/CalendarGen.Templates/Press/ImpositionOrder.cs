namespace CalendarGen.Templates.Press;

/// <summary>How leaves are spread over the slots of the press sheets.</summary>
public enum ImpositionOrder
{
    /// <summary>Cut-and-stack: each slot's pile, cut from the stacked sheets, is in leaf order (tear-off blocks).</summary>
    CutStack,

    /// <summary>Step and repeat: every slot of a sheet carries the same leaf (wall and desk sheets).</summary>
    Repeat,

    /// <summary>Leaves in reading order, slot after slot, sheet after sheet.</summary>
    Sequential,
}
