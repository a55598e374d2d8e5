using CalendarGen.Templates.Press;

namespace CalendarGen.Rendering.Imposition;

/// <summary>
/// The input's pages as leaves: one page per leaf, or with duplex a front and its back as consecutive pages; the
/// notes page, when the layout names one, is taken out of the run and fills the empty slots. Also the slot size:
/// the layout's, or the largest bleed box.
/// </summary>
internal sealed record LeafRun(IReadOnlyList<Leaf> Fronts, IReadOnlyList<Leaf?> Backs, Leaf? NotesFront, Leaf? NotesBack, double SlotWidth, double SlotHeight)
{
    public static LeafRun Make(IReadOnlyList<Leaf> pages, PressLayout layout)
    {
        bool duplex = layout.Duplex != DuplexMode.None;
        if (duplex && pages.Count % 2 != 0)
        {
            throw new ImpositionException($"--duplex needs fronts and backs as consecutive pages, an even page count; the input has {pages.Count} pages");
        }

        int step = duplex ? 2 : 1;
        var fronts = new List<Leaf>();
        var backs = new List<Leaf?>();
        Leaf? notesFront = null, notesBack = null;
        for (int i = 0; i < pages.Count; i += step)
        {
            var back = duplex ? pages[i + 1] : null;
            if (layout.NotesPage == (i / step) + 1)
            {
                (notesFront, notesBack) = (pages[i], back);
                continue;
            }

            fronts.Add(pages[i]);
            backs.Add(back);
        }

        if (layout.NotesPage is { } notes && notesFront is null)
        {
            throw new ImpositionException($"the notes leaf {notes} is not in the input, which has {pages.Count / step} leaves");
        }

        if (fronts.Count == 0)
        {
            throw new ImpositionException("no leaves to impose");
        }

        double width = layout.SlotWidth is { } w ? SheetGeometry.Points(w) : pages.Max(p => p.Bleed.Width);
        double height = layout.SlotHeight is { } h ? SheetGeometry.Points(h) : pages.Max(p => p.Bleed.Height);
        foreach (var page in pages.Where(p => p.Bleed.Width > width + 0.01 || p.Bleed.Height > height + 0.01))
        {
            throw new ImpositionException($"page {page.Page}: its bleed box, {Mm(page.Bleed.Width)}×{Mm(page.Bleed.Height)} mm, is larger than the {Mm(width)}×{Mm(height)} mm slot");
        }

        return new LeafRun(fronts, backs, notesFront, notesBack, width, height);
    }

    private static string Mm(double points) => (points * 25.4 / 72).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
