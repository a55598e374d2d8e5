namespace CalendarGen.Rendering.Imposition;

/// <summary>The input or the press layout cannot be imposed (a leaf larger than its slot, pages without boxes …).</summary>
public sealed class ImpositionException(string message) : Exception(message);
