using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// The PDF/X-1a:2003 press checks of a whole file: the identification keys, the page boxes, fonts, stream filters,
/// JavaScript and annotations, then every page's content through <see cref="ContentWalker"/>.
/// </summary>
internal static class PressCheck
{
    private static readonly HashSet<string> ForbiddenFilters = ["LZWDecode", "LZW", "JBIG2Decode", "JPXDecode"];

    /// <summary>
    /// Runs the checks; returns how many content operators were walked. The colorants of the spot colour spaces the
    /// content uses (Separation and DeviceN, such as a "CutContour" die line) go to <paramref name="spotInks"/>.
    /// </summary>
    public static int Run(PdfDocument document, bool hasId, FindingSink sink, ISet<string> spotInks)
    {
        // A file that claims no PDF/X at all (a screen PDF) is not checked for bleed: it has none and needs none.
        bool press = CheckDocument(document, hasId, sink);
        CheckObjects(document, sink);
        int operators = 0;
        for (int i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            CheckBoxes(page, i + 1, sink);
            CheckAnnotations(page, i + 1, sink);
            sink.Checked();
            if (PdfItems.Name(PdfItems.Dictionary(page, "/Group"), "/S") == "Transparency")
            {
                sink.Error("transparency", i + 1, "page /Group", "the page is a transparency group", "trang là một nhóm trong suốt (transparency group)");
            }

            var walker = new ContentWalker(sink, i + 1, spotInks, press);
            walker.WalkPage(page);
            operators += walker.OperatorsWalked;
        }

        return operators;
    }

    /// <summary>The document-level keys; answers whether the file makes any PDF/X claim.</summary>
    private static bool CheckDocument(PdfDocument document, bool hasId, FindingSink sink)
    {
        var catalog = document.Internals.Catalog;
        var info = document.Info;
        sink.Checked(6);
        if (document.Version is not (13 or 14))
        {
            sink.Error("pdfx-version", 0, "header", $"PDF version {document.Version / 10}.{document.Version % 10}; PDF/X-1a:2003 needs 1.3 or 1.4",
                $"phiên bản PDF {document.Version / 10}.{document.Version % 10}; PDF/X-1a:2003 cần 1.3 hoặc 1.4");
        }

        var intents = PdfItems.Array(catalog, "/OutputIntents");
        bool hasPdfxIntent = intents?.Elements.Any(e => PdfItems.Resolve(e) is PdfDictionary d && PdfItems.Name(d, "/S") == "GTS_PDFX") == true;
        string? version = info.Elements.GetString("/GTS_PDFXVersion");
        bool declared = !string.IsNullOrEmpty(version) && version.StartsWith("PDF/X-1", StringComparison.Ordinal);
        string? trapped = PdfItems.Name(info.Elements["/Trapped"]);
        if (!hasPdfxIntent && !declared && trapped is null)
        {
            // A file that makes no PDF/X claim at all (a screen PDF) gets one finding, not one per missing key.
            sink.Error("pdfx-not-declared", 0, "catalog and Info", "the file is not PDF/X-1a: no GTS_PDFX output intent, GTS_PDFXVersion or Trapped",
                "tệp không phải PDF/X-1a: thiếu output intent GTS_PDFX, GTS_PDFXVersion và Trapped");
        }
        else
        {
            if (!hasPdfxIntent)
            {
                sink.Error("pdfx-output-intent", 0, "catalog /OutputIntents", "no GTS_PDFX output intent (the printing condition is not named)",
                    "thiếu output intent GTS_PDFX (không nêu điều kiện in)");
            }

            if (!declared)
            {
                sink.Error("pdfx-info", 0, "Info /GTS_PDFXVersion", "the file does not declare PDF/X-1a (GTS_PDFXVersion)",
                    "tệp không khai báo PDF/X-1a (GTS_PDFXVersion)");
            }

            if (trapped is not ("True" or "False"))
            {
                sink.Error("pdfx-trapped", 0, "Info /Trapped", "Trapped must be True or False", "Trapped phải là True hoặc False");
            }
        }

        foreach (string key in new[] { "/Title", "/CreationDate", "/ModDate" })
        {
            if (info.Elements[key] is null)
            {
                sink.Error("pdfx-info", 0, "Info " + key, $"the document information has no {key.TrimStart('/')}",
                    $"thông tin tài liệu thiếu {key.TrimStart('/')}");
            }
        }

        if (!hasId)
        {
            sink.Error("pdfx-id", 0, "trailer /ID", "the trailer has no file identifier (ID)", "trailer thiếu mã định danh tệp (ID)");
        }

        bool javaScript = PdfItems.Dictionary(PdfItems.Dictionary(catalog, "/Names"), "/JavaScript") is not null
            || PdfItems.Name(PdfItems.Dictionary(catalog, "/OpenAction"), "/S") == "JavaScript"
            || catalog.Elements["/AA"] is not null;
        if (javaScript)
        {
            sink.Error("javascript", 0, "catalog", "the file carries JavaScript or automatic actions", "tệp chứa JavaScript hoặc hành động tự chạy");
        }

        return hasPdfxIntent || declared || trapped is not null;
    }

