namespace CalendarGen.Templates.Files;

/// <summary>The kinds of input file calendargen reads, each with its own size cap.</summary>
public enum InputKind
{
    /// <summary>A template (YAML), or one it extends: 4 MB.</summary>
    Template,

    /// <summary>A data file — observances, schedule, quotes, pack — in YAML: 4 MB.</summary>
    Data,

    /// <summary>An iCalendar file: 8 MB.</summary>
    Calendar,

    /// <summary>A TrueType or OpenType font: 32 MB.</summary>
    Font,

    /// <summary>A raster image (PNG, JPEG, TIFF): 64 MB.</summary>
    Image,

    /// <summary>An SVG drawing: 8 MB.</summary>
    Svg,

    /// <summary>An ICC colour profile (the press output condition): 16 MB.</summary>
    ColorProfile,

    /// <summary>A PDF to impose or preflight: 512 MB (a 367-page block with photos runs to hundreds of MB).</summary>
    Pdf,
}
