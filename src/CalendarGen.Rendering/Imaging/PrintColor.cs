using System.Security.Cryptography;
using CalendarGen.Templates.Model;

namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// How photos become press colours: the CMYK output profile, the sRGB profile untagged RGB images are read in, the
/// rendering intent and black-point compensation, and where converted images are cached (null: no cache).
/// </summary>
internal sealed record PrintColor(byte[] OutputProfile, byte[] SourceRgb, RenderingIntent Intent, bool BlackPointCompensation, string? CacheDirectory)
{
    /// <summary>Changes whenever converted bytes would change without the inputs changing (encoder settings, this code).</summary>
    public const string EncoderVersion = "cg-img-1;jpeg-q95-1x1-huffman-standard;flate-optimal;magick-15.1.0-q8";

    /// <summary>What, besides the image, decides the converted bytes: part of every cache key.</summary>
    public string Fingerprint { get; } = Convert.ToHexStringLower(SHA256.HashData(OutputProfile)) + ";" + Convert.ToHexStringLower(SHA256.HashData(SourceRgb))
        + ";" + Intent + ";" + (BlackPointCompensation ? "bpc" : "nobpc") + ";" + EncoderVersion;
}
