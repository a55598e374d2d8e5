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

/// <summary>
/// A PDF transformation matrix [a b c d e f] (a 3×3 affine matrix, row-vector convention: a point times the matrix),
/// a value so that walking a page allocates nothing for it.
/// </summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>The matrix of six operands (cm, Tm, a form's /Matrix).</summary>
    public static Matrix Of(double[] m) => new(m[0], m[1], m[2], m[3], m[4], m[5]);

    /// <summary>This, then <paramref name="next"/>: a point transformed by this and then by next.</summary>
    public Matrix Then(Matrix next) => new(
        (A * next.A) + (B * next.C), (A * next.B) + (B * next.D),
        (C * next.A) + (D * next.C), (C * next.B) + (D * next.D),
        (E * next.A) + (F * next.C) + next.E, (E * next.B) + (F * next.D) + next.F);

    public (double X, double Y) Apply(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    /// <summary>The square root of the determinant: how a unit of length scales (exact for rotation and uniform scale).</summary>
    public double Scale => Math.Sqrt(Math.Abs((A * D) - (B * C)));

    /// <summary>The page-space bounds of a user-space rectangle.</summary>
    public Rect Bounds(double x0, double y0, double x1, double y1)
    {
        var (ax, ay) = Apply(x0, y0);
        var (bx, by) = Apply(x1, y0);
        var (cx, cy) = Apply(x0, y1);
        var (dx, dy) = Apply(x1, y1);
        return new Rect(Math.Min(Math.Min(ax, bx), Math.Min(cx, dx)), Math.Min(Math.Min(ay, by), Math.Min(cy, dy)),
            Math.Max(Math.Max(ax, bx), Math.Max(cx, dx)), Math.Max(Math.Max(ay, by), Math.Max(cy, dy)));
    }
}
