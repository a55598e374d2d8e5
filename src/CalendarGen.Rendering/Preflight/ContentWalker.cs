using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;

namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Walks one page's content stream and every form it draws, keeping a graphics-state stack (q/Q), and reports what a
/// press refuses: RGB and CIE colour (spot colours with such an alternate too), transparency, total ink over 300 %,
/// images (inline ones too) and shadings in the wrong colour, art at the trim without bleed, and, as warnings, 100 % K
/// text that knocks out, small text in several inks or reversed, hairlines, low-resolution images and short bleed.
/// </summary>
internal sealed partial class ContentWalker(FindingSink sink, int page, ISet<string> spotInks, bool checkBleed)
{
    private const double MaxInk = 3.0;
    private const double HairlinePoints = 0.25;

    private readonly HashSet<PdfDictionary> formsOnStack = [];
    private readonly HashSet<PdfDictionary> imagesSeen = [];
    private readonly Stack<GraphicsState> saved = new();
    private GraphicsState state = new();
    private int operatorIndex;

    public int OperatorsWalked { get; private set; }

    public void WalkPage(PdfPage pdfPage)
    {
        CSequence content;
        var inline = new List<InlineImages.Image>();
        try
        {
            content = ContentReader.ReadContent(InlineImages.CutOut(PageContent(pdfPage), inline));
        }
        catch (Exception e) when (e is ContentReaderException or InvalidOperationException or ArgumentException or FormatException or NullReferenceException)
        {
            sink.Warning("content-unreadable", page, "page content", $"the content stream could not be parsed ({e.Message})",
                $"không đọc được luồng nội dung ({e.Message})");
            return;
        }

        SetBoxes(pdfPage);
        Walk(content, PdfItems.Dictionary(pdfPage, "/Resources"), "page", inline);
        if (checkBleed)
        {
            CheckBleed();
        }
    }

    /// <summary>The page's content streams joined (a page may split its content over several, even mid-object).</summary>
    private static byte[] PageContent(PdfPage pdfPage)
    {
        var parts = PdfItems.Resolve(pdfPage.Elements["/Contents"]) switch
        {
            PdfDictionary single => [single],
            PdfArray array => array.Elements.Select(PdfItems.Resolve).OfType<PdfDictionary>().ToList(),
            _ => [],
        };
        if (parts.Count == 1)
        {
            return parts[0].Stream?.UnfilteredValue ?? [];
        }

        var joined = new MemoryStream();
        foreach (var part in parts)
        {
            joined.Write(part.Stream?.UnfilteredValue ?? []);
            joined.WriteByte((byte)'\n');
        }

        return joined.ToArray();
    }

    private void Walk(CSequence content, PdfDictionary? resources, string context, List<InlineImages.Image> inline)
    {
        foreach (var item in content)
        {
            if (item is COperator op)
            {
                operatorIndex++;
                OperatorsWalked++;
                Apply(op, resources, context, inline);
            }
        }
    }

    private string Where(COperator op, string context) => $"{context} op #{operatorIndex} '{op.OpCode.Name}'";

    /// <summary>The numeric operands, in order (called for most operators, so without LINQ).</summary>
    private static double[] Numbers(COperator op)
    {
        var operands = op.Operands;
        int count = 0;
        for (int i = 0; i < operands.Count; i++)
        {
            if (operands[i] is CReal or CInteger)
            {
                count++;
            }
        }

        var values = new double[count];
        for (int i = 0, n = 0; i < operands.Count; i++)
        {
            switch (operands[i])
            {
                case CReal r:
                    values[n++] = r.Value;
                    break;
                case CInteger k:
                    values[n++] = k.Value;
                    break;
            }
        }

        return values;
    }

