using CalendarGen.Templates.Model;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// Black overprint (design.md §7.2): text, rules and shapes in 100 % K alone print over what lies beneath, so a
/// misregistered plate leaves no white halo; every other colour knocks out. Four ExtGStates cover the combinations
/// of stroke (/OP) and fill (/op) overprint; /OPM 1 keeps the zero C, M and Y of a K-only colour from erasing the
/// inks beneath (a stroke-only state would set /op too, since an absent /op follows /OP).
/// </summary>
internal static class Overprint
{
    /// <summary>The state name for stroke and fill knockout.</summary>
    public static readonly string Knockout = StateName(stroke: false, fill: false);

    /// <summary>What the rewriter knows at a point of a content stream: whether the current colours are K-only and
    /// which overprint state it last set (null: unknown, inherited).</summary>
    public readonly record struct State(bool StrokeBlack, bool FillBlack, string? Emitted);

    /// <summary>Whether the colour is 100 % K with no other ink.</summary>
    public static bool IsBlackOnly(Cmyk cmyk) => cmyk is { C: 0, M: 0, Y: 0, K: 100 };

    /// <summary>The resource name of the ExtGState for these stroke and fill overprint flags.</summary>
    public static string StateName(bool stroke, bool fill) => $"/CGop{(stroke ? 1 : 0)}{(fill ? 1 : 0)}";

    /// <summary>Creates the four ExtGStates in <paramref name="doc"/>, by resource name.</summary>
    public static Dictionary<string, PdfDictionary> CreateStates(PdfDocument doc)
    {
        var states = new Dictionary<string, PdfDictionary>(StringComparer.Ordinal);
        foreach (bool stroke in new[] { false, true })
        {
            foreach (bool fill in new[] { false, true })
            {
                var state = new PdfDictionary(doc);
                state.Elements.SetName("/Type", "/ExtGState");
                state.Elements.SetBoolean("/OP", stroke);
                state.Elements.SetBoolean("/op", fill);
                state.Elements.SetInteger("/OPM", 1);
                doc.Internals.AddObject(state);
                states[StateName(stroke, fill)] = state;
            }
        }

        return states;
    }

    /// <summary>Adds the states to a page's or form's resources (creating /Resources and /ExtGState as needed).</summary>
    public static void AddTo(PdfDictionary owner, IReadOnlyDictionary<string, PdfDictionary> states)
    {
        if (owner.Elements.GetDictionary("/Resources") is not { } resources)
        {
            resources = new PdfDictionary(owner.Owner);
            owner.Elements["/Resources"] = resources;
        }

        if (resources.Elements.GetDictionary("/ExtGState") is not { } extGStates)
        {
            extGStates = new PdfDictionary(owner.Owner);
            resources.Elements["/ExtGState"] = extGStates;
        }

        foreach (var (name, state) in states)
        {
            extGStates.Elements[name] = state.Reference!;
        }
    }
}
