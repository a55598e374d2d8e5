using System.Text;
using CalendarGen.Rendering.Pdf;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Imposition;

/// <summary>
/// Two repairs PDFsharp needs for clean, reproducible sheets: the placed pages' streams are compressed again with
/// .NET's ZLibStream (as copied, qpdf finds data after their end), and the slug font's random subset tag is replaced
/// with a fixed one.
/// </summary>
internal static class SheetStreams
{
    /// <summary>The slug font's subset tag; six capitals, unlike the input's AAAAAA-style tags.</summary>
    private static readonly byte[] Tag = "CGSLUG"u8.ToArray();

    public static void Recompress(PdfDocument document)
    {
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        foreach (var page in document.Pages)
        {
            foreach (var stream in ContentOf(page))
            {
                Compress(stream, seen);
            }

            if (page.Resources.Elements.GetDictionary("/XObject") is not { } xobjects)
            {
                continue;
            }

            foreach (string key in xobjects.Elements.Keys)
            {
                if (xobjects.Elements.GetDictionary(key) is { } form && form.Elements.GetName("/Subtype") == "/Form")
                {
                    Compress(form, seen);
                }
            }
        }
    }

    /// <summary>Replaces PDFsharp's random subset tag (XXXXXX+ before the slug font's name) in place.</summary>
    public static byte[] FixSubsetTags(byte[] pdf)
    {
        byte[] name = Encoding.ASCII.GetBytes("+Be#20Vietnam#20Pro#20Regular");
        int from = 0;
        while (pdf.AsSpan(from).IndexOf(name) is >= 0 and var at)
        {
            int tag = from + at - Tag.Length;
            if (tag >= 0 && pdf.AsSpan(tag, Tag.Length).ToArray().All(b => b is >= (byte)'A' and <= (byte)'Z'))
            {
                Tag.CopyTo(pdf, tag);
            }

            from += at + name.Length;
        }

        return pdf;
    }

    private static void Compress(PdfDictionary stream, HashSet<PdfDictionary> seen)
    {
        if (stream.Stream is not null && seen.Add(stream) && stream.Elements.GetName("/Filter") is "" or "/FlateDecode")
        {
            PrintFinisher.SetCompressed(stream, PrintFinisher.Decoded(stream));

            // A placed page's form keeps the /Length it was imported with; PDFsharp does not update it on save.
            stream.Elements.SetInteger("/Length", stream.Stream.Length);
        }
    }

    private static IEnumerable<PdfDictionary> ContentOf(PdfPage page)
    {
        for (int i = 0; i < page.Contents.Elements.Count; i++)
        {
            if (page.Contents.Elements.GetDictionary(i) is { } stream)
            {
                yield return stream;
            }
        }
    }
}
