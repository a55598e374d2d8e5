using System.IO.Compression;
using System.Text;

namespace CalendarGen.Rendering.Tests.PdfRaster;

/// <summary>
/// Tiny PDFs written byte by byte for the rasteriser's tests: one page (object 3) of <see cref="Width"/> ×
/// <see cref="Height"/> points whose content is object 4, plus the objects a test adds from number 5 on.
/// </summary>
internal static class HandMadePdf
{
    public const int Width = 200;
    public const int Height = 100;

    /// <summary>A PDF whose page draws <paramref name="content"/> with <paramref name="resources"/>.</summary>
    public static byte[] Page(string content, string resources = "<< >>", params string[] objects) =>
        Build([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources {resources} /Contents 4 0 R >>",
            Stream("<< >>", content),
            .. objects,
        ]);

    /// <summary>A stream object with its /Length added to <paramref name="dictionary"/>.</summary>
    public static string Stream(string dictionary, string content) =>
        $"{dictionary[..^2]} /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    /// <summary>A FlateDecode stream object of <paramref name="data"/>.</summary>
    public static string Deflated(string dictionary, byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return Stream(dictionary[..^2] + " /Filter /FlateDecode >>", Encoding.Latin1.GetString(output.ToArray()));
    }

    private static byte[] Build(IReadOnlyList<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        int xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
