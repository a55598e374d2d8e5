using System.Buffers.Binary;
using System.Text;
using CalendarGen.Templates.Files;

namespace CalendarGen.Templates.Tests.Files;

/// <summary>Images are checked from their headers and SVGs are made safe before any decoder sees them.</summary>
public sealed class ImageFileTests
{
    [Fact]
    public void A_small_png_claiming_a_huge_size_is_refused_from_its_header()
    {
        byte[] png = Png(100_000, 100_000);
        Assert.True(png.Length < 100);
        Assert.Null(ImageFile.Check(png, out string? problem));
        Assert.Contains("100000 × 100000", problem);
    }

    [Fact]
    public void A_png_and_a_jpeg_of_ordinary_size_pass_with_their_size()
    {
        var png = ImageFile.Check(Png(1200, 800), out _)!;
        Assert.Equal((ImageFormat.Png, 1200, 800), (png.Format, png.Width, png.Height));

        // SOI, an APP0 segment, then SOF0 with height 600 and width 900.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x02, 0x58, 0x03, 0x84, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9];
        var info = ImageFile.Check(jpeg, out _)!;
        Assert.Equal((ImageFormat.Jpeg, 900, 600), (info.Format, info.Width, info.Height));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_tiff_size_is_read_from_its_first_directory(bool littleEndian)
    {
        // A minimal TIFF header: the first IFD at 8 with ImageWidth (SHORT 1500) and ImageLength (LONG 1000).
        byte[] tiff = new byte[8 + 2 + (2 * 12) + 4];
        void U16(int at, int v)
        {
            if (littleEndian)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), (ushort)v);
            }
            else
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), (ushort)v);
            }
        }

        void U32(int at, uint v)
        {
            if (littleEndian)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at), v);
            }
            else
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), v);
            }
        }

        (littleEndian ? "II*\0"u8 : "MM\0*"u8).CopyTo(tiff);

        U32(4, 8);
        U16(8, 2);
        U16(10, 256);
        U16(12, 3);
        U32(14, 1);
        U16(18, 1500);
        U16(22, 257);
        U16(24, 4);
        U32(26, 1);
        U32(30, 1000);
        var info = ImageFile.Check(tiff, out string? problem);
        Assert.True(info is not null, problem);
        Assert.Equal((ImageFormat.Tiff, 1500, 1000), (info!.Format, info.Width, info.Height));
    }

    [Fact]
    public void Something_that_is_no_image_is_named_so()
    {
        Assert.Null(ImageFile.Check("GIF89a...."u8.ToArray(), out string? problem));
        Assert.Equal("is not a PNG, JPEG, TIFF or SVG image", problem);
        Assert.Null(ImageFile.Check("<html><body/></html>"u8.ToArray(), out problem));
        Assert.Contains("not an SVG", problem);
    }

    [Fact]
    public void An_svg_after_a_long_prolog_is_an_svg()
    {
        var svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generator: Adobe Illustrator 27.0 -->\n");
        svg.Append("<!-- ").Append(new string('x', 4000)).Append(" -->\n");
        svg.Append("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n");
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#123456\"/></svg>");
        var image = ImageFile.Check(Encoding.UTF8.GetBytes(svg.ToString()), out string? problem);
        Assert.True(image is not null, problem);
        string safe = Encoding.UTF8.GetString(image.Bytes);
        Assert.DoesNotContain("DOCTYPE", safe);
        Assert.Contains("<rect", safe);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"file:///etc/passwd\"/></svg>", "<image>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><use x:href=\"other.svg#a\"/></svg>", "outside itself")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(http://example.com/x)\"/></svg>", "outside itself")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(x.css);</style></svg>", "outside itself")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/shadow\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>", "external entity")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "<script>")]
    public void An_svg_that_reaches_outside_itself_is_refused(string svg, string expected)
    {
        Assert.Null(ImageFile.Check(Encoding.UTF8.GetBytes(svg), out string? problem));
        Assert.Contains(expected, problem);
        Assert.DoesNotContain("/etc/", problem);
    }

    [Fact]
    public void A_fragment_reference_and_a_gradient_url_are_fine()
    {
        const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><rect id=\"a\" width=\"1\" height=\"1\"/></defs><use href=\"#a\" fill=\"url(#g)\"/></svg>";
        Assert.NotNull(ImageFile.Check(Encoding.UTF8.GetBytes(Svg), out _));
    }

    [Fact]
    public void A_deeply_nested_svg_is_refused_before_the_svg_library_recurses_into_it()
    {
        string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<g>", 100_000)) + string.Concat(Enumerable.Repeat("</g>", 100_000)) + "</svg>";
        Assert.Null(ImageFile.Check(Encoding.UTF8.GetBytes(svg), out string? problem));
        Assert.Contains("levels deep", problem);
    }

    [Fact]
    public void An_entity_bomb_is_refused()
    {
        var dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY e0 \"xxxxxxxxxx\">");
        for (int i = 1; i < 12; i++)
        {
            dtd.Append($"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">");
        }

        string svg = dtd + "]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e11;</text></svg>";
        Assert.Null(ImageFile.Check(Encoding.UTF8.GetBytes(svg), out string? problem));
        Assert.Contains("entity", problem);
    }

    [Fact]
    public void Malformed_xml_gives_its_line_and_not_its_text()
    {
        byte[] svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect x=\"1\" secret-value />\n</svg>");
        Assert.Null(ImageFile.Check(svg, out string? problem));
        Assert.StartsWith("line 2", problem);
        Assert.DoesNotContain("secret", problem);
    }

    /// <summary>A minimal PNG header: signature, IHDR with the given size, IEND (no pixels; CRCs are not checked here).</summary>
    private static byte[] Png(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Span<byte> ihdr = stackalloc byte[25];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, 13);
        "IHDR"u8.CopyTo(ihdr[4..]);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[8..], width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[12..], height);
        ihdr[16] = 8;
        ihdr[17] = 2;
        stream.Write(ihdr);
        stream.Write([0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82]);
        return stream.ToArray();
    }
}
