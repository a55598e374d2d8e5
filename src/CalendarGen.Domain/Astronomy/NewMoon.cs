namespace CalendarGen.Domain.Astronomy;

/// <summary>
/// Instants of mean and true new moon from J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed. (1998), chapter 49
/// "Phases of the Moon": formula 49.1 for the mean phase, the periodic terms for the new moon, and the fourteen
/// additional corrections A1…A14 (planetary arguments). Meeus gives the result as good to a few seconds near the
/// present and well under a minute over 1900–2200, which is what the lunar calendar needs.
/// </summary>
internal static class NewMoon
{
    /// <summary>Lunation number k = 0 is the new moon of 2000-01-06.</summary>
    public const double SynodicMonth = 29.530588861;

    private const double Deg = Math.PI / 180.0;

    /// <summary>The Julian Ephemeris Day (TT) of true new moon number <paramref name="k"/>.</summary>
    public static double JulianEphemerisDay(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;

        // (49.1) mean phase.
        double jde = 2451550.09766 + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        // (47.6) eccentricity of the Earth's orbit, applied to terms that contain M.
        double e = 1 - 0.002516 * t - 0.0000074 * t2;

        // (49.4)–(49.7) Sun's and Moon's mean anomaly, Moon's argument of latitude, longitude of the node.
        double m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * Deg;
        double mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * Deg;
        double f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * Deg;
        double om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * Deg;

        // Periodic terms for the new moon (table in chapter 49, "New Moon" column).
        double periodic =
            -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(om)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        // Additional corrections for all phases: planetary arguments A1…A14 (degrees) and their coefficients (days).
        double additional =
            0.000325 * Math.Sin((299.77 + 0.107408 * k - 0.009173 * t2) * Deg)
            + 0.000165 * Math.Sin((251.88 + 0.016321 * k) * Deg)
            + 0.000164 * Math.Sin((251.83 + 26.651886 * k) * Deg)
            + 0.000126 * Math.Sin((349.42 + 36.412478 * k) * Deg)
            + 0.000110 * Math.Sin((84.66 + 18.206239 * k) * Deg)
            + 0.000062 * Math.Sin((141.74 + 53.303771 * k) * Deg)
            + 0.000060 * Math.Sin((207.14 + 2.453732 * k) * Deg)
            + 0.000056 * Math.Sin((154.84 + 7.306860 * k) * Deg)
            + 0.000047 * Math.Sin((34.52 + 27.261239 * k) * Deg)
            + 0.000042 * Math.Sin((207.19 + 0.121824 * k) * Deg)
            + 0.000040 * Math.Sin((291.34 + 1.844379 * k) * Deg)
            + 0.000037 * Math.Sin((161.72 + 24.198154 * k) * Deg)
            + 0.000035 * Math.Sin((239.56 + 25.513099 * k) * Deg)
            + 0.000023 * Math.Sin((331.55 + 3.592518 * k) * Deg);

        return jde + periodic + additional;
    }

    /// <summary>The Julian Day (UT) of true new moon number <paramref name="k"/>.</summary>
    public static double JulianDayUniversal(int k)
    {
        double jde = JulianEphemerisDay(k);
        return jde - DeltaT.DaysAt(jde);
    }

    /// <summary>The lunation number of the last mean new moon at or before a Julian Day.</summary>
    public static int LunationBefore(double julianDay) =>
        (int)Math.Floor((julianDay - 2451550.09766) / SynodicMonth);
}
