using CalendarGen.Rendering.Preflight;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content.Objects;
using SkiaSharp;

namespace CalendarGen.Rendering.PdfRaster;

/// <summary>Text objects and text state (PDF 32000 §9.3–9.4): glyphs placed by the font's widths, drawn from its
/// embedded program.</summary>
internal sealed partial class ContentPainter
{
    private SKMatrix textMatrix = SKMatrix.Identity;
    private SKMatrix lineMatrix = SKMatrix.Identity;

    private void ApplyText(COperator op, float[] v, PdfDictionary? resources)
    {
        switch (op.OpCode.OpCodeName)
        {
            case OpCodeName.BT:
                textMatrix = lineMatrix = SKMatrix.Identity;
                break;
            case OpCodeName.Tf when op.Operands.Count == 2 && op.Operands[0] is CName name && v.Length == 1:
                var font = PdfItems.Dictionary(PdfItems.Dictionary(resources, "/Font"), name.Name);
                state = state with { Font = font is null ? null : documentResources.Font(font), FontSize = v[0] };
                break;
            case OpCodeName.Tc when v.Length == 1:
                state = state with { CharSpacing = v[0] };
                break;
            case OpCodeName.Tw when v.Length == 1:
                state = state with { WordSpacing = v[0] };
                break;
            case OpCodeName.Tz when v.Length == 1:
                state = state with { HorizontalScale = v[0] / 100 };
                break;
            case OpCodeName.TL when v.Length == 1:
                state = state with { Leading = v[0] };
                break;
            case OpCodeName.Ts when v.Length == 1:
                state = state with { Rise = v[0] };
                break;
            case OpCodeName.Tr when v.Length == 1:
                state = state with { RenderMode = (int)v[0] };
                break;
            case OpCodeName.Td when v.Length == 2:
                NextLine(v[0], v[1]);
                break;
            case OpCodeName.TD when v.Length == 2:
                state = state with { Leading = -v[1] };
                NextLine(v[0], v[1]);
                break;
            case OpCodeName.Tm when v.Length == 6:
                textMatrix = lineMatrix = Matrix(v);
                break;
            case OpCodeName.Tx:
                NextLine(0, -state.Leading);
                break;
            case OpCodeName.Tj when op.Operands.Count == 1 && op.Operands[0] is CString text:
                Show(text);
                break;
            case OpCodeName.QuoteSingle when op.Operands.Count == 1 && op.Operands[0] is CString text:
                NextLine(0, -state.Leading);
                Show(text);
                break;
            case OpCodeName.QuoteDouble when op.Operands.Count == 3 && op.Operands[2] is CString text && v.Length == 2:
                state = state with { WordSpacing = v[0], CharSpacing = v[1] };
                NextLine(0, -state.Leading);
                Show(text);
                break;
            case OpCodeName.TJ when op.Operands.Count == 1 && op.Operands[0] is CArray array:
                foreach (var element in array)
                {
                    if (element is CString text)
                    {
                        Show(text);
                    }
                    else if (element is CReal or CInteger)
                    {
                        double adjust = element is CReal r ? r.Value : ((CInteger)element).Value;
                        Advance((float)(-adjust / 1000 * state.FontSize * state.HorizontalScale));
                    }
                }

                break;
        }
    }

    private void NextLine(float tx, float ty)
    {
        lineMatrix = SKMatrix.Concat(lineMatrix, SKMatrix.CreateTranslation(tx, ty));
        textMatrix = lineMatrix;
    }

    private void Advance(float tx) => textMatrix = SKMatrix.Concat(textMatrix, SKMatrix.CreateTranslation(tx, 0));

    private void Show(CString text)
    {
        string value = text.Value;
        var font = state.Font;
        if (font is null)
        {
            Skip("text without a font");
            return;
        }

        int count = font.TwoByte ? value.Length / 2 : value.Length;
        var glyphs = new ushort[count];
        var positions = new float[count];
        float x = 0;
        for (int i = 0; i < count; i++)
        {
            int code = font.TwoByte ? ((value[2 * i] & 0xFF) << 8) | (value[(2 * i) + 1] & 0xFF) : value[i] & 0xFF;
            glyphs[i] = font.Glyph(code);
            positions[i] = x;
            x += (float)(font.Width(code) / 1000 * state.FontSize) + state.CharSpacing
                + (!font.TwoByte && code == 32 ? state.WordSpacing : 0);
        }

        int mode = state.RenderMode;
        if (mode >= 4)
        {
            Skip("text clipping");
            mode -= 4;
        }

        if (font.Typeface is null)
        {
            Skip("font without an embedded TrueType program");
        }
        else if (mode != 3 && count > 0)
        {
            DrawGlyphs(font.Typeface, glyphs, positions, mode);
        }

        Advance(x * state.HorizontalScale);
    }

    private void DrawGlyphs(SKTypeface typeface, ushort[] glyphs, float[] positions, int mode)
    {
        using var skFont = new SKFont(typeface, state.FontSize)
        {
            Subpixel = true,
            LinearMetrics = true,
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.Antialias,
        };
        using var builder = new SKTextBlobBuilder();
        builder.AddHorizontalRun(glyphs, skFont, positions, 0);
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }

        // Text space is y-up like user space; Skia's glyphs are y-down, hence the flip after Tm, Ts and Tz.
        canvas.Save();
        var placement = SKMatrix.Concat(textMatrix, new SKMatrix(state.HorizontalScale, 0, 0, 0, -1, state.Rise, 0, 0, 1));
        canvas.Concat(in placement);
        if (mode is 0 or 2 && state.Fill is { } fill)
        {
            fillPaint.Color = fill;
            canvas.DrawText(blob, 0, 0, fillPaint);
        }

        if (mode is 1 or 2 && state.Stroke is { } stroke)
        {
            ConfigureStroke(stroke);
            canvas.DrawText(blob, 0, 0, strokePaint);
            strokePaint.PathEffect?.Dispose();
            strokePaint.PathEffect = null;
        }

        canvas.Restore();
    }
}
