using SkiaSharp;

namespace CalendarGen.Tools.SamplePhotos;

/// <summary>
/// Draws the sample photos of the wall-13-photo template: for each month a procedural landscape (sky, sun, mountain
/// ridges, rice terraces, water) in that month's season, and for the cover a colour chart. Everything comes from fixed
/// numbers and a seeded generator, so the same build writes the same bytes. Usage:
/// <c>dotnet run --project tools/SamplePhotos -- [OUTPUT_DIR]</c> (default templates/photos/wall-13-photo).
/// </summary>
public static class Program
{
    /// <summary>The month photo's size: the photo frame of wall-13-photo (316 × 203 mm with bleed) at 300 ppi.</summary>
    public const int MonthWidth = 3740, MonthHeight = 2400;

    /// <summary>The cover photo's size: its frame (260 × 95 mm) at 300 ppi.</summary>
    public const int CoverWidth = 3072, CoverHeight = 1124;

    private const int Quality = 86;

    public static int Main(string[] args)
    {
        string folder = args.Length > 0 ? args[0] : Path.Combine("templates", "photos", "wall-13-photo");
        Directory.CreateDirectory(folder);
        Write(Path.Combine(folder, "cover.jpg"), CoverWidth, CoverHeight, ColourChart.Draw);
        for (int month = 1; month <= 12; month++)
        {
            var season = Season.Of(month);
            Write(Path.Combine(folder, $"{month:D2}.jpg"), MonthWidth, MonthHeight, (canvas, w, h) => Landscape.Draw(canvas, w, h, season, (ulong)month));
        }

        return 0;
    }

    /// <summary>Draws into an sRGB surface and writes it as a JPEG.</summary>
    public static void Write(string path, int width, int height, Action<SKCanvas, int, int> draw)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("cannot make a drawing surface");
        draw(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, Quality) ?? throw new InvalidOperationException("JPEG encoding failed");
        File.WriteAllBytes(path, data.ToArray());
        Console.WriteLine($"{path}: {width} × {height} px, {data.Size:N0} bytes");
    }
}

/// <summary>A small seeded generator (SplitMix64), the same on every platform and runtime.</summary>
internal sealed class Seeded(ulong seed)
{
    private ulong state = seed * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL;

    /// <summary>A number in [0, 1).</summary>
    public double Next()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A number in [min, max).</summary>
    public double Between(double min, double max) => min + (max - min) * Next();
}

