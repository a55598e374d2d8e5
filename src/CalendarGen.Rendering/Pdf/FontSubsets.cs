using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CalendarGen.Rendering.Fonts;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// Replaces each whole font Skia embedded (its FontFile2 holds the entire .ttf under a made-up "AAAAAA+" tag) with a
/// real subset of the glyphs the document draws, glyph ids kept, and gives it a subset tag derived from the font
/// and its glyphs, so two different subsets never share a tag and the same input always gets the same one.
/// </summary>
internal static class FontSubsets
{
    /// <summary>Subsets every Identity-H TrueType font in <paramref name="usage"/>; returns the bytes saved.</summary>
    public static long Apply(GlyphUsage usage, Action<PdfDictionary, byte[]> writeCompressed)
    {
        // Fonts that share one font file share its subset.
        var byFile = new Dictionary<PdfDictionary, (SortedSet<int> Glyphs, List<PdfDictionary> Fonts)>(ReferenceEqualityComparer.Instance);
        foreach (var (font, glyphs) in usage.Fonts)
        {
            if (FontFile(font) is not { } file)
            {
                continue;
            }

            if (!byFile.TryGetValue(file, out var entry))
            {
                byFile[file] = entry = ([], []);
            }

            entry.Glyphs.UnionWith(glyphs);
            entry.Fonts.Add(font);
        }

        var jobs = byFile.Select(f => (File: f.Key, f.Value.Glyphs, f.Value.Fonts, Whole: Decoded(f.Key))).ToList();
        var subsets = jobs.Select(j => HarfBuzzSubset.Subset(j.Whole, j.Glyphs)).ToArray();

        long saved = 0;
        for (int i = 0; i < jobs.Count; i++)
        {
            var (file, glyphs, fonts, whole) = jobs[i];
            byte[] subset = subsets[i];
            writeCompressed(file, subset);
            file.Elements.SetInteger("/Length1", subset.Length);
            saved += whole.Length - subset.Length;
            string tag = Tag(fonts[0].Elements.GetName("/BaseFont"), glyphs);
            foreach (var font in fonts)
            {
                Retag(font, "/BaseFont", tag);
                var descendant = Descendant(font)!;
                Retag(descendant, "/BaseFont", tag);
                Retag(descendant.Elements.GetDictionary("/FontDescriptor")!, "/FontName", tag);
            }
        }

        return saved;
    }

    /// <summary>
    /// The font file's bytes. Skia writes them Flate-compressed; .NET's zlib inflates them several times faster than
    /// PDFsharp's own decoder, which is most of what subsetting costs a small document.
    /// </summary>
    private static byte[] Decoded(PdfDictionary file)
    {
        if (file.Elements.GetName("/Filter") != "/FlateDecode" || file.Elements.ContainsKey("/DecodeParms"))
        {
            return file.Elements.ContainsKey("/Filter") ? file.Stream.UnfilteredValue : file.Stream.Value;
        }

        using var inflater = new ZLibStream(new MemoryStream(file.Stream.Value), CompressionMode.Decompress);
        var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The FontFile2 stream of a Type0 font over a TrueType CIDFont whose CIDs are its glyph ids.</summary>
    private static PdfDictionary? FontFile(PdfDictionary font)
    {
        if (Descendant(font) is not { } cidFont || cidFont.Elements.GetName("/Subtype") != "/CIDFontType2"
            || cidFont.Elements["/CIDToGIDMap"] is { } map && map.ToString() != "/Identity")
        {
            return null;
        }

        return cidFont.Elements.GetDictionary("/FontDescriptor")?.Elements.GetDictionary("/FontFile2");
    }

    private static PdfDictionary? Descendant(PdfDictionary font) =>
        font.Elements.GetArray("/DescendantFonts") is { Elements.Count: > 0 } descendants ? descendants.Elements.GetDictionary(0) : null;

    /// <summary>Six capital letters (PDF 32000 §9.6.4) from a hash of the font name and its glyph set.</summary>
    internal static string Tag(string baseFont, IEnumerable<int> glyphs)
    {
        var text = new StringBuilder(StripTag(baseFont));
        foreach (int glyph in glyphs)
        {
            text.Append(',').Append(glyph);
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new string([.. hash.Take(6).Select(b => (char)('A' + b % 26))]);
    }

    private static void Retag(PdfDictionary dict, string key, string tag) =>
        dict.Elements.SetName(key, "/" + tag + "+" + StripTag(dict.Elements.GetName(key)));

    /// <summary>"/BAAAAA+Name" → "Name".</summary>
    private static string StripTag(string name)
    {
        string bare = name.TrimStart('/');
        return bare.Length > 7 && bare[6] == '+' && bare[..6].All(char.IsAsciiLetterUpper) ? bare[7..] : bare;
    }
}
