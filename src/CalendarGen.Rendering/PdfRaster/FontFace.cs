using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// A PDF font as a preview draws it: the embedded TrueType program (FontFile2, or OpenType in FontFile3) as a Skia
/// typeface, how codes split out of a string, their glyph ids and their widths. Type0 fonts with Identity-H
/// (two-byte codes that are CIDs) and a CIDToGIDMap (Identity or a stream) are what Skia writes; simple TrueType fonts
/// look each code up in the font's own cmap. A font without an embedded program has no typeface: its text is skipped.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly Dictionary<int, double> widths = [];
    private readonly double defaultWidth;
    private readonly byte[]? cidToGid;
    private SKFont? lookup;

    private FontFace(SKTypeface? typeface, bool twoByte, double defaultWidth, byte[]? cidToGid)
    {
        Typeface = typeface;
        TwoByte = twoByte;
        this.defaultWidth = defaultWidth;
        this.cidToGid = cidToGid;
    }

    /// <summary>The embedded program, or null when none can be read.</summary>
    public SKTypeface? Typeface { get; }

    /// <summary>Whether codes are two bytes (Type0 with Identity-H/V).</summary>
    public bool TwoByte { get; }

    /// <summary>The code's advance in thousandths of the font size.</summary>
    public double Width(int code) => widths.TryGetValue(code, out double w) ? w : defaultWidth;

    /// <summary>The glyph id that draws the code.</summary>
    public ushort Glyph(int code)
    {
        if (TwoByte)
        {
            return cidToGid is null ? (ushort)code
                : 2 * code + 1 < cidToGid.Length ? (ushort)((cidToGid[2 * code] << 8) | cidToGid[(2 * code) + 1]) : (ushort)0;
        }

        if (Typeface is null)
        {
            return 0;
        }

        // A symbolic subset maps codes at U+F000 + code (the Microsoft symbol cmap); others by the code as Latin-1.
        lookup ??= new SKFont(Typeface);
        ushort glyph = lookup.GetGlyph(code);
        return glyph != 0 ? glyph : lookup.GetGlyph(0xF000 + code);
    }

    public void Dispose()
    {
        lookup?.Dispose();
        Typeface?.Dispose();
    }

    public static FontFace Load(PdfDictionary font)
    {
        bool type0 = PdfItems.Name(font, "/Subtype") == "Type0";
        var descendant = type0 && PdfItems.Array(font, "/DescendantFonts") is { Elements.Count: > 0 } kids
            ? PdfItems.Resolve(kids.Elements[0]) as PdfDictionary
            : null;
        var described = descendant ?? font;
        var typeface = Program(PdfItems.Dictionary(described, "/FontDescriptor"));
        string? encoding = PdfItems.Name(font, "/Encoding");
        bool twoByte = type0 && encoding is "Identity-H" or "Identity-V";
        byte[]? map = descendant is not null && PdfItems.Resolve(descendant.Elements["/CIDToGIDMap"]) is PdfDictionary mapStream
            ? StreamData.Decode(mapStream, 2 << 16) : null;
        var face = new FontFace(type0 && !twoByte ? null : typeface, twoByte, descendant is null ? 0 : PdfItems.Number(descendant, "/DW") ?? 1000, map);
        if (descendant is not null)
        {
            face.ReadCidWidths(PdfItems.Array(descendant, "/W"));
        }
        else
        {
            int first = (int)(PdfItems.Number(font, "/FirstChar") ?? 0);
            var list = PdfItems.Array(font, "/Widths");
            for (int i = 0; list is not null && i < list.Elements.Count && i < 256; i++)
            {
                face.widths[first + i] = PdfItems.Number(list.Elements[i]) ?? 0;
            }
        }

        return face;
    }

    private static SKTypeface? Program(PdfDictionary? descriptor)
    {
        var file = PdfItems.Dictionary(descriptor, "/FontFile2") ?? PdfItems.Dictionary(descriptor, "/FontFile3");
        if (file is null || file.Stream is null || StreamData.Decode(file, Templates.Files.InputFile.MaxBytes(Templates.Files.InputKind.Font)) is not { Length: > 0 } bytes)
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data);
    }

    // W is [c [w1 w2 …] c_first c_last w …] (PDF 32000 §9.7.4.3).
    private void ReadCidWidths(PdfArray? w)
    {
        if (w is null)
        {
            return;
        }

        var items = w.Elements.Select(PdfItems.Resolve).ToList();
        for (int i = 0; i + 1 < items.Count && widths.Count < 65536;)
        {
            int first = (int)(PdfItems.Number(items[i]) ?? 0);
            if (items[i + 1] is PdfArray run)
            {
                for (int j = 0; j < run.Elements.Count && j < 65536; j++)
                {
                    widths[first + j] = PdfItems.Number(run.Elements[j]) ?? defaultWidth;
                }

                i += 2;
            }
            else if (i + 2 < items.Count)
            {
                int last = (int)(PdfItems.Number(items[i + 1]) ?? first);
                double value = PdfItems.Number(items[i + 2]) ?? defaultWidth;
                for (int c = first; c <= last && c - first < 65536; c++)
                {
                    widths[c] = value;
                }

                i += 3;
            }
            else
            {
                break;
            }
        }
    }
}
