using System.Globalization;
using System.Security;
using System.Text;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// The XMP metadata packet, written to agree with the Info dictionary field for field (title, subject, author,
/// creator tool, producer, dates, and for print the PDF/X version and trapping), as preflight tools compare the two.
/// PDFsharp 6.2 always writes its own packet on save (without the PDF/X keys, and with an empty dc:creator), so
/// <see cref="Replace"/> swaps it in the saved file and moves the cross-reference offsets that follow it.
/// </summary>
internal static class XmpPacket
{
    /// <summary>What the packet says; the same values the Info dictionary holds.</summary>
    public sealed record Fields(string Title, string Subject, string? Author, string CreatorTool, DateTime Timestamp, string? PdfXVersion, Guid Id);

    /// <summary>The packet for <paramref name="fields"/>, with <paramref name="producer"/> as the Info dictionary has it (XML-escaped).</summary>
    public static string Build(Fields fields, string producer)
    {
        string date = fields.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xml.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xml.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
        if (fields.PdfXVersion is not null)
        {
            xml.Append(" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"");
        }

        xml.Append(">\n");
        xml.Append("<dc:format>application/pdf</dc:format>\n");
        xml.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(fields.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        xml.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(fields.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (!string.IsNullOrEmpty(fields.Author))
        {
            xml.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(fields.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        xml.Append("<xmp:CreatorTool>").Append(Escape(fields.CreatorTool)).Append("</xmp:CreatorTool>\n");
        xml.Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n");
        xml.Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
        xml.Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n");
        xml.Append("<pdf:Producer>").Append(producer).Append("</pdf:Producer>\n");
        if (fields.PdfXVersion is not null)
        {
            xml.Append("<pdf:Trapped>False</pdf:Trapped>\n");
            xml.Append("<pdfxid:GTS_PDFXVersion>").Append(Escape(fields.PdfXVersion)).Append("</pdfxid:GTS_PDFXVersion>\n");
        }

        string uuid = "uuid:" + fields.Id.ToString("D");
        xml.Append("<xmpMM:DocumentID>").Append(uuid).Append("</xmpMM:DocumentID>\n");
        xml.Append("<xmpMM:InstanceID>").Append(uuid).Append("</xmpMM:InstanceID>\n");
        xml.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xml.ToString();
    }

    /// <summary>
    /// Replaces the one XMP packet of a saved PDF (an uncompressed stream with a direct /Length, classic xref table,
    /// as PDFsharp writes them) with ours: the stream's length and every offset past it move by the difference.
    /// </summary>
    public static byte[] Replace(byte[] pdf, Func<string, string> build)
    {
        var span = pdf.AsSpan();
        int begin = span.IndexOf("<?xpacket begin="u8);
        int streamKeyword = begin < 0 ? -1 : span[..begin].LastIndexOf("stream"u8);
        int lengthKey = streamKeyword < 0 ? -1 : span[..streamKeyword].LastIndexOf("/Length "u8);
        if (lengthKey < 0)
        {
            throw new InvalidDataException("PDFsharp wrote no XMP packet to replace");
        }

        int digitsStart = lengthKey + "/Length "u8.Length, digitsEnd = digitsStart;
        while (char.IsAsciiDigit((char)pdf[digitsEnd]))
        {
            digitsEnd++;
        }

        int oldLength = int.Parse(span[digitsStart..digitsEnd], CultureInfo.InvariantCulture);
        int dataStart = streamKeyword + "stream"u8.Length + (pdf[streamKeyword + 6] == '\r' ? 2 : 1);
        string old = Encoding.UTF8.GetString(pdf, dataStart, oldLength);
        string producer = Between(old, "<pdf:Producer>", "</pdf:Producer>");
        byte[] packet = Encoding.UTF8.GetBytes(build(producer));
        byte[] digits = Encoding.ASCII.GetBytes(packet.Length.ToString(CultureInfo.InvariantCulture));

        var output = new MemoryStream(pdf.Length + packet.Length);
        output.Write(span[..digitsStart]);
        output.Write(digits);
        output.Write(span[digitsEnd..dataStart]);
        output.Write(packet);
        output.Write(span[(dataStart + oldLength)..]);
        int delta = digits.Length - (digitsEnd - digitsStart) + packet.Length - oldLength;
        byte[] result = output.ToArray();
        return ShiftOffsets(result, digitsStart, delta);
    }

    /// <summary>Adds <paramref name="delta"/> to every xref offset and the startxref past <paramref name="from"/>.</summary>
    private static byte[] ShiftOffsets(byte[] pdf, int from, int delta)
    {
        int startXref = pdf.AsSpan().LastIndexOf("startxref"u8);
        int numberStart = startXref + "startxref"u8.Length;
        while (PdfTokens.IsWhite(pdf[numberStart]))
        {
            numberStart++;
        }

        int numberEnd = numberStart;
        while (char.IsAsciiDigit((char)pdf[numberEnd]))
        {
            numberEnd++;
        }

        int xref = int.Parse(pdf.AsSpan(numberStart, numberEnd - numberStart), CultureInfo.InvariantCulture);
        if (xref > from)
        {
            xref += delta;
        }

        // Entries are 20 bytes, "oooooooooo ggggg n \n"; subsection headers "first count" precede them.
        int at = xref + "xref"u8.Length;
        while (true)
        {
            while (PdfTokens.IsWhite(pdf[at]))
            {
                at++;
            }

            if (!char.IsAsciiDigit((char)pdf[at]))
            {
                break;
            }

            int lineEnd = pdf.AsSpan(at).IndexOfAny((byte)'\n', (byte)'\r') + at;
            string[] header = Encoding.ASCII.GetString(pdf, at, lineEnd - at).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int count = int.Parse(header[1], CultureInfo.InvariantCulture);
            at = lineEnd;
            while (PdfTokens.IsWhite(pdf[at]))
            {
                at++;
            }

            for (int e = 0; e < count; e++, at += 20)
            {
                long offset = long.Parse(pdf.AsSpan(at, 10), CultureInfo.InvariantCulture);
                if (pdf[at + 17] == 'n' && offset > from)
                {
                    Encoding.ASCII.GetBytes((offset + delta).ToString("D10", CultureInfo.InvariantCulture)).CopyTo(pdf, at);
                }
            }
        }

        byte[] tail = Encoding.ASCII.GetBytes(xref.ToString(CultureInfo.InvariantCulture));
        return [.. pdf.AsSpan(0, numberStart), .. tail, .. pdf.AsSpan(numberEnd)];
    }

    private static string Between(string text, string open, string close)
    {
        int start = text.IndexOf(open, StringComparison.Ordinal);
        int end = start < 0 ? -1 : text.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? "" : text[(start + open.Length)..end];
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
