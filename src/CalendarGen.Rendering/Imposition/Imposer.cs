using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using CalendarGen.Rendering.Pdf;
using CalendarGen.Templates.Press;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CalendarGen.Rendering.Imposition;

/// <summary>The imposed press sheets and what went where.</summary>
/// <param name="Pdf">The sheets' PDF.</param>
/// <param name="Plan">Which leaf each slot of each sheet carries.</param>
/// <param name="Piles">The pile map (empty for sequential order).</param>
/// <param name="Leaves">Leaves imposed (front and back count as one leaf).</param>
/// <param name="Pages">Sheet sides written (two per sheet with duplex).</param>
/// <param name="Geometry">Where the slots are on the sheet.</param>
/// <param name="Labels">Each leaf's page label (its date for a calendargen block), or null.</param>
/// <param name="Duplex">How the sheets are backed up.</param>
public sealed record ImposedSheets(byte[] Pdf, ImpositionPlan Plan, ImmutableArray<PileEntry> Piles, int Leaves, int Pages, SheetGeometry Geometry, IReadOnlyList<string?> Labels, DuplexMode Duplex);

/// <summary>
/// Imposes a press PDF onto press sheets (design.md §7.1): each page is placed as a Form XObject (its content bytes,
/// CMYK operators and fonts kept, and shared between placements), clipped to its BleedBox; crop marks at every cut
/// in registration colour, a slug with the sheet number and pile map, the sheet's own boxes and the input's PDF/X
/// identification. The same input and layout give the same bytes.
/// </summary>
public static class Imposer
{
    /// <summary>Imposes <paramref name="input"/>; throws <see cref="ImpositionException"/> for input that cannot be imposed.</summary>
    public static ImposedSheets Impose(byte[] input, PressLayout layout, string job)
    {
        using var source = Leaf.Open(input);
        var pages = Leaf.ReadAll(source);
        var run = LeafRun.Make(pages, layout);
        var plan = ImpositionPlan.Make(run.Fronts.Count, layout.Slots, layout.Order, layout.StackDepth);
        var piles = layout.Order == ImpositionOrder.Sequential ? [] : PileMap.Of(plan, leaf => run.Fronts[leaf].Label);
        var geometry = SheetGeometry.Make(layout, run.SlotWidth, run.SlotHeight);

        using var output = new PdfDocument();
        output.Options.ColorMode = PdfColorMode.Cmyk;
        output.Options.CompressContentStreams = false;

        // PDFsharp's own Flate output makes qpdf warn: it compresses nothing (the slug font stays raw, about 12 KB) and
        // SheetStreams compresses the rest with ZLibStream.
        output.Options.NoCompression = true;
        using var form = XPdfForm.FromStream(new MemoryStream(input, writable: false));
        bool duplex = layout.Duplex != DuplexMode.None;
        foreach (var sheet in plan.Sheets)
        {
            (string Side, bool Back)[] sides = duplex ? [("front", false), ("back", true)] : [("front", false)];
            foreach (var (side, back) in sides)
            {
                var page = output.AddPage();
                page.Width = XUnit.FromPoint(geometry.Width);
                page.Height = XUnit.FromPoint(geometry.Height);
                using (var gfx = XGraphics.FromPdfPage(page))
                {
                    var trims = new List<SheetRect>();
                    for (int s = 0; s < sheet.Slots.Length; s++)
                    {
                        var slot = back ? geometry.Slots[s].Behind(layout.Duplex, geometry.Width, geometry.Height) : geometry.Slots[s];
                        int leaf = sheet.Slots[s];
                        var placed = leaf >= 0 ? (back ? run.Backs[leaf] : run.Fronts[leaf]) : (back ? run.NotesBack : run.NotesFront);
                        trims.Add(Place(gfx, form, placed ?? run.Fronts[0], slot, draw: placed is not null));
                    }

                    string where = plan.Sheets[^1].Set > 1 ? $" · set {sheet.Set}" : "";
                    var slug = new[]
                    {
                        $"{job} · sheet {sheet.Number}/{plan.Sheets.Length} · {side}{where} · {layout.Columns}×{layout.Rows} {Order(layout.Order)}{(duplex ? $" · work-and-{layout.Duplex.ToString().ToLowerInvariant()}" : "")}",
                        piles.IsEmpty ? $"leaves {string.Join(' ', sheet.Slots.Select(l => l < 0 ? "–" : (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))}"
                            : "piles " + string.Join(" | ", piles.Where(p => p.Set == sheet.Set).Select(p => p.Describe())),
                    };
                    SheetMarks.Draw(gfx, geometry, trims, slug);
                }

                SheetBoxes.Set(page, geometry);
            }
        }

        SheetBoxes.CopyIdentification(source, output, job);
        SheetStreams.Recompress(output);
        output.Info.Creator = "calendargen impose";
        byte[] digest = MD5.HashData([.. input, .. Encoding.UTF8.GetBytes(layout.ToString() + job)]);
        string id = new([.. digest.Select(b => (char)b)]);
        output.Internals.FirstDocumentID = id;
        output.Internals.SecondDocumentID = id;
        int written = output.PageCount;
        using var bytes = new MemoryStream();
        output.Save(bytes, closeStream: false);
        byte[] pdf = SheetStreams.FixSubsetTags(PrintFinisher.FixXmpIds(bytes.ToArray(), new Guid(digest)));
        return new ImposedSheets(pdf, plan, piles, run.Fronts.Count, written, geometry, [.. run.Fronts.Select(f => f.Label)], layout.Duplex);
    }

    private static string Order(ImpositionOrder order) => order switch
    {
        ImpositionOrder.CutStack => "cut-and-stack",
        ImpositionOrder.Repeat => "step-and-repeat",
        _ => "sequential",
    };

    /// <summary>Places a leaf's bleed box centred in the slot, clipped to it; returns where its trim lands.</summary>
    private static SheetRect Place(XGraphics gfx, XPdfForm form, Leaf leaf, SheetRect slot, bool draw)
    {
        double bleedX = slot.X + ((slot.Width - leaf.Bleed.Width) / 2), bleedY = slot.Y + ((slot.Height - leaf.Bleed.Height) / 2);
        double originX = bleedX - leaf.Bleed.X, originY = bleedY - leaf.Bleed.Y;
        if (draw)
        {
            form.PageNumber = leaf.Page;
            var state = gfx.Save();
            gfx.IntersectClip(new XRect(bleedX, bleedY, leaf.Bleed.Width, leaf.Bleed.Height));
            gfx.DrawImage(form, originX, originY, leaf.MediaWidth, leaf.MediaHeight);
            gfx.Restore(state);
        }

        return new SheetRect(originX + leaf.Trim.X, originY + leaf.Trim.Y, leaf.Trim.Width, leaf.Trim.Height);
    }
}