    private static string Show(double[] values) =>
        string.Join(' ', values.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)));

    private void Apply(COperator op, PdfDictionary? resources, string context, List<InlineImages.Image> inline)
    {
        switch (op.OpCode.OpCodeName)
        {
            case OpCodeName.q:
                saved.Push(state);
                break;
            case OpCodeName.Q:
                state = saved.Count > 0 ? saved.Pop() : state;
                break;
            case OpCodeName.cm when Numbers(op) is { Length: 6 } m:
                state = state with { Ctm = Matrix.Of(m).Then(state.Ctm) };
                break;
            case OpCodeName.m or OpCodeName.l or OpCodeName.c or OpCodeName.v or OpCodeName.y or OpCodeName.re:
                PathOperator(op);
                break;
            case OpCodeName.W or OpCodeName.Wx:
                pendingClip = true;
                break;
            case OpCodeName.n:
                EndPath(fill: false, stroke: false);
                break;
            case OpCodeName.BT or OpCodeName.Tf or OpCodeName.TL or OpCodeName.Td or OpCodeName.TD or OpCodeName.Tm or OpCodeName.Tx:
                TextOperator(op);
                break;
            case OpCodeName.w when Numbers(op) is { Length: 1 } w:
                state = state with { LineWidth = w[0] };
                break;
            case OpCodeName.Tr when Numbers(op) is { Length: 1 } tr:
                state = state with { TextRenderMode = (int)tr[0] };
                break;
            case OpCodeName.gs when op.Operands.FirstOrDefault() is CName gsName:
                ApplyExtGState(PdfItems.Dictionary(PdfItems.Dictionary(resources, "/ExtGState"), gsName.Name), gsName.Name, op, context);
                break;
            case OpCodeName.g or OpCodeName.G or OpCodeName.k or OpCodeName.K or OpCodeName.rg or OpCodeName.RG:
                SetDeviceColour(op, context);
                break;
            case OpCodeName.cs or OpCodeName.CS when op.Operands.FirstOrDefault() is CName space:
                SetSpace(op, PdfItems.ColourSpaceFamily(new PdfName(space.Name), resources, spotInks), context,
                    PdfItems.DeviceNColorants(new PdfName(space.Name), resources));
                break;
            case OpCodeName.sc or OpCodeName.scn:
                state = state with { Fill = Numbers(op) };
                break;
            case OpCodeName.SC or OpCodeName.SCN:
                state = state with { Stroke = Numbers(op) };
                break;
            case OpCodeName.f or OpCodeName.F or OpCodeName.fx:
                CheckInk(op, context, fill: true);
                EndPath(fill: true, stroke: false);
                break;
            case OpCodeName.S or OpCodeName.s:
                CheckInk(op, context, fill: false);
                CheckHairline(op, context);
                EndPath(fill: false, stroke: true);
                break;
            case OpCodeName.B or OpCodeName.Bx or OpCodeName.b or OpCodeName.bx:
                CheckInk(op, context, fill: true);
                CheckInk(op, context, fill: false);
                CheckHairline(op, context);
                EndPath(fill: true, stroke: true);
                break;
            case OpCodeName.Tj or OpCodeName.TJ:
                CheckText(op, context);
                CheckSmallText(op, context);
                break;
            case OpCodeName.QuoteSingle or OpCodeName.QuoteDouble:
                NextLine();
                CheckText(op, context);
                CheckSmallText(op, context);
                break;
            case OpCodeName.sh when op.Operands.FirstOrDefault() is CName shading:
                CheckShading(PdfItems.Dictionary(PdfItems.Dictionary(resources, "/Shading"), shading.Name), shading.Name, op, context);
                break;
            case OpCodeName.Do when op.Operands.FirstOrDefault() is CName marker && marker.Name.StartsWith("/" + InlineImages.MarkerPrefix, StringComparison.Ordinal)
                && int.TryParse(marker.Name.AsSpan(InlineImages.MarkerPrefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < inline.Count:
                sink.Checked();
                ImageCheck.RunInline(sink, page, inline[n], resources, $"{context} op #{operatorIndex} inline image (BI … EI)", state.Scale, n, spotInks);
                PaintedImage(inline[n].ColourSpace);
                break;
            case OpCodeName.Do when op.Operands.FirstOrDefault() is CName xobject:
                DrawXObject(PdfItems.Dictionary(PdfItems.Dictionary(resources, "/XObject"), xobject.Name), xobject.Name, resources, op, context);
                break;
        }
    }

    private void CheckHairline(COperator op, string context)
    {
        double width = state.LineWidth * state.Scale;
        if (width < HairlinePoints && !sink.Repeat("hairline", page, "hairline"))
        {
            sink.Warning("hairline", page, Where(op, context), $"stroke {width:0.###} pt wide (thinner than {HairlinePoints} pt may not print)",
                $"nét {width:0.###} pt (mảnh hơn {HairlinePoints} pt có thể không in ra)", key: "hairline");
        }
    }

    private void CheckText(COperator op, string context)
    {
        CheckInk(op, context, fill: true);
        bool blackOnly = (state.FillSpace == "DeviceCMYK" && state.Fill is [< 0.001, < 0.001, < 0.001, >= 0.999])
            || (state.FillSpace == "DeviceGray" && state.Fill is [<= 0.001]);
        if (blackOnly && state.TextRenderMode is 0 or 2 && !state.FillOverprint && !sink.Repeat("text-k-overprint", page, "k-text"))
        {
            sink.Warning("text-k-overprint", page, Where(op, context), "100 % K text knocks out (no fill overprint): it will show white edges if plates shift",
                "chữ 100 % K không in chồng (overprint): lệch bản sẽ lộ viền trắng", key: "k-text");
        }
    }

    private void CheckShading(PdfDictionary? shading, string name, COperator op, string context)
    {
        if (shading is null)
        {
            return;
        }

        sink.Checked();
        string family = PdfItems.ColourSpaceFamily(shading.Elements["/ColorSpace"], null, spotInks);

        // A shading fills the clip; its colours vary, so it counts as several inks under text unless it is one ink's tint.
        if ((state.Clip ?? bleed) is { } area)
        {
            Painted(area, family is "DeviceGray" || PdfItems.IsSpot(family) ? 1 : 2, fill: true);
        }

        if (PdfItems.IsForbidden(family))
        {
            sink.Error(PdfItems.RuleOf(family), page, $"{Where(op, context)} shading {name}", $"shading in {PdfItems.Describe(family)}" + SpotAdvice(family, false),
                $"vùng chuyển màu (shading) dùng {PdfItems.Describe(family, true)}" + SpotAdvice(family, true), key: "shading " + name);
        }
    }

    private void DrawXObject(PdfDictionary? xobject, string name, PdfDictionary? resources, COperator op, string context)
    {
        if (xobject is null)
        {
            return;
        }

        string? subtype = PdfItems.Name(xobject, "/Subtype");
        if (subtype == "Image")
        {
            sink.Checked();
            ImageCheck.Run(sink, page, xobject, name, resources, $"{Where(op, context)} image {name}", state.Scale, imagesSeen.Add(xobject), spotInks);
            PaintedImage(PdfItems.Boolean(xobject, "/ImageMask") == true ? "ImageMask" : PdfItems.ColourSpaceFamily(xobject.Elements["/ColorSpace"], resources));
            return;
        }

        if (subtype != "Form" || xobject.Stream is null || !formsOnStack.Add(xobject))
        {
            return;
        }

        if (PdfItems.Name(PdfItems.Dictionary(xobject, "/Group"), "/S") == "Transparency")
        {
            sink.Error("transparency", page, $"{Where(op, context)} form {name}", "transparency group on a form",
                "nhóm trong suốt (transparency group) trên form", key: "group " + name);
        }

        saved.Push(state);
        if (PdfItems.Array(xobject, "/Matrix") is { Elements.Count: 6 } matrix)
        {
            double[] m = [.. matrix.Elements.Select(e => PdfItems.Number(e) ?? 0)];
            state = state with { Ctm = Matrix.Of(m).Then(state.Ctm) };
        }

        try
        {
            var formInline = new List<InlineImages.Image>();
            var content = ContentReader.ReadContent(InlineImages.CutOut(xobject.Stream.UnfilteredValue, formInline));
            Walk(content, PdfItems.Dictionary(xobject, "/Resources") ?? resources, $"form {name}", formInline);
        }
        catch (Exception e) when (e is ContentReaderException or InvalidOperationException or ArgumentException or FormatException or NullReferenceException)
        {
            sink.Warning("content-unreadable", page, $"form {name}", $"the form's content could not be parsed ({e.Message})",
                $"không đọc được nội dung form ({e.Message})");
        }
        finally
        {
            state = saved.Pop();
            formsOnStack.Remove(xobject);
        }
    }
}
