using CalendarGen.Layout;
using CalendarGen.Rendering.Imaging;
using CalendarGen.Templates;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;

namespace CalendarGen.Rendering.Pdf;

/// <summary>The PDF/X OutputIntent: the condition's identifier and description, and the profile embedded (null: by registry name).</summary>
internal sealed record OutputIntent(string Identifier, string Condition, string Info, string? Registry, byte[]? Profile)
{
    /// <summary>Coated FOGRA39 named by registry, as every press file without a profile of its own says.</summary>
    public static OutputIntent Fogra39 { get; } = new("FOGRA39", "Coated FOGRA39 (ISO 12647-2:2004)", "Coated FOGRA39 (ISO 12647-2:2004)", "http://www.color.org", null);
}

/// <summary>Which profile converts photos and what the OutputIntent says, from the command line and the template.</summary>
internal static class OutputCondition
{
    /// <summary>The shipped default CMYK profile (icc/README.md: built from FOGRA39L data with ArgyllCMS).</summary>
    public const string DefaultProfileName = "CalendarGen-FOGRA39L-300.icc";

    /// <summary>The shipped sRGB profile untagged RGB images are read in.</summary>
    public const string SourceRgbName = "sRGB.icc";

    private static readonly Lazy<(byte[] Cmyk, byte[] Rgb)> Shipped = new(() => (ReadShipped(DefaultProfileName), ReadShipped(SourceRgbName)));

    public static (PrintColor Color, OutputIntent Intent) Resolve(PressSettings press, PressOptions options)
    {
        string? cache = options.NoCache ? null : options.CacheDirectory ?? ImageCache.DefaultDirectory();
        string? path = options.OutputProfile ?? press.OutputProfile;
        if (path is null)
        {
            var intent = options.OutputCondition is { } name ? OutputIntent.Fogra39 with { Identifier = name } : OutputIntent.Fogra39;
            return (new PrintColor(Shipped.Value.Cmyk, Shipped.Value.Rgb, press.RenderingIntent, press.BlackPointCompensation, cache), intent);
        }

        var profile = IccProfileFile.Read(path, out string? problem) ?? throw new LayoutException($"{path}: {problem}");
        string identifier = options.OutputCondition ?? press.OutputCondition ?? profile.Description;
        return (new PrintColor(profile.Bytes, Shipped.Value.Rgb, press.RenderingIntent, press.BlackPointCompensation, cache),
            new OutputIntent(identifier, profile.Description, profile.Description, null, profile.Bytes));
    }

    private static byte[] ReadShipped(string name)
    {
        string file = Path.Combine(ShippedFiles.ProfilesDirectory, name);
        return InputFile.TryRead(file, InputKind.ColorProfile, out string? problem)
            ?? throw new LayoutException($"{file}: {problem} (the colour profiles calendargen ships are missing; reinstall)");
    }
}
