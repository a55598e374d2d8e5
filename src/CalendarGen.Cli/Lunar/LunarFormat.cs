namespace CalendarGen.Cli.Lunar;

/// <summary>How `calendargen lunar` writes its answer.</summary>
internal enum LunarFormat
{
    /// <summary>A readable Vietnamese summary for one date, aligned columns for a range.</summary>
    Table,

    /// <summary>A header and one row a day.</summary>
    Csv,

    /// <summary>One object for a date, an array of objects for a range.</summary>
    Json,
}