    /// <summary>Every stream and font of the file, once, whatever page uses it.</summary>
    private static void CheckObjects(PdfDocument document, FindingSink sink)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
            {
                continue;
            }

            int number = item.Internals.ObjectNumber;
            if (dictionary.Stream is not null)
            {
                sink.Checked();
                foreach (string filter in PdfItems.Filters(dictionary).Where(ForbiddenFilters.Contains))
                {
                    sink.Error("filter-forbidden", 0, $"object {number}", $"stream compressed with {filter}", $"luồng nén bằng {filter}");
                }
            }

            if (PdfItems.Name(dictionary, "/Type") == "Font" && PdfItems.Name(dictionary, "/Subtype") is { } subtype and not "Type0" and not "Type3")
            {
                sink.Checked();
                var descriptor = PdfItems.Dictionary(dictionary, "/FontDescriptor");
                bool embedded = descriptor is not null
                    && (descriptor.Elements["/FontFile"] is not null || descriptor.Elements["/FontFile2"] is not null || descriptor.Elements["/FontFile3"] is not null);
                if (!embedded)
                {
                    string font = PdfItems.Name(dictionary, "/BaseFont") ?? "?";
                    sink.Error("font-not-embedded", 0, $"object {number} font {font} ({subtype})", $"font {font} is not embedded",
                        $"phông {font} không được nhúng");
                }
            }
        }
    }

    private static void CheckBoxes(PdfPage page, int number, FindingSink sink)
    {
        sink.Checked(2);
        var media = PdfItems.Box(page, "/MediaBox") ?? PdfItems.Box(PdfItems.Dictionary(page, "/Parent"), "/MediaBox");
        var crop = PdfItems.Box(page, "/CropBox") ?? media;
        var bleed = PdfItems.Box(page, "/BleedBox") ?? crop;
        var trim = PdfItems.Box(page, "/TrimBox");
        var art = PdfItems.Box(page, "/ArtBox");
        if (trim is null && art is null)
        {
            sink.Error("page-trimbox", number, "page", "no TrimBox or ArtBox: the press cannot know the finished size",
                "thiếu TrimBox hoặc ArtBox: nhà in không biết khổ thành phẩm");
            return;
        }

        var inner = trim ?? art;
        if (!Inside(inner, bleed) || !Inside(bleed, crop) || !Inside(crop, media) || (art is not null && trim is not null && !Inside(art, trim)))
        {
            sink.Error("page-boxes", number, "page boxes", "the boxes are not nested (ArtBox ⊆ TrimBox ⊆ BleedBox ⊆ CropBox ⊆ MediaBox)",
                "các hộp trang không lồng nhau (ArtBox ⊆ TrimBox ⊆ BleedBox ⊆ CropBox ⊆ MediaBox)");
        }
    }

    private static bool Inside((double X0, double Y0, double X1, double Y1)? a, (double X0, double Y0, double X1, double Y1)? b) =>
        a is null || b is null
        || (a.Value.X0 >= b.Value.X0 - 0.01 && a.Value.Y0 >= b.Value.Y0 - 0.01 && a.Value.X1 <= b.Value.X1 + 0.01 && a.Value.Y1 <= b.Value.Y1 + 0.01);

    private static void CheckAnnotations(PdfPage page, int number, FindingSink sink)
    {
        var trim = PdfItems.Box(page, "/TrimBox") ?? PdfItems.Box(page, "/ArtBox");
        foreach (var element in PdfItems.Array(page, "/Annots")?.Elements.ToArray() ?? [])
        {
            if (PdfItems.Resolve(element) is not PdfDictionary annotation)
            {
                continue;
            }

            sink.Checked();
            string subtype = PdfItems.Name(annotation, "/Subtype") ?? "?";
            if (PdfItems.Name(PdfItems.Dictionary(annotation, "/A"), "/S") == "JavaScript" || annotation.Elements["/AA"] is not null)
            {
                sink.Error("javascript", number, $"annotation {subtype}", "an annotation runs JavaScript or automatic actions",
                    "một chú thích (annotation) chạy JavaScript hoặc hành động tự chạy");
            }

            var rect = PdfItems.Box(annotation, "/Rect");
            if (subtype != "PrinterMark" && trim is { } t && rect is { } r && r.X0 < t.X1 && r.X1 > t.X0 && r.Y0 < t.Y1 && r.Y1 > t.Y0)
            {
                sink.Error("annotation-in-trim", number, $"annotation {subtype} at {r.X0:0},{r.Y0:0}", $"a {subtype} annotation lies inside the trim",
                    $"chú thích {subtype} nằm trong vùng xén");
            }
        }
    }
}
