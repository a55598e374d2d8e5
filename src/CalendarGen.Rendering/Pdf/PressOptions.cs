namespace CalendarGen.Rendering.Pdf;

/// <summary>What the command line adds to a template's press settings for a press or proof render.</summary>
public sealed record PressOptions
{
    /// <summary>A CMYK output ICC profile (--output-profile) that replaces the template's; null: the template's.</summary>
    public string? OutputProfile { get; init; }

    /// <summary>The OutputIntent's condition identifier (--output-condition); null: the template's or the profile's.</summary>
    public string? OutputCondition { get; init; }

    /// <summary>Where image warnings go (low resolution, ink over the limit), one line each; null: nowhere.</summary>
    public Action<string>? Warnings { get; init; }

    /// <summary>The folder of converted images; null: CALENDARGEN_CACHE or the user's cache folder.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Convert every image afresh, caching nothing.</summary>
    public bool NoCache { get; init; }
}
