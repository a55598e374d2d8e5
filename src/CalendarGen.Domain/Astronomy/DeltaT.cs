namespace CalendarGen.Domain.Astronomy;

/// <summary>
/// ΔT = TT − UT in seconds, from the polynomial expressions of F. Espenak and J. Meeus,
/// "Five Millennium Canon of Solar Eclipses: −1999 to +3000" (NASA/TP-2006-214141), section 2.6,
/// as published on NASA's eclipse web site ("Polynomial Expressions for Delta T").
/// Only the pieces covering 1800–2300 are kept: the calendar's range is 1900–2199.
/// </summary>
internal static class DeltaT
{
    /// <summary>ΔT in seconds for a decimal year (e.g. 2026.5 is the middle of 2026).</summary>
    public static double Seconds(double y)
    {
        double t;
        if (y < 1860)
        {
            t = y - 1800;
            return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * t * t * t - 0.00037436 * Math.Pow(t, 4)
                + 0.0000121272 * Math.Pow(t, 5) - 0.0000001699 * Math.Pow(t, 6) + 0.000000000875 * Math.Pow(t, 7);
        }

        if (y < 1900)
        {
            t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t - 0.0004473624 * Math.Pow(t, 4)
                + Math.Pow(t, 5) / 233174;
        }

        if (y < 1920)
        {
            t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.Pow(t, 4);
        }

        if (y < 1941)
        {
            t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }

        if (y < 1961)
        {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }

        if (y < 1986)
        {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }

        if (y < 2005)
        {
            t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.Pow(t, 4)
                + 0.00002373599 * Math.Pow(t, 5);
        }

        if (y < 2050)
        {
            t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }

        double u = (y - 1820) / 100;
        if (y < 2150)
        {
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }

        return -20 + 32 * u * u;
    }

    /// <summary>ΔT in days for a Julian Ephemeris Day (the decimal year is taken from it).</summary>
    public static double DaysAt(double julianDay) => Seconds(DecimalYear(julianDay)) / 86400.0;

    /// <summary>The decimal year of a Julian Day, J2000.0 = 2000.0 (good to well under a day, which is all ΔT needs).</summary>
    public static double DecimalYear(double julianDay) => 2000.0 + (julianDay - 2451545.0) / 365.2425;
}
