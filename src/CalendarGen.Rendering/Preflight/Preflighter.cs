using PdfSharp.Pdf.IO;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// `calendargen preflight`: checks any PDF — ours or one made in InDesign, Illustrator or CorelDRAW — for the
/// calendar's content (lunar dates, weekdays, the 30 July annotations) and for press readiness (PDF/X-1a and practice).
/// PdfPig reads the text with positions; PDFsharp gives the objects and the content streams the press checks walk.
/// </summary>
public static class Preflighter
{
    /// <summary>
    /// Checks <paramref name="pdf"/>. <paramref name="year"/> overrides the year found on the pages;
    /// <paramref name="annotations"/> are the texts every page carrying 30 July must show (from 2021 on).
    /// </summary>
    /// <exception cref="PreflightInputException">The bytes are not a PDF, are encrypted, or cannot be read.</exception>
    public static PreflightReport Run(byte[] pdf, int? year, IReadOnlyList<string> annotations)
    {
        // Readers accept junk before the header (up to 1 KB, as Acrobat does); a file without one is not a PDF.
        if (pdf.Length < 8 || pdf.AsSpan(0, Math.Min(pdf.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new PreflightInputException("is not a PDF (no %PDF- header)");
        }

        var sink = new FindingSink();
        UglyToad.PdfPig.PdfDocument text;
        try
        {
            text = UglyToad.PdfPig.PdfDocument.Open(pdf);
        }
        catch (Exception e) when (e is PdfDocumentEncryptedException)
        {
            throw new PreflightInputException("is encrypted; a press file must not be", e);
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IOException or FormatException)
        {
            throw new PreflightInputException($"cannot be read as a PDF ({e.Message})", e);
        }

        using (text)
        {
            if (text.IsEncrypted)
            {
                throw new PreflightInputException("is encrypted; a press file must not be");
            }

            PdfSharp.Pdf.PdfDocument objects;
            try
            {
                objects = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new PreflightInputException($"cannot be read as a PDF ({e.Message})", e);
            }

            using (objects)
            {
                var content = new CalendarContentCheck(sink, annotations);
                int? found;
                try
                {
                    found = content.Run(text, year);
                }
                catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException)
                {
                    throw new PreflightInputException($"cannot be read as a PDF ({e.Message})", e);
                }

                bool hasId = text.Structure.Trailer.Identifier is { Count: > 0 };
                var spotInks = new SortedSet<string>(StringComparer.Ordinal);
                int operators = PressCheck.Run(objects, hasId, sink, spotInks);
                var findings = sink.Findings.OrderBy(f => f.Page).ThenBy(f => f.Severity).ToList();
                return new PreflightReport(text.NumberOfPages, found, findings, sink.ChecksRun, content.PairsFound, content.PairsChecked,
                    content.WeekdaysChecked, content.TetMarksChecked, content.AnnotationPages, operators, [.. spotInks]);
            }
        }
    }
}