/// <summary>The colours and light of a month's landscape.</summary>
internal sealed record Season(
    SKColor SkyTop, SKColor SkyHorizon, SKColor Sun, double SunX, double SunY,
    SKColor FarRidge, SKColor NearRidge, SKColor TerraceA, SKColor TerraceB, SKColor TerraceEdge,
    bool Water, double Mist, SKColor? Blossom)
{
    private static SKColor C(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);

    /// <summary>Northern Vietnam through the year: Tết blossom, spring green, summer rice, monsoon, golden harvest, winter mist.</summary>
    public static Season Of(int month) => month switch
    {
        1 => new(C(0x9FB4C8), C(0xF1DCD6), C(0xFFF1E0), 0.72, 0.30, C(0xB9B3C2), C(0x7E8C8A), C(0x8C9A6B), C(0x9CA877), C(0xD9D8C6), true, 0.55, C(0xF2A0B5)),
        2 => new(C(0x8FB3D6), C(0xF6E3DA), C(0xFFF4E6), 0.30, 0.28, C(0xA9B4C6), C(0x6F8C76), C(0x8DA86A), C(0xA2B97C), C(0xDCE3C8), false, 0.40, C(0xF7B6C8)),
        3 => new(C(0x6FA8DC), C(0xE4EEF2), C(0xFFF8E8), 0.62, 0.22, C(0x9DB6C9), C(0x5E8A64), C(0x7FB069), C(0x95C27A), C(0xD4E8C8), true, 0.25, null),
        4 => new(C(0x5C9BD6), C(0xDDEBF0), C(0xFFF6DC), 0.40, 0.20, C(0x93B0C4), C(0x4F8A5A), C(0x6DB35A), C(0x86C46C), C(0xC8E6C0), false, 0.15, null),
        5 => new(C(0x4A8FD4), C(0xD7E9F2), C(0xFFF3C8), 0.78, 0.18, C(0x86A9C2), C(0x3F7F4E), C(0x5CAE4A), C(0x7CC35E), C(0xBFE3B4), true, 0.10, null),
        6 => new(C(0x3F86CF), C(0xE0EEF0), C(0xFFEFB8), 0.22, 0.16, C(0x7FA3BC), C(0x3A7A45), C(0x4FA23F), C(0x6DBA4E), C(0xB6DEA8), false, 0.08, null),
        7 => new(C(0x5B7FA6), C(0xC9D6DD), C(0xFFF2D0), 0.55, 0.25, C(0x7C93A6), C(0x35684A), C(0x3F8E3A), C(0x56A24A), C(0xA7CFA0), true, 0.35, null),
        8 => new(C(0x6E8FB5), C(0xE6E2D0), C(0xFFE9B0), 0.35, 0.24, C(0x8A9FB0), C(0x4A7448), C(0x7FA63A), C(0x9AB84A), C(0xD2DDB0), false, 0.20, null),
        9 => new(C(0x5E96CF), C(0xF3E6C4), C(0xFFE39A), 0.70, 0.26, C(0x9AA9B8), C(0x687A4A), C(0xD9B23C), C(0xE6C457), C(0xF3E2A6), true, 0.12, null),
        10 => new(C(0x7FA4CC), C(0xF5DDB4), C(0xFFD88A), 0.28, 0.30, C(0xA4A8B4), C(0x7A7048), C(0xC99A2E), C(0xDDB04A), C(0xEFD79A), false, 0.18, null),
        11 => new(C(0x8DA3BA), C(0xEED9C2), C(0xFFDDB0), 0.80, 0.34, C(0xAAAAB6), C(0x76705E), C(0xA89A6E), C(0xB8AC80), C(0xDCD3BC), true, 0.45, null),
        _ => new(C(0x7C8FA8), C(0xE2D9D4), C(0xFFE8D0), 0.45, 0.36, C(0xA3A7B5), C(0x66706C), C(0x8E9278), C(0x9EA288), C(0xD2D2C4), false, 0.65, C(0xE86A5A)),
    };
}

