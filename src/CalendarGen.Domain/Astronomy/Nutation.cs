namespace CalendarGen.Domain.Astronomy;

/// <summary>
/// Nutation in longitude Δψ from J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapter 22: the largest terms of
/// the IAU 1980 theory (table 22.A) with the fundamental arguments D, M, M′, F, Ω of (22.1)–(22.5). The 34 terms
/// kept are those with a coefficient of 0.0011″ or more; the 29 dropped ones add up to a few thousandths of an
/// arcsecond, far below what a calendar date can feel.
/// </summary>
internal static class Nutation
{
    private const double Deg = Math.PI / 180.0;

    // Multiples of D, M, M', F, Ω; coefficient of sin in 0.0001″ and its rate per century.
    private static readonly (int D, int M, int Mp, int F, int Om, double S0, double S1)[] Terms =
    [
        (0, 0, 0, 0, 1, -171996, -174.2),
        (-2, 0, 0, 2, 2, -13187, -1.6),
        (0, 0, 0, 2, 2, -2274, -0.2),
        (0, 0, 0, 0, 2, 2062, 0.2),
        (0, 1, 0, 0, 0, 1426, -3.4),
        (0, 0, 1, 0, 0, 712, 0.1),
        (-2, 1, 0, 2, 2, -517, 1.2),
        (0, 0, 0, 2, 1, -386, -0.4),
        (0, 0, 1, 2, 2, -301, 0),
        (-2, -1, 0, 2, 2, 217, -0.5),
        (-2, 0, 1, 0, 0, -158, 0),
        (-2, 0, 0, 2, 1, 129, 0.1),
        (0, 0, -1, 2, 2, 123, 0),
        (2, 0, 0, 0, 0, 63, 0),
        (0, 0, 1, 0, 1, 63, 0.1),
        (2, 0, -1, 2, 2, -59, 0),
        (0, 0, -1, 0, 1, -58, -0.1),
        (0, 0, 1, 2, 1, -51, 0),
        (-2, 0, 2, 0, 0, 48, 0),
        (0, 0, -2, 2, 1, 46, 0),
        (2, 0, 0, 2, 2, -38, 0),
        (0, 0, 2, 2, 2, -31, 0),
        (0, 0, 2, 0, 0, 29, 0),
        (-2, 0, 1, 2, 2, 29, 0),
        (0, 0, 0, 2, 0, 26, 0),
        (-2, 0, 0, 2, 0, -22, 0),
        (0, 0, -1, 2, 1, 21, 0),
        (0, 2, 0, 0, 0, 17, -0.1),
        (2, 0, -1, 0, 1, 16, 0),
        (-2, 2, 0, 2, 2, -16, 0.1),
        (0, 1, 0, 0, 1, -15, 0),
        (-2, 0, 1, 0, 1, -13, 0),
        (0, -1, 0, 0, 1, -12, 0),
        (0, 0, 2, -2, 0, 11, 0),
    ];

    /// <summary>Δψ in arcseconds, <paramref name="t"/> in Julian centuries of TT from J2000.0.</summary>
    public static double InLongitudeArcSeconds(double t)
    {
        double t2 = t * t, t3 = t2 * t;
        double d = (297.85036 + 445267.111480 * t - 0.0019142 * t2 + t3 / 189474) * Deg;
        double m = (357.52772 + 35999.050340 * t - 0.0001603 * t2 - t3 / 300000) * Deg;
        double mp = (134.96298 + 477198.867398 * t + 0.0086972 * t2 + t3 / 56250) * Deg;
        double f = (93.27191 + 483202.017538 * t - 0.0036825 * t2 + t3 / 327270) * Deg;
        double om = (125.04452 - 1934.136261 * t + 0.0020708 * t2 + t3 / 450000) * Deg;

        double sum = 0;
        foreach (var term in Terms)
        {
            double arg = term.D * d + term.M * m + term.Mp * mp + term.F * f + term.Om * om;
            sum += (term.S0 + term.S1 * t) * Math.Sin(arg);
        }

        return sum * 0.0001;
    }
}
