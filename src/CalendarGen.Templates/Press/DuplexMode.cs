namespace CalendarGen.Templates.Press;

/// <summary>How the back of a sheet is printed, which decides where each leaf's back lands.</summary>
public enum DuplexMode
{
    /// <summary>One side only: every input page is a leaf.</summary>
    None,

    /// <summary>Work-and-turn: the sheet is turned over its vertical axis, so the back mirrors columns.</summary>
    Turn,

    /// <summary>Work-and-tumble: the sheet is turned over its horizontal axis, so the back mirrors rows.</summary>
    Tumble,
}
