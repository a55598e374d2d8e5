using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CalendarGen.Layout.Document;

/// <summary>A page's drawing operations as plain text, one per line: for snapshot tests and content hashes.</summary>
public static class PageSnapshot
{
    /// <summary>One operation as a line of text.</summary>
    public static string Describe(DrawOp op) => op switch
    {
        TextOp t => F($"text {t.X:0.##} {t.Baseline:0.##} {t.Size:0.##}pt {Path.GetFileNameWithoutExtension(t.Font)} {t.Color.Name} \"{t.Text}\""),
        RectOp r => F($"rect {r.Box} fill={r.Fill?.Name ?? "-"} stroke={r.Stroke?.Name ?? "-"} {r.StrokeWidth:0.##}"),
        LineOp l => F($"line {l.X1:0.##} {l.Y1:0.##} {l.X2:0.##} {l.Y2:0.##} {l.Color.Name} {l.Width:0.##}"),
        CircleOp c => F($"circle {c.CenterX:0.##} {c.CenterY:0.##} r{c.Radius:0.##} {c.Color.Name} {c.Width:0.##}"),
        ImageOp i => F($"image {i.Box} {Path.GetFileName(i.Path)}"),
        DieLineOp d => F($"die {d.Stroke.ToString().ToLowerInvariant()} {string.Join(" ", d.Points.Select(p => F($"{p.X:0.##},{p.Y:0.##}")))}{(d.Closed ? " closed" : "")}"),
        _ => op.GetType().Name,
    };

    /// <summary>The page: its boxes, then its operations.</summary>
    public static string Describe(LaidOutPage page)
    {
        var text = new StringBuilder();
        text.Append(F($"page {page.Number} {page.Label} media {page.MediaWidth:0.##}x{page.MediaHeight:0.##} trim {page.Trim} bleed {page.Bleed}\n"));
        foreach (var op in page.Ops)
        {
            text.Append("  ").Append(Describe(op)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the operations' description.</summary>
    public static string Hash(IEnumerable<DrawOp> ops)
    {
        var text = string.Join('\n', ops.Select(Describe));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
