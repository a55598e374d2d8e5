namespace CalendarGen.Rendering.PdfRaster;

/// <summary>
/// A PDF that cannot be previewed: unreadable, damaged, or over a resource cap. The message names no file and is one
/// line (a parser's multi-line message is joined).
/// </summary>
public sealed class PdfPreviewException(string message)
    : Exception(string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
