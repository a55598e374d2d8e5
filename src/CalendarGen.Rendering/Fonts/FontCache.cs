using System.Collections.Concurrent;
using CalendarGen.Templates.Files;
using SkiaSharp;

namespace CalendarGen.Rendering.Fonts;

/// <summary>
/// Typefaces by file path, loaded once and shared (thread-safe). Only font files named by templates are ever used:
/// there is no fallback to system fonts, so output never depends on the machine.
/// </summary>
public sealed class FontCache : IDisposable
{
    /// <summary>Advances scale linearly with size; metrics are taken at this size and scaled.</summary>
    internal const float ReferenceSize = 1000f;

    private readonly ConcurrentDictionary<string, Lazy<LoadedFont>> fonts = new(StringComparer.Ordinal);

    /// <summary>The font of a file; throws <see cref="InvalidDataException"/> if it is not a usable font.</summary>
    internal LoadedFont Get(string path) =>
        fonts.GetOrAdd(path, p => new Lazy<LoadedFont>(() => LoadedFont.Open(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var font in fonts.Values.Where(f => f.IsValueCreated))
        {
            font.Value.Dispose();
        }

        fonts.Clear();
    }
}

/// <summary>A typeface with a font object at the reference size for measuring.</summary>
internal sealed class LoadedFont : IDisposable
{
    private readonly object gate = new();

    private LoadedFont(SKTypeface typeface)
    {
        Typeface = typeface;
        Reference = new SKFont(typeface, FontCache.ReferenceSize) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };
        Reference.GetFontMetrics(out var metrics);
        Metrics = metrics;
    }

    public SKTypeface Typeface { get; }

    /// <summary>Measuring font at <see cref="FontCache.ReferenceSize"/>; use under <see cref="Gate"/>.</summary>
    public SKFont Reference { get; }

    public object Gate => gate;

    public SKFontMetrics Metrics { get; }

    public static LoadedFont Open(string path)
    {
        byte[] bytes = InputFile.TryRead(path, InputKind.Font, out string? problem)
            ?? throw new InvalidDataException($"font file {path}: {problem}");
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data) ?? throw new InvalidDataException($"{path} is not a font file Skia can read");
        return new LoadedFont(typeface);
    }

    public void Dispose()
    {
        Reference.Dispose();
        Typeface.Dispose();
    }
}
