using System.Collections.Concurrent;
using CalendarGen.Rendering.Imaging;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Model;

namespace CalendarGen.Rendering.Png;

/// <summary>
/// Previews in the colours the press will print (preview --soft-proof): photos converted to the output profile's CMYK
/// as for press and back to sRGB, and palette colours shown from their CMYK through the same profile instead of their
/// screen values.
/// </summary>
public sealed class SoftProof
{
    private readonly PrintColor color;
    private readonly ConcurrentDictionary<string, byte[]> images = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Cmyk, (byte, byte, byte)> inks = new();

    private SoftProof(PrintColor color) => this.color = color;

    /// <summary>The soft proof of a template's press settings (its profile, intent, black-point compensation) and the command line's.</summary>
    public static SoftProof For(PressSettings press, PressOptions options) => new(OutputCondition.Resolve(press, options with { NoCache = true }).Color);

    internal byte[] Image(string path, byte[] bytes) => images.GetOrAdd(path, _ => ColorEngine.SoftProof(bytes, color));

    internal (byte R, byte G, byte B) Ink(Cmyk cmyk) => inks.GetOrAdd(cmyk, c => ColorEngine.SoftProof(c.C, c.M, c.Y, c.K, color));
}
