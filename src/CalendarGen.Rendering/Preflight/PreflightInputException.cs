namespace CalendarGen.Rendering.Preflight;

/// <summary>The file given to preflight is not a PDF it can read: not a PDF, encrypted, or damaged beyond reading.</summary>
public sealed class PreflightInputException : Exception
{
    /// <summary>Creates the exception with the reason, phrased to follow the file name.</summary>
    public PreflightInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
