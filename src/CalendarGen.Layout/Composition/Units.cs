namespace CalendarGen.Layout.Composition;

/// <summary>Millimetres to points.</summary>
internal static class Units
{
    public const double PointsPerMm = 72.0 / 25.4;

    public static double Pt(double mm) => mm * PointsPerMm;
}
