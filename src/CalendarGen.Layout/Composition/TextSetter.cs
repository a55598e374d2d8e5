using System.Collections.Immutable;
using CalendarGen.Layout.Document;
using CalendarGen.Templates.Model;

namespace CalendarGen.Layout.Composition;

/// <summary>
/// Sets lines of text in a box with real font metrics: shrinks the size in half-point steps down to the style's
/// minimum until every line fits the width and the block fits the height, then aligns it. Never lets text overflow:
/// what does not fit at the minimum size is a <see cref="LayoutException"/>.
/// </summary>
internal sealed class TextSetter(ITextMeasurer measurer, IReadOnlyDictionary<string, string> fonts)
{
    public const double LineSpacing = 1.18;

    public string FontFile(string role) => fonts[role];

    /// <summary>The height <paramref name="lines"/> lines of a style take at its full size.</summary>
    public double Height(TextStyle style, int lines = 1) => BlockHeight(lines, measurer.Metrics(fonts[style.Font], style.Size), style.Size);

    /// <summary>The largest size from <paramref name="style"/>.Size down to its minimum at which the lines fit; null if none does.</summary>
    public double? FitSize(IReadOnlyList<string> lines, TextStyle style, PtBox box, double scale = 1)
    {
        string font = fonts[style.Font];
        for (double size = style.Size * scale; size >= style.MinSize * scale - 1e-9; size -= 0.5 * scale)
        {
            if (Fits(lines, font, size, box))
            {
                return size;
            }
        }

        return null;
    }

    public bool Fits(IReadOnlyList<string> lines, string font, double size, PtBox box)
    {
        var metrics = measurer.Metrics(font, size);
        double height = BlockHeight(lines.Count, metrics, size);
        return height <= box.Height + 0.01 && lines.All(l => measurer.Width(font, size, l) <= box.Width + 0.01);
    }

    /// <summary>Sets the lines at a known size; the caller has checked that they fit.</summary>
    public ImmutableArray<TextOp> Set(IReadOnlyList<string> lines, string fontRole, double size, PaletteColor color, PtBox box, Align align, VAlign valign)
    {
        string font = fonts[fontRole];
        var metrics = measurer.Metrics(font, size);
        double blockHeight = BlockHeight(lines.Count, metrics, size);
        double top = valign switch
        {
            VAlign.Top => box.Y,
            VAlign.Middle => box.Y + (box.Height - blockHeight) / 2,
            _ => box.Bottom - blockHeight,
        };
        var ops = ImmutableArray.CreateBuilder<TextOp>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            double width = measurer.Width(font, size, line);
            double x = align switch
            {
                Align.Left => box.X,
                Align.Center => box.X + (box.Width - width) / 2,
                _ => box.Right - width,
            };
            double baseline = top + metrics.Ascent + i * size * LineSpacing;
            ops.Add(new TextOp(x, baseline, line, font, size, color, new PtBox(x, baseline - metrics.Ascent, width, metrics.Ascent + metrics.Descent)));
        }

        return ops.ToImmutable();
    }

    /// <summary>Fits and sets, or throws naming the frame and the page.</summary>
    public ImmutableArray<TextOp> FitAndSet(IReadOnlyList<string> lines, TextStyle style, PaletteColor color, PtBox box, string where, double scale = 1)
    {
        CheckGlyphs(lines, style.Font, where);
        double size = FitSize(lines, style, box, scale)
            ?? throw new LayoutException($"{where}: \"{string.Join(" / ", lines)}\" does not fit its frame even at the minimum size {style.MinSize * scale:0.#} pt");
        return Set(lines, style.Font, size, color, box, style.Align, style.VAlign);
    }

    /// <summary>
    /// Like <see cref="FitAndSet"/>, but a line too wide for the frame breaks between words (continuation lines are
    /// indented by <paramref name="indent"/>); the size shrinks only when the wrapped text is too tall.
    /// </summary>
    public ImmutableArray<TextOp> WrapFitAndSet(IReadOnlyList<string> lines, TextStyle style, PaletteColor color, PtBox box, string where, string indent = "")
    {
        CheckGlyphs(lines, style.Font, where);
        string font = fonts[style.Font];
        for (double size = style.Size; size >= style.MinSize - 1e-9; size -= 0.5)
        {
            var wrapped = lines.SelectMany(l => Wrap(l, font, size, box.Width, indent)).ToList();
            if (Fits(wrapped, font, size, box))
            {
                return Set(wrapped, style.Font, size, color, box, style.Align, style.VAlign);
            }
        }

        throw new LayoutException($"{where}: \"{string.Join(" / ", lines)}\" does not fit its frame even wrapped at the minimum size {style.MinSize:0.#} pt");
    }

    private IEnumerable<string> Wrap(string line, string font, double size, double width, string indent)
    {
        if (measurer.Width(font, size, line) <= width)
        {
            yield return line;
            yield break;
        }

        string current = "";
        foreach (string word in line.Split(' '))
        {
            string candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && measurer.Width(font, size, candidate) > width)
            {
                yield return current;
                candidate = indent + word;
            }

            current = candidate;
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    public void CheckGlyphs(IEnumerable<string> lines, string fontRole, string where)
    {
        string font = fonts[fontRole];
        foreach (string line in lines)
        {
            if (measurer.FirstMissing(font, line) is { } missing)
            {
                throw new LayoutException($"{where}: the font {Path.GetFileName(font)} has no glyph for '{char.ConvertFromUtf32(missing)}' (U+{missing:X4}) in \"{line}\"");
            }
        }
    }

    private static double BlockHeight(int lineCount, FontMetrics metrics, double size) =>
        lineCount == 0 ? 0 : (lineCount - 1) * size * LineSpacing + metrics.Ascent + metrics.Descent;
}
