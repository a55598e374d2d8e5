using CalendarGen.Templates;
using CalendarGen.Templates.Files;
using PdfSharp.Fonts;

namespace CalendarGen.Rendering.Fonts;

/// <summary>
/// The one font resolver PDFsharp gets (it allows one per process): the shipped Be Vietnam Pro, never a system font.
/// Whatever installs it first — the imposer's slug, a test — gets the same resolver, so no code depends on the order.
/// </summary>
internal sealed class ShippedFontResolver : IFontResolver
{
    /// <summary>The family every PDFsharp-drawn text uses.</summary>
    public const string Family = "Be Vietnam Pro";

    private static readonly Lock Gate = new();

    /// <summary>Makes this the global resolver unless another one already is.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new ShippedFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName == Family ? new FontResolverInfo(bold ? "BeVietnamPro_700Bold" : "BeVietnamPro_400Regular") : null;

    public byte[]? GetFont(string faceName)
    {
        string path = Path.Combine(ShippedFiles.FontsDirectory, faceName + ".ttf");
        return InputFile.TryRead(path, InputKind.Font, out string? problem)
            ?? throw new InvalidOperationException($"the shipped font {path}: {problem}");
    }
}
