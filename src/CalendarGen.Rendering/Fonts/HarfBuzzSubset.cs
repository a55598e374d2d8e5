using System.Runtime.InteropServices;

namespace CalendarGen.Rendering.Fonts;

/// <summary>
/// hb-subset through the libHarfBuzzSharp native the HarfBuzzSharp packages already ship (it exports the hb_subset_*
/// API; HarfBuzzSharp has no managed wrapper for it). Glyph ids are retained, so the CIDs Skia wrote (CIDToGIDMap
/// Identity) stay valid; layout tables are dropped, since a PDF draws positioned glyphs and never shapes, and so are
/// hinting instructions, which only help at screen resolutions.
/// </summary>
internal static class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1; // HB_SUBSET_FLAGS_NO_HINTING: press and proof files are imaged at RIP resolution
    private const uint RetainGlyphIds = 0x2; // HB_SUBSET_FLAGS_RETAIN_GIDS
    private const int DropTableSet = 3; // HB_SUBSET_SETS_DROP_TABLE_TAG
    private const int MemoryModeDuplicate = 0; // HB_MEMORY_MODE_DUPLICATE: HarfBuzz copies the bytes

    // Shaping tables a PDF viewer never reads; dropping them also stops the subsetter adding every glyph a
    // substitution could reach from the used ones.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "DSIG", "name", "post", "cmap", "gasp", "hdmx", "LTSH", "VDMX"];

    /// <summary>A TrueType font holding only <paramref name="glyphs"/> (and glyph 0), at their original ids.</summary>
    /// <exception cref="InvalidDataException">HarfBuzz cannot read or subset the font.</exception>
    public static byte[] Subset(byte[] font, IEnumerable<int> glyphs)
    {
        nint blob = 0, face = 0, input = 0, subset = 0, result = 0;
        try
        {
            var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
            try
            {
                blob = hb_blob_create(pinned.AddrOfPinnedObject(), (uint)font.Length, MemoryModeDuplicate, 0, 0);
            }
            finally
            {
                pinned.Free();
            }

            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == 0)
            {
                throw new InvalidDataException("hb-subset could not allocate its input");
            }

            nint glyphSet = hb_subset_input_glyph_set(input);
            foreach (int glyph in glyphs)
            {
                hb_set_add(glyphSet, (uint)glyph);
            }

            nint dropped = hb_subset_input_set(input, DropTableSet);
            foreach (string tag in DroppedTables)
            {
                hb_set_add(dropped, (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]));
            }

            hb_subset_input_set_flags(input, RetainGlyphIds | NoHinting);
            subset = hb_subset_or_fail(face, input);
            if (subset == 0)
            {
                throw new InvalidDataException("hb-subset failed on an embedded font");
            }

            result = hb_face_reference_blob(subset);
            nint bytes = hb_blob_get_data(result, out uint length);
            var copy = new byte[length];
            Marshal.Copy(bytes, copy, 0, (int)length);
            return copy;
        }
        finally
        {
            Destroy(result, hb_blob_destroy);
            Destroy(subset, hb_face_destroy);
            Destroy(input, hb_subset_input_destroy);
            Destroy(face, hb_face_destroy);
            Destroy(blob, hb_blob_destroy);
        }
    }

    private static void Destroy(nint handle, Action<nint> destroy)
    {
        if (handle != 0)
        {
            destroy(handle);
        }
    }

    [DllImport(Library)]
    private static extern nint hb_blob_create(nint data, uint length, int mode, nint userData, nint destroy);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(nint blob);

    [DllImport(Library)]
    private static extern nint hb_blob_get_data(nint blob, out uint length);

    [DllImport(Library)]
    private static extern nint hb_face_create(nint blob, uint index);

    [DllImport(Library)]
    private static extern void hb_face_destroy(nint face);

    [DllImport(Library)]
    private static extern nint hb_face_reference_blob(nint face);

    [DllImport(Library)]
    private static extern void hb_set_add(nint set, uint codepoint);

    [DllImport(Library)]
    private static extern nint hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(nint input);

    [DllImport(Library)]
    private static extern nint hb_subset_input_glyph_set(nint input);

    [DllImport(Library)]
    private static extern nint hb_subset_input_set(nint input, int setType);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(nint input, uint flags);

    [DllImport(Library)]
    private static extern nint hb_subset_or_fail(nint face, nint input);
}
