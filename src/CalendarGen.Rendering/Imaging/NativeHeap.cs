using System.Runtime.InteropServices;

namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// glibc's malloc raises its mmap threshold each time a large block is freed, so ImageMagick's per-photo buffers
/// (tens of MB, freed after each conversion) then come from the heap and are not returned: in bench/photo-press.sh the
/// process grew by about 50 MB a photo. Setting M_MMAP_THRESHOLD explicitly turns the adjustment off (mallopt(3)), so
/// large blocks are mapped and unmapped as before.
/// </summary>
internal static class NativeHeap
{
    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD in <malloc.h>

    private static int done;

    /// <summary>Keeps large native allocations out of the heap (glibc only; elsewhere nothing to do).</summary>
    public static void KeepLargeBlocksMapped()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref done, 1) == 1)
        {
            return;
        }

        try
        {
            _ = Mallopt(MmapThreshold, 128 * 1024);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl and other C libraries: no mallopt, and no such adjustment either.
        }
    }

    // DllImport, not LibraryImport: two ints need no marshalling, and the project compiles no unsafe code. glibc by its
    // soname ("libc" would find the libc.so linker script).
    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int Mallopt(int parameter, int value);
}
