using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content.Objects;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>Form and image XObjects (PDF 32000 §8.9, §8.10).</summary>
internal sealed partial class ContentPainter
{
    private void Draw(PdfDictionary? xobject, PdfDictionary? resources, int depth)
    {
        if (xobject is null)
        {
            Skip("missing XObject");
            return;
        }

        switch (PdfItems.Name(xobject, "/Subtype"))
        {
            case "Image":
                DrawImage(xobject, resources);
                break;
            case "Form":
                DrawForm(xobject, resources, depth);
                break;
            default:
                Skip("XObject");
                break;
        }
    }

    private void DrawForm(PdfDictionary form, PdfDictionary? resources, int depth)
    {
        if (depth + 1 > RasterLimits.MaxFormDepth)
        {
            Skip($"forms nested deeper than {RasterLimits.MaxFormDepth}");
            return;
        }

        if (!formsOnStack.Add(form))
        {
            Skip("form that draws itself");
            return;
        }

        try
        {
            var content = documentResources.Form(form, ParseForm);
            if (content is null)
            {
                Skip("form with unread filter");
                return;
            }

            if (PdfItems.Dictionary(form, "/Group") is not null)
            {
                Skip("transparency group");
            }

            saved.Push(state);
            canvas.Save();
            if (PdfItems.Array(form, "/Matrix") is { Elements.Count: 6 } m)
            {
                float[] values = [.. m.Elements.Select(e => (float)(PdfItems.Number(e) ?? 0))];
                var matrix = Matrix(values);
                canvas.Concat(in matrix);
            }

            if (PdfItems.Box(form, "/BBox") is { } box)
            {
                canvas.ClipRect(new SKRect((float)box.X0, (float)box.Y0, (float)box.X1, (float)box.Y1), SKClipOperation.Intersect, antialias: true);
            }

            // A form starts with the path empty; its own resources, or (old files) the caller's.
            var outerPath = path;
            path = new SKPathBuilder();
            Run(content, PdfItems.Dictionary(form, "/Resources") ?? resources, depth + 1);
            path.Dispose();
            path = outerPath;
            canvas.Restore();
            state = saved.Pop();
        }
        finally
        {
            formsOnStack.Remove(form);
        }
    }

    private static CSequence? ParseForm(PdfDictionary form) =>
        StreamData.Decode(form, RasterLimits.MaxStreamBytes) is { } bytes ? Parse(bytes, "a form") : null;

    private void DrawImage(PdfDictionary image, PdfDictionary? resources)
    {
        var decoded = documentResources.Image(image, resources);
        if (decoded is null)
        {
            Skip("image");
            return;
        }

        // An image fills the unit square of user space, its first row at the top (PDF 32000 §8.9.4).
        canvas.Save();
        var flip = new SKMatrix(1, 0, 0, 0, -1, 1, 0, 0, 1);
        canvas.Concat(in flip);
        using var paint = new SKPaint();
        canvas.DrawImage(decoded, new SKRect(0, 0, 1, 1), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        canvas.Restore();
    }
}
