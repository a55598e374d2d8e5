using PdfSharp.Pdf;
using PdfSharp.Pdf.Content.Objects;

namespace CalendarGen.Rendering.Preflight;

/// <summary>Colours: RGB and CIE spaces and spot colours with such an alternate, transparency in ExtGStates, total ink.</summary>
internal sealed partial class ContentWalker
{
    private void SetDeviceColour(COperator op, string context)
    {
        var values = Numbers(op);
        bool stroke = op.OpCode.OpCodeName is OpCodeName.G or OpCodeName.K or OpCodeName.RG;
        string family = op.OpCode.OpCodeName switch
        {
            OpCodeName.g or OpCodeName.G => "DeviceGray",
            OpCodeName.k or OpCodeName.K => "DeviceCMYK",
            _ => "DeviceRGB",
        };
        sink.Checked();
        if (family == "DeviceRGB" && !sink.Repeat("colour-rgb", page, "rgb"))
        {
            sink.Error("colour-rgb", page, Where(op, context), $"RGB colour {Show(values)} {op.OpCode.Name} in press content",
                $"màu RGB {Show(values)} {op.OpCode.Name} trong nội dung in", key: "rgb");
        }

        state = stroke ? state with { StrokeSpace = family, Stroke = values } : state with { FillSpace = family, Fill = values };
    }

    private void SetSpace(COperator op, string family, string context, string[]? colorants)
    {
        bool stroke = op.OpCode.OpCodeName == OpCodeName.CS;
        sink.Checked();
        if (PdfItems.IsForbidden(family))
        {
            sink.Error(PdfItems.RuleOf(family), page, Where(op, context), $"colour space {PdfItems.Describe(family)} in press content" + SpotAdvice(family, false),
                $"không gian màu {PdfItems.Describe(family, true)} trong nội dung in" + SpotAdvice(family, true), key: "space " + family);
        }

        state = stroke ? state with { StrokeSpace = family, Stroke = [0], StrokeColorants = colorants }
            : state with { FillSpace = family, Fill = [0], FillColorants = colorants };
    }

    /// <summary>What a spot colour with a refused alternate needs instead.</summary>
    internal static string SpotAdvice(string family, bool vietnamese) =>
        !PdfItems.IsSpot(family) ? ""
        : vietnamese ? " (màu pha cần màu thay thế DeviceCMYK hoặc DeviceGray)" : " (a spot colour needs a DeviceCMYK or DeviceGray alternate)";

    private void ApplyExtGState(PdfDictionary? gs, string name, COperator op, string context)
    {
        if (gs is null)
        {
            return;
        }

        sink.Checked();
        double ca = PdfItems.Number(gs, "/ca") ?? state.FillAlpha;
        double CA = PdfItems.Number(gs, "/CA") ?? state.StrokeAlpha;
        if (ca < 1 || CA < 1)
        {
            sink.Error("transparency", page, $"{Where(op, context)} ExtGState {name}", $"opacity ca {ca:0.###} / CA {CA:0.###}: transparency is not allowed in PDF/X-1a",
                $"độ trong suốt ca {ca:0.###} / CA {CA:0.###}: PDF/X-1a không cho phép trong suốt", key: "alpha " + name);
        }

        var blend = PdfItems.Name(gs, "/BM") ?? (PdfItems.Array(gs, "/BM") is { Elements.Count: > 0 } bms ? PdfItems.Name(bms.Elements[0]) : null);
        if (blend is not null and not "Normal" and not "Compatible")
        {
            sink.Error("transparency", page, $"{Where(op, context)} ExtGState {name}", $"blend mode {blend}: transparency is not allowed in PDF/X-1a",
                $"chế độ hoà trộn {blend}: PDF/X-1a không cho phép trong suốt", key: "bm " + name);
        }

        if (gs.Elements["/SMask"] is { } smask && PdfItems.Name(smask) != "None")
        {
            sink.Error("transparency", page, $"{Where(op, context)} ExtGState {name}", "soft mask: transparency is not allowed in PDF/X-1a",
                "mặt nạ mềm (soft mask): PDF/X-1a không cho phép trong suốt", key: "smask " + name);
        }

        bool overprint = PdfItems.Boolean(gs, "/op") ?? PdfItems.Boolean(gs, "/OP") ?? state.FillOverprint;
        state = state with { FillAlpha = ca, StrokeAlpha = CA, FillOverprint = overprint, LineWidth = PdfItems.Number(gs, "/LW") ?? state.LineWidth };
    }

    private void CheckInk(COperator op, string context, bool fill)
    {
        string space = fill ? state.FillSpace : state.StrokeSpace;
        double[] colour = fill ? state.Fill : state.Stroke;
        sink.Checked();

        // A DeviceN colour's process components count; its spot components (a die line, a varnish) are other plates.
        if ((fill ? state.FillColorants : state.StrokeColorants) is { } colorants && colorants.Length == colour.Length)
        {
            double process = colour.Where((_, i) => colorants[i] is "Cyan" or "Magenta" or "Yellow" or "Black").Sum();
            if (process > MaxInk + 1e-6 && !sink.Repeat("total-ink", page, "ink devicen " + Show(colour)))
            {
                sink.Error("total-ink", page, Where(op, context), $"total ink {process * 100:0} % (over 300 %) of the process inks in DeviceN {Show(colour)}",
                    $"tổng lượng mực {process * 100:0} % (quá 300 %) của bốn màu in trong DeviceN {Show(colour)}", key: "ink devicen " + Show(colour));
            }

            return;
        }

        // Registration colour (all four inks at 100 %) is meant for marks outside the trim, not for art.
        if (space != "DeviceCMYK" || colour.Length != 4 || colour.All(c => c >= 0.999))
        {
            return;
        }

        double total = colour.Sum();
        if (total > MaxInk + 1e-6 && !sink.Repeat("total-ink", page, "ink " + Show(colour)))
        {
            sink.Error("total-ink", page, Where(op, context), $"total ink {total * 100:0} % (over 300 %) in {Show(colour)} k",
                $"tổng lượng mực {total * 100:0} % (quá 300 %) ở màu {Show(colour)} k", key: "ink " + Show(colour));
        }
    }
}
