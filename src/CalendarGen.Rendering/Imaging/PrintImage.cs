namespace CalendarGen.Rendering.Imaging;

/// <summary>
/// An image as it goes into a press PDF: 8-bit DeviceCMYK or DeviceGray samples, already encoded for its /Filter
/// (/DCTDecode: a JPEG; /FlateDecode: zlib), with /Decode [1 0 1 0 1 0 1 0] when the JPEG is Adobe-inverted CMYK.
/// </summary>
/// <param name="Width">Pixels across.</param>
/// <param name="Height">Pixels down.</param>
/// <param name="Gray">DeviceGray (else DeviceCMYK).</param>
/// <param name="Jpeg">The data is a JPEG (/DCTDecode); else zlib-compressed samples (/FlateDecode).</param>
/// <param name="InvertedCmyk">An Adobe (APP14) CMYK JPEG, whose samples are inverted.</param>
/// <param name="Data">The stream's bytes.</param>
/// <param name="InkPercentile">Total ink (C+M+Y+K, percent) that 99.9 % of the pixels stay at or below.</param>
/// <param name="InkMax">The highest total ink of any pixel, percent.</param>
internal sealed record PrintImage(int Width, int Height, bool Gray, bool Jpeg, bool InvertedCmyk, byte[] Data, double InkPercentile, double InkMax)
{
    public string ColorSpace => Gray ? "/DeviceGray" : "/DeviceCMYK";

    public string Filter => Jpeg ? "/DCTDecode" : "/FlateDecode";
}