/// <summary>The month landscape, drawn back to front.</summary>
internal static class Landscape
{
    public static void Draw(SKCanvas canvas, int width, int height, Season s, ulong seed)
    {
        var random = new Seeded(seed);
        float w = width, h = height, horizon = h * 0.50f;

        using (var sky = new SKPaint { IsAntialias = true })
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, horizon), [s.SkyTop, s.SkyHorizon], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, w, h, sky);
        }

        var sun = new SKPoint((float)(s.SunX * w), (float)(s.SunY * h));
        using (var glow = new SKPaint { IsAntialias = true })
        {
            glow.Shader = SKShader.CreateRadialGradient(sun, h * 0.35f, [s.Sun.WithAlpha(170), s.Sun.WithAlpha(0)], SKShaderTileMode.Clamp);
            canvas.DrawCircle(sun, h * 0.35f, glow);
            glow.Shader = null;
            glow.Color = s.Sun;
            canvas.DrawCircle(sun, h * 0.045f, glow);
        }

        // Mountain ridges, far to near: each lower and darker (atmospheric perspective).
        const int ridges = 4;
        for (int i = 0; i < ridges; i++)
        {
            double t = i / (double)(ridges - 1);
            float baseY = horizon - h * 0.16f + (float)(t * h * 0.16);
            var colour = Mix(Mix(s.FarRidge, s.SkyHorizon, 0.35 * (1 - t)), s.NearRidge, t);
            Ridge(canvas, w, h, baseY, h * (0.07f + 0.05f * (float)t), colour, random);
            if (s.Mist > 0)
            {
                Mist(canvas, w, baseY + h * 0.04f, h * 0.10f, s.SkyHorizon, s.Mist * (1 - 0.5 * t));
            }
        }

        float terracesTop = horizon + h * 0.06f, terracesBottom = s.Water ? h * 0.84f : h;
        Terraces(canvas, w, terracesTop, terracesBottom, s, random);
        if (s.Blossom is { } blossom)
        {
            Blossoms(canvas, w, h, blossom, random);
        }

        if (s.Water)
        {
            Water(canvas, w, h, terracesBottom, s, random);
        }
    }

    /// <summary>A ridge line from a few sines of random phase, filled down to the bottom.</summary>
    private static void Ridge(SKCanvas canvas, float w, float h, float baseY, float amplitude, SKColor colour, Seeded random)
    {
        var waves = Enumerable.Range(0, 4).Select(k => (Frequency: (1.2 + k * 1.7) * random.Between(0.8, 1.2), Phase: random.Between(0, 2 * Math.PI), Weight: 1.0 / (k + 1))).ToList();
        double total = waves.Sum(v => v.Weight);
        using var path = new SKPathBuilder();
        path.MoveTo(0, h);
        for (int x = 0; x <= (int)w; x += 8)
        {
            double u = x / (double)w, y = 0;
            foreach (var (frequency, phase, weight) in waves)
            {
                y += weight * Math.Sin(2 * Math.PI * frequency * u + phase);
            }

            path.LineTo(x, baseY - (float)(y / total) * amplitude);
        }

        path.LineTo(w, h);
        path.Close();
        using var paint = new SKPaint { IsAntialias = true, Color = colour };
        using (var ridge = path.Detach())
        {
            canvas.DrawPath(ridge, paint);
        }
    }

    private static void Mist(SKCanvas canvas, float w, float y, float depth, SKColor colour, double strength)
    {
        using var paint = new SKPaint { IsAntialias = true };
        byte alpha = (byte)Math.Clamp(strength * 200, 0, 255);
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, y - depth), new SKPoint(0, y + depth),
            [colour.WithAlpha(0), colour.WithAlpha(alpha), colour.WithAlpha(0)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, y - depth, w, 2 * depth, paint);
    }

    /// <summary>Rice terraces: bands following a hill's contours, each edged by a bright bank catching the light.</summary>
    private static void Terraces(SKCanvas canvas, float w, float top, float bottom, Season s, Seeded random)
    {
        const int bands = 16;
        double hillCentre = random.Between(0.3, 0.7), hillWidth = random.Between(0.35, 0.55);
        var phases = Enumerable.Range(0, bands + 1).Select(_ => random.Between(0, 2 * Math.PI)).ToArray();
        float Edge(int i, double u)
        {
            double t = i / (double)bands;
            double bump = Math.Exp(-Math.Pow((u - hillCentre) / hillWidth, 2));
            // Bands crowd together near the top (farther away) and bulge over the hill.
            double y = top + (bottom - top) * Math.Pow(t, 1.35) - bump * (bottom - top) * 0.18 * (1 - t);
            return (float)(y + Math.Sin(u * 9 + phases[i]) * (bottom - top) * 0.008 * (0.3 + t));
        }

        using var fill = new SKPaint { IsAntialias = true };
        using var bank = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        for (int i = 0; i < bands; i++)
        {
            using var path = new SKPathBuilder();
            path.MoveTo(0, Edge(i, 0));
            for (int x = 0; x <= (int)w; x += 10)
            {
                path.LineTo(x, Edge(i, x / (double)w));
            }

            path.LineTo(w, bottom + 2);
            path.LineTo(0, bottom + 2);
            path.Close();
            double t = i / (double)bands;
            var colour = Mix(i % 2 == 0 ? s.TerraceA : s.TerraceB, s.NearRidge, 0.35 * (1 - t));
            fill.Shader = SKShader.CreateLinearGradient(new SKPoint(0, Edge(i, 0.5)), new SKPoint(0, Edge(i, 0.5) + (bottom - top) / bands * 2),
                [Mix(colour, s.TerraceEdge, 0.25), colour], SKShaderTileMode.Clamp);
            using (var band = path.Detach())
            {
                canvas.DrawPath(band, fill);
            }

            using var edge = new SKPathBuilder();
            edge.MoveTo(0, Edge(i, 0));
            for (int x = 0; x <= (int)w; x += 10)
            {
                edge.LineTo(x, Edge(i, x / (double)w));
            }

            bank.Color = s.TerraceEdge.WithAlpha(200);
            bank.StrokeWidth = (float)(2 + 6 * t);
            using var line = edge.Detach();
            canvas.DrawPath(line, bank);
        }
    }

    /// <summary>Peach or bauhinia blossom: a branch across a top corner with soft round flowers.</summary>
    private static void Blossoms(SKCanvas canvas, float w, float h, SKColor colour, Seeded random)
    {
        using var branch = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = new SKColor(0x4A, 0x36, 0x2C), StrokeCap = SKStrokeCap.Round };
        using var flower = new SKPaint { IsAntialias = true };
        var start = new SKPoint(w * 1.02f, h * 0.05f);
        var points = new List<SKPoint> { start };
        var p = start;
        for (int i = 0; i < 7; i++)
        {
            var next = new SKPoint(p.X - w * (float)random.Between(0.04, 0.07), p.Y + h * (float)random.Between(0.01, 0.05));
            branch.StrokeWidth = h * (0.018f - 0.002f * i);
            canvas.DrawLine(p, next, branch);
            points.Add(next);
            p = next;
        }

        foreach (var at in points.Skip(1))
        {
            for (int k = 0; k < 5; k++)
            {
                var centre = new SKPoint(at.X + h * (float)random.Between(-0.05, 0.05), at.Y + h * (float)random.Between(-0.05, 0.05));
                float r = h * (float)random.Between(0.012, 0.022);
                flower.Shader = SKShader.CreateRadialGradient(centre, r, [Mix(colour, SKColors.White, 0.5), colour], SKShaderTileMode.Clamp);
                canvas.DrawCircle(centre, r, flower);
            }
        }
    }

    /// <summary>Still water at the foot: the sky's colours mirrored, with a few bright ripples.</summary>
    private static void Water(SKCanvas canvas, float w, float h, float top, Season s, Seeded random)
    {
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, h), [Mix(s.SkyHorizon, s.NearRidge, 0.3), Mix(s.SkyTop, s.NearRidge, 0.25)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, top, w, h - top, paint);
        paint.Shader = null;
        paint.Color = s.Sun.WithAlpha(110);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeCap = SKStrokeCap.Round;
        for (int i = 0; i < 40; i++)
        {
            float y = top + (h - top) * (float)random.Between(0.05, 0.95);
            float x = (float)(s.SunX * w + random.Between(-0.12, 0.12) * w);
            float length = w * (float)random.Between(0.02, 0.08) * (y - top) / (h - top);
            paint.StrokeWidth = 3 + 5 * (y - top) / (h - top);
            canvas.DrawLine(x - length, y, x + length, y, paint);
        }
    }

    public static SKColor Mix(SKColor a, SKColor b, double t) => new(
        (byte)Math.Round(a.Red + (b.Red - a.Red) * t), (byte)Math.Round(a.Green + (b.Green - a.Green) * t), (byte)Math.Round(a.Blue + (b.Blue - a.Blue) * t));
}

