using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace CalendarGen.Rendering.Tests.Pdf;

/// <summary>
/// An independent reader of overprint: walks every page's content stream and every form it draws with a graphics
/// state stack (colours, /OP, /op as the ExtGStates set them, an absent /op following /OP), and records for each
/// painting operator whether its colour is K-only and whether overprint is on for it.
/// </summary>
internal static class OverprintWalker
{
    /// <summary>One painting operator: which kind, whether its ink is 100 % K alone, whether overprint applies, and
    /// the name of its Separation colour if it paints in one (null for process colours), and its DeviceCMYK operands as
    /// written ("0.6 0.4 0.4 1"; null for other colour spaces).</summary>
    public readonly record struct Paint(string Operator, bool BlackOnly, bool Overprints, int Page, string? Spot = null, string? Cmyk = null);

    private sealed record State(double[]? Fill, double[]? Stroke, bool OP, bool Op, string? FillSpot = null, string? StrokeSpot = null);

    public static List<Paint> Walk(byte[] pdf)
    {
        using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var paints = new List<Paint>();
        for (int i = 0; i < doc.Pages.Count; i++)
        {
            var page = doc.Pages[i];
            byte[] content = page.Contents.Elements.Count == 0 ? [] : Content(page);
            Run(content, page.Elements.GetDictionary("/Resources"), new State(null, null, false, false), paints, i + 1, 0);
        }

        return paints;
    }

    private static byte[] Content(PdfPage page)
    {
        var bytes = new MemoryStream();
        foreach (var item in page.Contents.Elements)
        {
            var stream = (PdfDictionary)(item is PdfReference r ? r.Value : item);
            bytes.Write(stream.Stream.UnfilteredValue);
            bytes.WriteByte((byte)'\n');
        }

        return bytes.ToArray();
    }

    private static void Run(byte[] content, PdfDictionary? resources, State state, List<Paint> paints, int page, int depth)
    {
        var stack = new Stack<State>();
        foreach (var item in ContentReader.ReadContent(content))
        {
            if (item is not COperator op)
            {
                continue;
            }

            string name = op.OpCode.Name;
            var args = op.Operands;
            switch (name)
            {
                case "q":
                    stack.Push(state);
                    break;
                case "Q":
                    state = stack.Pop();
                    break;
                case "k":
                    state = state with { Fill = Numbers(args), FillSpot = null };
                    break;
                case "K":
                    state = state with { Stroke = Numbers(args), StrokeSpot = null };
                    break;
                case "cs" or "CS":
                    string? spot = SeparationName(resources, ((CName)args[0]).Name);
                    state = name == "cs" ? state with { Fill = [-1, -1, -1, -1], FillSpot = spot } : state with { Stroke = [-1, -1, -1, -1], StrokeSpot = spot };
                    break;
                case "rg" or "RG" or "g" or "G":
                    // Not DeviceCMYK process colour: never K-only.
                    state = name is "rg" or "g" ? state with { Fill = [-1, -1, -1, -1], FillSpot = null } : state with { Stroke = [-1, -1, -1, -1], StrokeSpot = null };
                    break;
                case "gs":
                    var gs = resources?.Elements.GetDictionary("/ExtGState")?.Elements.GetDictionary(((CName)args[0]).Name)
                        ?? throw new InvalidDataException($"page {page}: gs {((CName)args[0]).Name} has no ExtGState");
                    if (gs.Elements.ContainsKey("/OP"))
                    {
                        bool overprint = gs.Elements.GetBoolean("/OP");
                        state = state with { OP = overprint, Op = gs.Elements.ContainsKey("/op") ? gs.Elements.GetBoolean("/op") : overprint };
                    }
                    else if (gs.Elements.ContainsKey("/op"))
                    {
                        state = state with { Op = gs.Elements.GetBoolean("/op") };
                    }

                    break;
                case "Tj" or "TJ" or "'" or "\"" or "f" or "F" or "f*":
                    paints.Add(new Paint(name, BlackOnly(state.Fill), state.Op, page, state.FillSpot, Show(state.Fill)));
                    break;
                case "S" or "s":
                    paints.Add(new Paint(name, BlackOnly(state.Stroke), state.OP, page, state.StrokeSpot, Show(state.Stroke)));
                    break;
                case "B" or "B*" or "b" or "b*":
                    paints.Add(new Paint(name + "(fill)", BlackOnly(state.Fill), state.Op, page));
                    paints.Add(new Paint(name + "(stroke)", BlackOnly(state.Stroke), state.OP, page));
                    break;
                case "Do":
                    var xobject = resources?.Elements.GetDictionary("/XObject")?.Elements.GetDictionary(((CName)args[0]).Name);
                    if (xobject?.Elements.GetName("/Subtype") == "/Form" && depth < 10)
                    {
                        byte[] form = xobject.Elements.ContainsKey("/Filter") ? xobject.Stream.UnfilteredValue : xobject.Stream.Value;
                        Run(form, xobject.Elements.GetDictionary("/Resources") ?? resources, state, paints, page, depth + 1);
                    }

                    break;
            }
        }

    }

    /// <summary>The colourant name of a Separation colour space resource ("Die"), or null for any other space.</summary>
    private static string? SeparationName(PdfDictionary? resources, string resource)
    {
        var item = resources?.Elements.GetDictionary("/ColorSpace")?.Elements[resource];
        if (item is PdfReference reference)
        {
            item = reference.Value;
        }

        return item is PdfArray { Elements.Count: 4 } array && array.Elements[0] is PdfName { Value: "/Separation" } && array.Elements[1] is PdfName colourant
            ? colourant.Value[1..]
            : null;
    }

    private static double[] Numbers(CSequence args) => [.. args.Select(a => a switch
    {
        CInteger i => i.Value,
        CReal r => r.Value,
        _ => double.Parse(a.ToString()!, CultureInfo.InvariantCulture),
    })];

    private static bool BlackOnly(double[]? cmyk) => cmyk is [0, 0, 0, 1];

    private static string? Show(double[]? cmyk) => cmyk is { Length: 4 } && cmyk[0] >= 0
        ? string.Join(' ', cmyk.Select(v => v.ToString(CultureInfo.InvariantCulture)))
        : null;
}
