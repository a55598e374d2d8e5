using System.Globalization;
using PdfSharp.Pdf.Content.Objects;

namespace CalendarGen.Rendering.Preflight;

/// <summary>Text: the text matrices, and small text in several inks or reversed out of a fill of several.</summary>
internal sealed partial class ContentWalker
{
    /// <summary>Text under this size (points, at its placed size) should be one solid ink and not reversed out of several (the template rule).</summary>
    private const double SmallText = 8;

    private Matrix textMatrix = Matrix.Identity;
    private Matrix lineMatrix = Matrix.Identity;

    private void TextOperator(COperator op)
    {
        var v = Numbers(op);
        switch (op.OpCode.OpCodeName)
        {
            case OpCodeName.BT:
                textMatrix = lineMatrix = Matrix.Identity;
                break;
            case OpCodeName.Tf when v.Length == 1:
                state = state with { FontSize = v[0] };
                break;
            case OpCodeName.TL when v.Length == 1:
                state = state with { Leading = v[0] };
                break;
            case OpCodeName.Td when v.Length == 2:
                textMatrix = lineMatrix = Matrix.Translation(v[0], v[1]).Then(lineMatrix);
                break;
            case OpCodeName.TD when v.Length == 2:
                state = state with { Leading = -v[1] };
                textMatrix = lineMatrix = Matrix.Translation(v[0], v[1]).Then(lineMatrix);
                break;
            case OpCodeName.Tm when v.Length == 6:
                textMatrix = lineMatrix = Matrix.Of(v);
                break;
            case OpCodeName.Tx:
                NextLine();
                break;
        }
    }

    private void NextLine() => textMatrix = lineMatrix = Matrix.Translation(0, -state.Leading).Then(lineMatrix);

    /// <summary>
    /// Small text (under 8 pt where placed) inside the trim: in more than one ink, or white reversed out of a fill of
    /// more than one ink. The text's position is where its line starts, a third of the font size up (glyph widths are
    /// not measured); what lies under it is the last fill whose bounds hold that point.
    /// </summary>
    private void CheckSmallText(COperator op, string context)
    {
        if (state.TextRenderMode is 3 or 7)
        {
            return;
        }

        var placed = textMatrix.Then(state.Ctm);
        double size = Math.Abs(state.FontSize) * placed.Scale;
        var (x, y) = placed.Apply(0, state.FontSize * 0.3);
        if (size <= 0 || size >= SmallText || (trim is { } t && !t.Contains(x, y)))
        {
            return;
        }

        bool stroked = state.TextRenderMode is 1 or 5;
        string space = stroked ? state.StrokeSpace : state.FillSpace;
        double[] colour = stroked ? state.Stroke : state.Fill;
        if (PdfItems.IsForbidden(space))
        {
            // RGB or CIE text is an error already; how many inks it becomes depends on a conversion not made yet.
            return;
        }

        int inks = Inks(space, colour);
        string sizeText = size.ToString("0.#", CultureInfo.InvariantCulture);
        if (inks > 1 && !(space == "DeviceCMYK" && colour.All(c => c >= 0.999)))
        {
            string key = "small-inks " + Show(colour);
            if (!sink.Repeat("small-text-inks", page, key))
            {
                sink.Warning("small-text-inks", page, $"{Where(op, context)} at ({x:0},{y:0})",
                    $"{sizeText} pt text in {inks} inks ({Show(colour)}): text under {SmallText} pt should be one solid ink, or it blurs when plates shift",
                    $"chữ {sizeText} pt in bằng {inks} màu mực ({Show(colour)}): chữ dưới {SmallText} pt nên in một màu đặc, lệch bản sẽ nhoè", key: key);
            }

            return;
        }

        if (inks != 0)
        {
            return;
        }

        for (int i = filled.Count - 1; i >= 0; i--)
        {
            if (!filled[i].Box.Contains(x, y))
            {
                continue;
            }

            if (filled[i].Inks > 1 && !sink.Repeat("small-text-reversed", page, "reversed"))
            {
                sink.Warning("small-text-reversed", page, $"{Where(op, context)} at ({x:0},{y:0})",
                    $"{sizeText} pt white text reversed out of a fill of {filled[i].Inks} inks: under {SmallText} pt it fills in when plates shift",
                    $"chữ trắng {sizeText} pt in lộn trên nền {filled[i].Inks} màu mực: dưới {SmallText} pt lệch bản sẽ lấp chữ", key: "reversed");
            }

            return;
        }
    }
}
