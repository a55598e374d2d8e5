using System.Collections.Concurrent;
using CalendarGen.Layout.Document;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Rendering.Png;
using CalendarGen.Templates.Model;
using NodaTime;

namespace CalendarGen.Cli.Serve;

/// <summary>
/// One good build of the preview: the laid-out pages and the fonts they were measured with, and the PNGs drawn from
/// them so far. Its fonts stay open while a request still draws from it after a newer generation replaced it.
/// </summary>
internal sealed class Generation
{
    private readonly IReadOnlyList<LaidOutPage> pages;
    private readonly FontCache fonts;
    private readonly ConcurrentDictionary<(int Page, int Dpi), Lazy<byte[]>> images = new();
    private readonly Lazy<byte[]> contactSheet;
    private readonly object gate = new();
    private int leases;
    private bool retired;

    public Generation(int number, int year, Template template, LaidOutDocument document, IReadOnlyList<LaidOutPage> pages, FontCache fonts, LocalDate? tet)
    {
        Number = number;
        Year = year;
        Template = template;
        this.pages = pages;
        this.fonts = fonts;
        Tet = tet;
        Entries = [.. document.Index.Select(info => PageEntry.Of(info, pages[info.Number - 1]))];
        contactSheet = new Lazy<byte[]>(() => Draw(() => PngRenderer.ContactSheet(pages, pages.Count, 120, fonts)));
    }

    /// <summary>The build number; it grows with every build, failed or not.</summary>
    public int Number { get; }

    public int Year { get; }

    public Template Template { get; }

    /// <summary>The first day of the lunar year in this calendar year, if the year has one.</summary>
    public LocalDate? Tet { get; }

    /// <summary>Every page with its label, dates and text.</summary>
    public IReadOnlyList<PageEntry> Entries { get; }

    /// <summary>Page <paramref name="number"/> (from 1) as PNG at <paramref name="dpi"/>, drawn once.</summary>
    public byte[] PagePng(int number, int dpi) =>
        images.GetOrAdd((number, dpi), key => new Lazy<byte[]>(() => Draw(() => PngRenderer.Page(pages[key.Page - 1], key.Dpi, false, fonts)))).Value;

    /// <summary>Every page as a thumbnail on one PNG.</summary>
    public byte[] ContactSheetPng() => contactSheet.Value;

    /// <summary>No longer the newest: its fonts close when the last drawing from it ends.</summary>
    public void Retire()
    {
        lock (gate)
        {
            retired = true;
            if (leases == 0)
            {
                fonts.Dispose();
            }
        }
    }

    private byte[] Draw(Func<byte[]> draw)
    {
        lock (gate)
        {
            if (retired && leases == 0)
            {
                throw new ObjectDisposedException($"generation {Number}");
            }

            leases++;
        }

        try
        {
            return draw();
        }
        finally
        {
            lock (gate)
            {
                if (--leases == 0 && retired)
                {
                    fonts.Dispose();
                }
            }
        }
    }
}
