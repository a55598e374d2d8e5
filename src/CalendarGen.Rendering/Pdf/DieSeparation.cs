using System.Text;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Pdf;

/// <summary>
/// The die spot colour of a press or proof file: <c>[/Separation /Die /DeviceCMYK fn]</c>, where fn (a Type 2
/// function) shows the plate as magenta on screens and composite proofers. Die, fold and perforation lines are drawn
/// by Skia in a reserved RGB stand-in (<see cref="Drawing.ColorTable.DieStandIn"/>) that the content rewrite turns into
/// <c>/CSdie CS 1 SCN</c>, with an overprinting state, so the lines land on their own plate and take nothing off the
/// process plates beneath. PDF/X-1a allows Separation colour spaces with a DeviceCMYK alternate.
/// </summary>
internal sealed class DieSeparation
{
    /// <summary>The colour space's resource name in pages and forms.</summary>
    public const string ResourceName = "/CSdie";

    private readonly PdfArray colorSpace;
    private readonly (byte R, byte G, byte B) standIn;

    public DieSeparation(PdfDocument doc, string spotName, (byte R, byte G, byte B) standIn)
    {
        this.standIn = standIn;
        var tint = new PdfDictionary(doc);
        tint.Elements.SetInteger("/FunctionType", 2);
        tint.Elements["/Domain"] = Numbers(doc, 0, 1);
        tint.Elements["/C0"] = Numbers(doc, 0, 0, 0, 0);
        tint.Elements["/C1"] = Numbers(doc, 0, 1, 0, 0);
        tint.Elements.SetInteger("/N", 1);
        colorSpace = new PdfArray(doc);
        colorSpace.Elements.Add(new PdfName("/Separation"));
        colorSpace.Elements.Add(new PdfName("/" + spotName));
        colorSpace.Elements.Add(new PdfName("/DeviceCMYK"));
        colorSpace.Elements.Add(tint);
        doc.Internals.AddObject(colorSpace);
    }

    /// <summary>"/CSdie cs 1 scn": a full tint of the spot colour as the fill.</summary>
    public byte[] FillOperators { get; } = Encoding.ASCII.GetBytes(ResourceName + " cs 1 scn");

    /// <summary>"/CSdie CS 1 SCN": a full tint of the spot colour as the stroke.</summary>
    public byte[] StrokeOperators { get; } = Encoding.ASCII.GetBytes(ResourceName + " CS 1 SCN");

    /// <summary>How many colour operators of the current stream were rewritten to the spot colour.</summary>
    public int Uses { get; set; }

    public bool IsStandIn(byte r, byte g, byte b) => (r, g, b) == standIn;

    /// <summary>Adds the colour space to a page's or form's resources.</summary>
    public void AddTo(PdfDictionary owner)
    {
        if (owner.Elements.GetDictionary("/Resources") is not { } resources)
        {
            resources = new PdfDictionary(owner.Owner);
            owner.Elements["/Resources"] = resources;
        }

        AddToResources(resources);
    }

    /// <summary>Adds the colour space to a resource dictionary.</summary>
    public void AddToResources(PdfDictionary resources)
    {
        if (resources.Elements.GetDictionary("/ColorSpace") is not { } spaces)
        {
            spaces = new PdfDictionary(resources.Owner);
            resources.Elements["/ColorSpace"] = spaces;
        }

        spaces.Elements[ResourceName] = colorSpace.Reference!;
    }

    private static PdfArray Numbers(PdfDocument doc, params int[] values)
    {
        var array = new PdfArray(doc);
        foreach (int v in values)
        {
            array.Elements.Add(new PdfInteger(v));
        }

        return array;
    }
}
