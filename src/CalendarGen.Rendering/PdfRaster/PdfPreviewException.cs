namespace CalendarGen.Rendering.PdfRaster;

/// <summary>A PDF that cannot be previewed: unreadable, damaged, or over a resource cap. The message names no file.</summary>
public sealed class PdfPreviewException(string message) : Exception(message);
