namespace CalendarGen.Domain.Astronomy;

/// <summary>
/// The Sun's apparent geocentric longitude, following J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapter 25
/// "Solar Coordinates", higher-accuracy method: the Earth's heliocentric position from VSOP87 (chapter 32, the
/// abridged series of Appendix III), reversed to geocentric, reduced to the FK5 system (25.9), then corrected for
/// nutation in longitude (chapter 22) and aberration (25.10). Error is about one arcsecond, i.e. under half a minute
/// of time for a solar term.
/// </summary>
internal static class Sun
{
    private const double Deg = Math.PI / 180.0;
    private const double TropicalYear = 365.242189;

    /// <summary>Apparent longitude of the Sun in degrees [0, 360) at a Julian Ephemeris Day (TT).</summary>
    public static double ApparentLongitude(double jde)
    {
        double tau = (jde - 2451545.0) / 365250.0;
        double t = tau * 10;

        // Geocentric longitude Θ = L + 180°; the latitude does not enter the longitude.
        double theta = Vsop87Earth.Longitude(tau) / Deg + 180.0;
        double r = Vsop87Earth.Radius(tau);

        // (25.9) reduction to the FK5 system: ΔΘ = −0.09033″.
        theta -= 0.09033 / 3600.0;

        // Nutation in longitude, then aberration −20.4898″ / R.
        double apparent = theta + Nutation.InLongitudeArcSeconds(t) / 3600.0 - 20.4898 / 3600.0 / r;
        return Normalize(apparent);
    }

    /// <summary>
    /// The Julian Ephemeris Day (TT) at which the apparent longitude reaches <paramref name="longitude"/> degrees,
    /// searched near <paramref name="guess"/> (within a few weeks). Newton steps on the mean motion converge to
    /// well under a second in four or five iterations.
    /// </summary>
    public static double TimeOfLongitude(double longitude, double guess)
    {
        double jde = guess;
        for (int i = 0; i < 12; i++)
        {
            double delta = Normalize(longitude - ApparentLongitude(jde) + 180.0) - 180.0;
            double step = delta * TropicalYear / 360.0;
            jde += step;
            if (Math.Abs(step) < 1e-7)
            {
                break;
            }
        }

        return jde;
    }

    internal static double Normalize(double degrees)
    {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
