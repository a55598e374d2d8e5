using System.Collections.Immutable;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>
/// Large solid K100 areas look grey and thin next to four-colour work; a template may name a rich black (say
/// 60/40/40/100) to paint them with in press and proof files (<c>press: rich_black</c>). Only the fills of boxes whose
/// colour is 100 % K alone and whose area reaches <c>rich_black_min_area</c> change; text, rules, box outlines and
/// print marks stay K100 (a four-ink hairline or glyph would show every misregistration).
/// </summary>
/// <remarks>
/// The substitution is made here, while the press or proof page is laid out, rather than in Rendering's colour table:
/// only the layout still knows that a colour fills a box and how large the box is (the finishing pass sees RGB stand-ins
/// in a PDF path), the choice is the template's, and a rich black drawn as its own palette colour gets its own stand-in
/// and is rewritten to its CMYK like any other colour. Not being K-only, it knocks out (no overprint). Screen pages are
/// never passed through here, so they keep the palette's screen value.
/// </remarks>
internal static class RichBlack
{
    private const double SquareMmPerSquarePt = 1 / (Units.PointsPerMm * Units.PointsPerMm);

    /// <summary>Repaints the large K100 box fills of <paramref name="ops"/> in <paramref name="richBlack"/>.</summary>
    public static void Apply(ImmutableArray<DrawOp>.Builder ops, PaletteColor richBlack, double minAreaMm2)
    {
        for (int i = 0; i < ops.Count; i++)
        {
            if (ops[i] is RectOp { Fill: { Cmyk: { C: 0, M: 0, Y: 0, K: 100 } } } rect
                && rect.Box.Width * rect.Box.Height * SquareMmPerSquarePt >= minAreaMm2)
            {
                ops[i] = rect with { Fill = richBlack };
            }
        }
    }
}
