using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Drawing;
using CalendarGen.Rendering.Imaging;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// The finishing pass over Skia's PDF (design.md §7), with PDFsharp: exact MediaBox, BleedBox and TrimBox on every
/// page; for print, every RGB stand-in rewritten to its CMYK value and the PDF/X-1a:2003 identification (OutputIntent
/// GTS_PDFX for FOGRA39, GTS_PDFXVersion, Trapped); metadata, dates and month bookmarks; a document ID derived from the
/// content. PDFsharp is never left to compress a stream (its Flate output makes qpdf warn): rewritten streams are
/// compressed with .NET's ZLibStream and their filter set by hand.
/// The pass also carries black overprint (<see cref="Overprint"/>, set with each colour it rewrites), real font
/// subsets (<see cref="FontSubsets"/>, glyph use read by the same tokenizer) and XMP that agrees with Info
/// (<see cref="XmpPacket"/>). That is why the back end stays Skia + this pass rather than a new PDF writer: each of
/// these is a local, tested edit of objects Skia already wrote, the content bytes stay Skia's, and the Separation
/// colour of die, fold and perforation lines fits the same stand-in scheme (<see cref="DieSeparation"/>: one reserved
/// stand-in rewritten to "/CSdie CS 1 SCN", overprinting, the colour space added to the resources that use it).
/// </summary>
internal static class PrintFinisher
{
    public sealed record Settings(OutputProfile Profile, string Title, string Subject, DateTime Timestamp, IReadOnlyList<(int PageIndex, string Title)> Bookmarks, IReadOnlyList<string> Labels)
    {
        /// <summary>The document's author (the publisher), written to Info /Author and XMP dc:creator; none when empty.</summary>
        public string? Author { get; init; }

        /// <summary>Whether K-only colours overprint (press and proof only).</summary>
        public bool OverprintBlack { get; init; } = true;

        /// <summary>The spot colour of the die, fold and perforation lines (press and proof), or null when the document
        /// has none.</summary>
        public string? DieSpot { get; init; }

        /// <summary>The converted raster images whose stand-ins the pages draw (press and proof).</summary>
        internal PressImages? Images { get; init; }

        /// <summary>The OutputIntent of press and proof files (default: FOGRA39 by registry name).</summary>
        internal OutputIntent? Intent { get; init; }
    }

    public static byte[] Finish(byte[] skiaPdf, IReadOnlyList<(PtBox Media, PtBox Trim, PtBox Bleed)> boxes, ColorTable colors, Settings settings)
    {
        using var input = new MemoryStream(skiaPdf, writable: false);
        using var doc = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        doc.Options.ColorMode = PdfColorMode.Undefined;
        bool print = settings.Profile != OutputProfile.Screen;
        var forms = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        bool blackOverprint = print && settings.OverprintBlack;
        var die = print && settings.DieSpot is { } spot && colors.DieStandIn is { } standIn
            ? new DieSeparation(doc, spot, (standIn.Red, standIn.Green, standIn.Blue))
            : null;
        var overprint = blackOverprint || die is not null ? Overprint.CreateStates(doc) : null;
        var glyphs = new GlyphUsage();
        for (int i = 0; i < doc.Pages.Count; i++)
        {
            var page = doc.Pages[i];
            var (media, trim, bleed) = boxes[i];
            page.MediaBox = Rect(media, media);
            page.BleedBox = Rect(bleed, media);
            page.TrimBox = Rect(trim, media);
            page.Elements.Remove("/CropBox");
            page.Elements.Remove("/Tabs");
            var resources = page.Elements.GetDictionary("/Resources");
            var ink = new Inks(print ? colors : null, overprint, blackOverprint, die);
            RewritePage(page, ink, glyphs);
            RewriteForms(resources, ink, forms, glyphs, settings.Images);
            if (print)
            {
                CheckPrintable(resources, i + 1);
            }
        }

        FontSubsets.Apply(glyphs, SetCompressed);

        if (print)
        {
            AddOutputIntent(doc, settings.Intent ?? OutputIntent.Fogra39);
            doc.Info.Elements.SetString("/GTS_PDFXVersion", "PDF/X-1a:2003");
            doc.Info.Elements.SetName("/Trapped", "/False");
        }

        doc.Info.Title = settings.Title;
        doc.Info.Subject = settings.Subject;
        doc.Info.Creator = "calendargen";
        if (!string.IsNullOrEmpty(settings.Author))
        {
            doc.Info.Author = settings.Author;
        }

        doc.Info.CreationDate = settings.Timestamp;
        doc.Info.ModificationDate = settings.Timestamp;
        foreach (var (index, title) in settings.Bookmarks)
        {
            doc.Outlines.Add(title, doc.Pages[index], true);
        }

        if (settings.Bookmarks.Count > 0)
        {
            doc.PageMode = PdfPageMode.UseOutlines;
        }

        AddPageLabels(doc, settings.Labels);

        // The /ID and XMP ids come from the content, so the same input gives the same bytes.
        byte[] digest = MD5.HashData(skiaPdf);
        string id = new([.. digest.Select(b => (char)b)]);
        doc.Internals.FirstDocumentID = id;
        doc.Internals.SecondDocumentID = id;
        doc.Internals.Catalog.Elements.Remove("/Metadata");
        using var output = new MemoryStream();
        doc.Save(output, closeStream: false);
        var xmp = new XmpPacket.Fields(settings.Title, settings.Subject, settings.Author, "calendargen", settings.Timestamp, print ? "PDF/X-1a:2003" : null, new Guid(digest));
        return XmpPacket.Replace(output.ToArray(), producer => XmpPacket.Build(xmp, producer));
    }

