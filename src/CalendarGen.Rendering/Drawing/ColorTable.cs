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
    private readonly Png.SoftProof? proof;
    private readonly ConcurrentDictionary<Cmyk, SKColor> standIns = new();
    private readonly ConcurrentDictionary<SKColor, Cmyk> inks = new();
    private readonly Dictionary<SKColor, Cmyk> artwork = [];
    private int next;

    private ColorTable(bool print, Png.SoftProof? proof = null)
    {
        this.print = print;
        this.proof = proof;
    }

    /// <summary>Colours for screens and previews.</summary>
    public static ColorTable Screen() => new(print: false);

    /// <summary>Previews in press colours: each palette colour's CMYK as the output profile shows it.</summary>
    public static ColorTable SoftProof(Png.SoftProof proof) => new(print: false, proof);

    /// <summary>
    /// Colours for press and proof: stand-ins to be rewritten to CMYK. Vector artwork (SVG) is drawn in its own RGB
    /// colours; those equal to a palette colour's screen value map to that colour's CMYK (when no two palette colours
    /// share the screen value), so a logo drawn in palette colours prints in exact CMYK.
    /// </summary>
    public static ColorTable Print(IEnumerable<PaletteColor> palette)
    {
        var table = new ColorTable(print: true);
        foreach (var group in palette.GroupBy(c => c.Rgb))
        {
            if (group.Select(c => c.Cmyk).Distinct().Count() == 1 && new SKColor(group.Key.R, group.Key.G, group.Key.B) != DieColor)
            {
                table.artwork[new SKColor(group.Key.R, group.Key.G, group.Key.B)] = group.First().Cmyk;
            }
        }

        return table;
    }

    /// <summary>
    /// The RGB stand-in of the die spot colour (print only; null on screen, where die lines are not drawn). Its red
    /// value is above any palette stand-in's (those stay at or under 251), and a palette colour with this screen value
    /// is kept out of the artwork map, so the finisher can tell it from everything else.
    /// </summary>
    public SKColor? DieStandIn => print ? DieColor : null;

    private static readonly SKColor DieColor = new(253, 0, 254);

    public SKColor this[PaletteColor color] => print ? StandIn(color.Cmyk)
        : proof is not null ? Proofed(color.Cmyk)
        : new SKColor(color.Rgb.R, color.Rgb.G, color.Rgb.B);

    private SKColor Proofed(Cmyk cmyk)
    {
        var (r, g, b) = proof!.Ink(cmyk);
        return new SKColor(r, g, b);
    }

    /// <summary>
    /// The colour of the paint a photo's stand-in is drawn with: Skia writes the paint's colour before the image even
    /// though an image ignores it, so for print it is paper white (a stand-in the finisher knows; no ink, no overprint).
    /// </summary>
    public SKColor ImagePaint => print ? StandIn(new Cmyk(0, 0, 0, 0)) : SKColors.Black;

    /// <summary>The CMYK value a stand-in RGB triple stands for.</summary>
    public bool TryGetCmyk(byte r, byte g, byte b, out Cmyk cmyk) =>
        inks.TryGetValue(new SKColor(r, g, b), out cmyk) || artwork.TryGetValue(new SKColor(r, g, b), out cmyk);

    private SKColor StandIn(Cmyk cmyk) => standIns.GetOrAdd(cmyk, c =>
    {
        // A unique, arbitrary triple per colour, assigned in order of first use (deterministic for a given document).
        // Skipping any triple that is also a palette screen value keeps artwork colours and stand-ins apart.
        SKColor color;
        do
        {
            int n = Interlocked.Increment(ref next);
            color = new SKColor((byte)(n * 37 % 251 + 1), (byte)(n >> 8 & 0xFF), (byte)(n & 0xFF));
        }
        while (artwork.ContainsKey(color));

        inks[color] = c;
        return color;
    });
}