/// <summary>The cover: a colour chart of hues by lightness, a grey ramp and the primaries, on white.</summary>
internal static class ColourChart
{
    public static void Draw(SKCanvas canvas, int width, int height)
    {
        canvas.Clear(SKColors.White);
        const int columns = 24, rows = 5;
        float margin = height * 0.06f, gap = height * 0.012f;
        float cell = (width - 2 * margin - (columns - 1) * gap) / columns;
        using var paint = new SKPaint { IsAntialias = true };
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                float hue = 360f * c / columns, saturation = 85 - 8 * r, lightness = 28 + 12 * r;
                paint.Color = SKColor.FromHsl(hue, saturation, lightness);
                canvas.DrawRect(margin + c * (cell + gap), margin + r * (cell + gap), cell, cell, paint);
            }
        }

        // A grey ramp from black to white, then the process primaries and secondaries as sRGB approximations.
        float y = margin + rows * (cell + gap) + gap * 2;
        for (int c = 0; c < columns; c++)
        {
            byte v = (byte)Math.Round(255.0 * c / (columns - 1));
            paint.Color = new SKColor(v, v, v);
            canvas.DrawRect(margin + c * (cell + gap), y, cell, cell * 0.6f, paint);
        }

        SKColor[] primaries = [new(0x00, 0xA0, 0xE3), new(0xE5, 0x00, 0x7E), new(0xFF, 0xED, 0x00), new(0x1D, 0x1D, 0x1B), new(0xE3, 0x06, 0x13), new(0x00, 0x96, 0x40), new(0x2D, 0x2E, 0x83), new(0xF3, 0xB6, 0x19)];
        float top = y + cell * 0.6f + gap * 2, band = (width - 2 * margin) / primaries.Length;
        for (int i = 0; i < primaries.Length; i++)
        {
            paint.Color = primaries[i];
            canvas.DrawRect(margin + i * band, top, band, height - margin - top, paint);
        }
    }
}