    /// <summary>Rewrites the page's colours for print (colors not null) and notes the glyphs it draws.</summary>
    /// <summary>What the colour rewrite needs: the stand-in table (null on screen), the overprint states (null when
    /// nothing overprints), whether K-only colours overprint, and the die spot colour (null when there are no die lines).</summary>
    private sealed record Inks(ColorTable? Colors, Dictionary<string, PdfDictionary>? Overprint, bool BlackOverprint, DieSeparation? Die);

    private static void RewritePage(PdfPage page, Inks ink, GlyphUsage glyphs)
    {
        var (colors, overprint, blackOverprint, die) = ink;
        var streams = ContentStreams(page);
        var resources = page.Elements.GetDictionary("/Resources");
        if (colors is null)
        {
            glyphs.Scan([.. streams.SelectMany(s => Decoded(s).Append((byte)'\n'))], resources);
            return;
        }

        if (streams.Count == 0)
        {
            return;
        }

        // /Contents may be an array whose streams split tokens: join them, rewrite, write one stream.
        var joined = new MemoryStream();
        foreach (var stream in streams)
        {
            joined.Write(Decoded(stream));
            joined.WriteByte((byte)'\n');
        }

        if (die is not null)
        {
            die.Uses = 0;
        }

        byte[] content = ContentStreamRewriter.Rewrite(joined.ToArray(), colors, blackOverprint, isForm: false, glyphs.Begin(resources), out _, die);
        SetCompressed(streams[0], content);
        if (die is { Uses: > 0 })
        {
            die.AddTo(page);
        }

        if (overprint is not null)
        {
            Overprint.AddTo(page, overprint);
        }

        if (streams.Count > 1)
        {
            page.Elements["/Contents"] = streams[0].Reference!;
        }
    }

