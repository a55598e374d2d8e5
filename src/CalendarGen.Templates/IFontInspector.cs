namespace CalendarGen.Templates;

/// <summary>
/// Checks a font file for the template validator. Implemented where the font library lives (the rendering project),
/// so that templates need no drawing library.
/// </summary>
public interface IFontInspector
{
    /// <summary>Null when the file is a usable font holding every one of <paramref name="characters"/>; else what is wrong.</summary>
    string? Check(string path, string characters);
}
