using CalendarGen.Domain.Astronomy;

namespace CalendarGen.Domain.Tests.Astronomy;

/// <summary>The worked examples of Meeus, <i>Astronomical Algorithms</i> (2nd ed.), and published ΔT values.</summary>
public sealed class AstronomyTests
{
    [Fact]
    public void New_moon_of_February_1977_matches_Meeus_example_49a()
    {
        // k = −283: 1977 February 18, JDE 2443192.65118 (3h37m42s TD).
        Assert.Equal(2443192.65118, NewMoon.JulianEphemerisDay(-283), 5);
    }

    [Fact]
    public void Nutation_in_longitude_matches_Meeus_example_22a()
    {
        // 1987 April 10, 0h TD: Δψ = −3.788″ from the full 63-term table; the 34 terms kept are within 0.002″.
        double t = (2446895.5 - 2451545.0) / 36525.0;
        Assert.InRange(Nutation.InLongitudeArcSeconds(t), -3.790, -3.786);
    }

    [Fact]
    public void Apparent_solar_longitude_matches_Meeus_example_25b()
    {
        // 1992 October 13.0 TD: λ = 199°54′21.818″ (with the full VSOP87); the abridged series is within 0.1″.
        double expected = 199 + 54 / 60.0 + 21.818 / 3600.0;
        Assert.InRange(Sun.ApparentLongitude(2448908.5) - expected, -0.1 / 3600, 0.1 / 3600);
    }

    [Theory]
    [InlineData(1900.0, -2.79)]
    [InlineData(1950.0, 29.07)]
    [InlineData(1975.0, 45.45)]
    [InlineData(2000.0, 63.86)]
    [InlineData(2010.0, 66.70)]
    public void Delta_t_follows_the_Espenak_Meeus_polynomials(double year, double seconds)
    {
        Assert.Equal(seconds, DeltaT.Seconds(year), 1);
    }

    [Fact]
    public void Delta_t_is_continuous_across_the_polynomial_boundaries()
    {
        foreach (double boundary in new[] { 1860.0, 1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150 })
        {
            double jump = Math.Abs(DeltaT.Seconds(boundary - 1e-9) - DeltaT.Seconds(boundary));
            Assert.True(jump < 1.0, $"ΔT jumps by {jump:F2} s at {boundary}");
        }
    }

    [Theory]
    // Equinoxes and solstices, UT, as published by the US Naval Observatory (to the minute).
    [InlineData(0, "2024-03-20T03:06")]
    [InlineData(90, "2024-06-20T20:51")]
    [InlineData(180, "2024-09-22T12:44")]
    [InlineData(270, "2024-12-21T09:21")]
    [InlineData(0, "2025-03-20T09:01")]
    [InlineData(90, "2025-06-21T02:42")]
    [InlineData(180, "2025-09-22T18:19")]
    [InlineData(270, "2025-12-21T15:03")]
    public void Equinoxes_and_solstices_fall_within_a_minute_of_the_published_times(int longitude, string utc)
    {
        var expected = DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        double guess = (expected - DateTime.UnixEpoch).TotalDays + 2440587.5;
        double jde = Sun.TimeOfLongitude(longitude, guess + 3);
        double ut = jde - DeltaT.DaysAt(jde);
        var actual = DateTime.UnixEpoch.AddDays(ut - 2440587.5);
        Assert.InRange((actual - expected).TotalMinutes, -1.0, 1.0);
    }
}