    /// <summary>Form XObjects carry their own content streams.</summary>
    private static void RewriteForms(PdfDictionary? resources, Inks ink, HashSet<PdfDictionary> seen, GlyphUsage glyphs, PressImages? images)
    {
        var (colors, overprint, blackOverprint, die) = ink;
        if (resources?.Elements.GetDictionary("/XObject") is not { } xobjects)
        {
            return;
        }

        foreach (string key in xobjects.Elements.Keys.ToList())
        {
            if (xobjects.Elements.GetDictionary(key) is not { } xobject || !seen.Add(xobject))
            {
                continue;
            }

            if (xobject.Elements.GetName("/Subtype") != "/Form")
            {
                if (colors is null)
                {
                    continue;
                }

                if (xobject.Elements.GetName("/Subtype") == "/Image" && xobject.Elements["/SMask"] is null
                    && images?.Find(Decoded(xobject)) is { } converted)
                {
                    ReplaceImage(xobject, converted);
                    continue;
                }

                throw new InvalidDataException($"the page holds a {xobject.Elements.GetName("/Subtype")} XObject, which press output cannot contain");
            }

            // A form without resources of its own uses those of the page that draws it.
            var formResources = xobject.Elements.GetDictionary("/Resources") ?? resources;
            if (colors is null)
            {
                glyphs.Scan(Decoded(xobject), formResources);
            }
            else
            {
                if (die is not null)
                {
                    die.Uses = 0;
                }

                SetCompressed(xobject, ContentStreamRewriter.Rewrite(Decoded(xobject), colors, blackOverprint, isForm: true, glyphs.Begin(formResources), out _, die));
                if (die is { Uses: > 0 })
                {
                    // A form without resources of its own uses those of the page that draws it.
                    if (xobject.Elements.GetDictionary("/Resources") is null && resources is not null)
                    {
                        die.AddToResources(resources);
                    }
                    else
                    {
                        die.AddTo(xobject);
                    }
                }

                if (overprint is not null)
                {
                    Overprint.AddTo(xobject, overprint);
                }
            }

            RewriteForms(xobject.Elements.GetDictionary("/Resources"), ink, seen, glyphs, images);
        }
    }

    /// <summary>
    /// Turns a stand-in image XObject into the converted photo: new samples, size, colour space and filter in the same
    /// object, so every page that draws it (with its own matrix and clip) now draws the photo.
    /// </summary>
    private static void ReplaceImage(PdfDictionary xobject, PrintImage image)
    {
        foreach (string key in new[] { "/DecodeParms", "/Decode", "/Interpolate", "/Mask", "/Intent", "/Alternates", "/Filter" })
        {
            xobject.Elements.Remove(key);
        }

        xobject.Elements.SetInteger("/Width", image.Width);
        xobject.Elements.SetInteger("/Height", image.Height);
        xobject.Elements.SetName("/ColorSpace", image.ColorSpace);
        xobject.Elements.SetInteger("/BitsPerComponent", 8);
        xobject.Elements.SetName("/Filter", image.Filter);
        if (image.InvertedCmyk)
        {
            // Adobe-inverted CMYK JPEG (APP14): 0 means full ink.
            var decode = new PdfArray(xobject.Owner);
            for (int i = 0; i < 4; i++)
            {
                decode.Elements.Add(new PdfInteger(1));
                decode.Elements.Add(new PdfInteger(0));
            }

            xobject.Elements["/Decode"] = decode;
        }

        xobject.Stream.Value = image.Data;
    }

    /// <summary>
    /// PDF/X-1a allows no transparency and no RGB: refuse what the colour rewrite cannot convert (gradients and
    /// patterns from artwork, soft masks, alpha, blend modes).
    /// </summary>
    private static void CheckPrintable(PdfDictionary? resources, int pageNumber)
    {
        if (resources is null)
        {
            return;
        }

        foreach (string key in new[] { "/Shading", "/Pattern" })
        {
            if (resources.Elements.GetDictionary(key) is { Elements.Count: > 0 })
            {
                throw new InvalidDataException($"page {pageNumber} holds a gradient or pattern (from an SVG image?), which stays RGB; press output needs flat palette colours");
            }
        }

        if (resources.Elements.GetDictionary("/ExtGState") is not { } states)
        {
            return;
        }

        foreach (string name in states.Elements.Keys)
        {
            if (states.Elements.GetDictionary(name) is not { } state)
            {
                continue;
            }

            bool opaque = Opaque(state, "/ca") && Opaque(state, "/CA")
                && state.Elements.GetName("/BM") is "" or "/Normal" && state.Elements["/SMask"] is null or PdfName { Value: "/None" };
            if (!opaque)
            {
                throw new InvalidDataException($"page {pageNumber} holds transparency (from an SVG image?), which PDF/X-1a does not allow");
            }
        }
    }

    private static bool Opaque(PdfDictionary state, string key) => state.Elements[key] is null || state.Elements.GetReal(key) >= 1;

