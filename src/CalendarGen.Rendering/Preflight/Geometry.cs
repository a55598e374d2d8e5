namespace CalendarGen.Rendering.Preflight;

/// <summary>A rectangle in page space (points from the bottom-left), normalised so that X0 ≤ X1 and Y0 ≤ Y1.</summary>
internal readonly record struct Rect(double X0, double Y0, double X1, double Y1)
{
    public Rect Intersect(Rect other) => new(Math.Max(X0, other.X0), Math.Max(Y0, other.Y0), Math.Min(X1, other.X1), Math.Min(Y1, other.Y1));

    public Rect Union(Rect other) => new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    public Rect Inflate(double by) => new(X0 - by, Y0 - by, X1 + by, Y1 + by);

    public bool Contains(double x, double y) => x >= X0 && x <= X1 && y >= Y0 && y <= Y1;

    public static Rect Of((double X0, double Y0, double X1, double Y1) box) => new(box.X0, box.Y0, box.X1, box.Y1);
}

/// <summary>PDF's 3×3 affine matrices as [a b c d e f], row-vector convention (a point times the matrix).</summary>
internal static class Matrix
{
    public static readonly double[] Identity = [1, 0, 0, 1, 0, 0];

    /// <summary>m × n: first <paramref name="m"/>, then <paramref name="n"/>.</summary>
    public static double[] Multiply(double[] m, double[] n) =>
    [
        (m[0] * n[0]) + (m[1] * n[2]), (m[0] * n[1]) + (m[1] * n[3]),
        (m[2] * n[0]) + (m[3] * n[2]), (m[2] * n[1]) + (m[3] * n[3]),
        (m[4] * n[0]) + (m[5] * n[2]) + n[4], (m[4] * n[1]) + (m[5] * n[3]) + n[5],
    ];

    public static (double X, double Y) Apply(double[] m, double x, double y) => ((m[0] * x) + (m[2] * y) + m[4], (m[1] * x) + (m[3] * y) + m[5]);

    /// <summary>The square root of the determinant: how a unit of length scales (exact for rotation and uniform scale).</summary>
    public static double Scale(double[] m) => Math.Sqrt(Math.Abs((m[0] * m[3]) - (m[1] * m[2])));

    /// <summary>The page-space bounds of a user-space rectangle.</summary>
    public static Rect Bounds(double[] m, double x0, double y0, double x1, double y1)
    {
        var (ax, ay) = Apply(m, x0, y0);
        var (bx, by) = Apply(m, x1, y0);
        var (cx, cy) = Apply(m, x0, y1);
        var (dx, dy) = Apply(m, x1, y1);
        return new Rect(Math.Min(Math.Min(ax, bx), Math.Min(cx, dx)), Math.Min(Math.Min(ay, by), Math.Min(cy, dy)),
            Math.Max(Math.Max(ax, bx), Math.Max(cx, dx)), Math.Max(Math.Max(ay, by), Math.Max(cy, dy)));
    }
}
