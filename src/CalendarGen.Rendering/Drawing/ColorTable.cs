using System.Collections.Concurrent;
using CalendarGen.Templates.Model;
using SkiaSharp;

namespace CalendarGen.Rendering.Drawing;

/// <summary>
/// How palette colours become Skia colours. On screen, each colour's RGB preview. For print, Skia (which writes only
/// RGB) draws each distinct CMYK colour with its own unique RGB stand-in, and the finishing pass rewrites every stand-in
/// back to its exact CMYK value; the table is the contract between the two.
/// </summary>
internal sealed class ColorTable
{
    private readonly bool print;
    private readonly ConcurrentDictionary<Cmyk, SKColor> standIns = new();
    private readonly ConcurrentDictionary<SKColor, Cmyk> inks = new();
    private int next;

    private ColorTable(bool print) => this.print = print;

    /// <summary>Colours for screens and previews.</summary>
    public static ColorTable Screen() => new(print: false);

    /// <summary>Colours for press and proof: stand-ins to be rewritten to CMYK.</summary>
    public static ColorTable Print() => new(print: true);

    public bool IsPrint => print;

    public SKColor this[PaletteColor color] => print ? StandIn(color.Cmyk) : new SKColor(color.Rgb.R, color.Rgb.G, color.Rgb.B);

    /// <summary>The CMYK value a stand-in RGB triple stands for.</summary>
    public bool TryGetCmyk(byte r, byte g, byte b, out Cmyk cmyk) => inks.TryGetValue(new SKColor(r, g, b), out cmyk);

    private SKColor StandIn(Cmyk cmyk) => standIns.GetOrAdd(cmyk, c =>
    {
        // A unique, arbitrary triple per colour, assigned in order of first use (deterministic for a given document).
        int n = Interlocked.Increment(ref next);
        var color = new SKColor((byte)(n * 37 % 251 + 1), (byte)(n >> 8 & 0xFF), (byte)(n & 0xFF));
        inks[color] = c;
        return color;
    });
}
