using System.IO.Compression;
using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// Decodes a PDF stream with a cap on the decoded size, so a small compressed stream cannot inflate without bound
/// (PDFsharp's own decoding has no cap). Only the filters calendargen's files use are read: none and FlateDecode
/// (without predictor); DCTDecode data is handed over still encoded.
/// </summary>
internal static class StreamData
{
    /// <summary>The decoded bytes, or null when a filter is not one of those read.</summary>
    /// <exception cref="PdfPreviewException">The stream decodes to more than <paramref name="maxBytes"/>.</exception>
    public static byte[]? Decode(PdfDictionary stream, long maxBytes)
    {
        byte[] raw = stream.Stream?.Value ?? [];
        var filters = PdfItems.Filters(stream).ToList();
        if (filters.Count == 0)
        {
            return raw.LongLength <= maxBytes ? raw : throw TooLarge(maxBytes);
        }

        if (filters is not ["FlateDecode" or "Fl"] || HasPredictor(stream))
        {
            return null;
        }

        using var input = new ZLibStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
        using var output = new MemoryStream();
        byte[] buffer = new byte[81920];
        try
        {
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream keeps what decoded before the damage, as PDF readers commonly do.
        }

        return output.ToArray();
    }

    /// <summary>Whether the stream is only DCTDecode (JPEG) data.</summary>
    public static bool IsJpeg(PdfDictionary stream) => PdfItems.Filters(stream).ToList() is ["DCTDecode" or "DCT"];

    private static bool HasPredictor(PdfDictionary stream) =>
        PdfItems.Number(PdfItems.Dictionary(stream, "/DecodeParms"), "/Predictor") is > 1;

    private static PdfPreviewException TooLarge(long maxBytes) =>
        new($"a stream decodes to more than {maxBytes >> 20} MB");
}