    private static List<PdfDictionary> ContentStreams(PdfPage page)
    {
        var item = page.Elements["/Contents"];
        if (item is PdfReference reference)
        {
            item = reference.Value;
        }

        return item switch
        {
            PdfDictionary d => [d],
            PdfArray a => [.. a.Elements.Select(e => (PdfDictionary)(e is PdfReference r ? r.Value : e))],
            _ => [],
        };
    }

    internal static byte[] Decoded(PdfDictionary stream) =>
        stream.Elements["/Filter"] is null ? stream.Stream.Value : stream.Stream.UnfilteredValue
            ?? throw new InvalidDataException("a content stream cannot be decoded");

    internal static void SetCompressed(PdfDictionary stream, byte[] content)
    {
        var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        stream.Elements.Remove("/DecodeParms");
        stream.Stream.Value = buffer.ToArray();
        stream.Elements.SetName("/Filter", "/FlateDecode");
    }

    /// <summary>
    /// Each page's label ("2027-07-30", "Bìa") as its PDF page label, one range per page: viewers show it, and impose
    /// reads it for the pile map.
    /// </summary>
    private static void AddPageLabels(PdfDocument doc, IReadOnlyList<string> labels)
    {
        if (labels.Count != doc.Pages.Count)
        {
            return;
        }

        var nums = new PdfArray(doc);
        for (int i = 0; i < labels.Count; i++)
        {
            var range = new PdfDictionary(doc);
            range.Elements.SetString("/P", labels[i]);
            nums.Elements.Add(new PdfInteger(i));
            nums.Elements.Add(range);
        }

        var tree = new PdfDictionary(doc);
        tree.Elements["/Nums"] = nums;
        doc.Internals.Catalog.Elements["/PageLabels"] = tree;
    }

    private static void AddOutputIntent(PdfDocument doc, OutputIntent condition)
    {
        var intent = new PdfDictionary(doc);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFX");
        intent.Elements.SetString("/OutputConditionIdentifier", condition.Identifier);
        intent.Elements.SetString("/OutputCondition", condition.Condition);
        if (condition.Registry is { } registry)
        {
            intent.Elements.SetString("/RegistryName", registry);
        }

        intent.Elements.SetString("/Info", condition.Info);
        if (condition.Profile is { } profile)
        {
            // The profile exactly as given (compressed in the file; its decoded bytes are the file's bytes).
            var stream = new PdfDictionary(doc);
            stream.Elements.SetInteger("/N", 4);
            stream.CreateStream([]);
            SetCompressed(stream, profile);
            doc.Internals.AddObject(stream);
            intent.Elements["/DestOutputProfile"] = stream.Reference!;
        }

        doc.Internals.AddObject(intent);
        var intents = new PdfArray(doc);
        intents.Elements.Add(intent.Reference!);
        doc.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }

    /// <summary>PDF rectangle from a box in media coordinates (y down) to PDF user space (y up).</summary>
    private static PdfRectangle Rect(PtBox box, PtBox media) => new(
        new PdfSharp.Drawing.XPoint(Round(box.X), Round(media.Height - box.Bottom)),
        new PdfSharp.Drawing.XPoint(Round(box.Right), Round(media.Height - box.Y)));

    private static double Round(double value) => Math.Round(value, 3);

    /// <summary>
    /// PDFsharp writes a fresh XMP packet with random document and instance uuids on every save (it cannot be turned
    /// off); the packet is stored uncompressed, so the two uuids are overwritten in place with ones derived from the
    /// content (same length: offsets and the xref stay valid).
    /// </summary>
    internal static byte[] FixXmpIds(byte[] pdf, Guid id)
    {
        byte[] replacement = Encoding.ASCII.GetBytes(id.ToString("D"));
        int patched = 0;
        foreach (byte[] tag in new[] { "<xmpMM:DocumentID>uuid:"u8.ToArray(), "<xmpMM:InstanceID>uuid:"u8.ToArray() })
        {
            int at = pdf.AsSpan().IndexOf(tag);
            if (at >= 0)
            {
                replacement.CopyTo(pdf, at + tag.Length);
                patched++;
            }
        }

        return patched == 2 ? pdf : throw new InvalidDataException("PDFsharp wrote no XMP ids to fix; output would not be reproducible");
    }
}
