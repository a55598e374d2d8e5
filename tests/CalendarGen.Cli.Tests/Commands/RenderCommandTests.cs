namespace CalendarGen.Cli.Tests.Commands;

public sealed class RenderCommandTests : IDisposable
{
    private readonly TempFolder temp = new("calendargen-render-");

    public void Dispose() => temp.Dispose();

    private string Write(string name, string text) => temp.Write(name, text);

    [Fact]
    public void Render_writes_the_pdf_and_says_what_it_wrote()
    {
        string output = Path.Combine(temp.Path, "wall.pdf");
        var result = CliRunner.Run("render", "wall-7", "--year", "2027", "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("7 pages", result.Output);
        Assert.StartsWith("%PDF-", File.ReadAllText(output)[..5]);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void Two_renders_of_the_same_input_are_byte_identical_and_honour_SOURCE_DATE_EPOCH()
    {
        string a = Path.Combine(temp.Path, "a.pdf"), b = Path.Combine(temp.Path, "b.pdf");
        CliRunner.Run("render", "desk-tent", "--year", "2027", "-o", a);
        CliRunner.Run("render", "desk-tent", "--year", "2027", "-o", b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.Contains("D:20260101000000", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(a)));
    }

    [Fact]
    public void A_text_that_cannot_fit_is_one_error_naming_template_line_frame_and_date_and_nothing_is_written()
    {
        string template = Write("tight.yaml", "extends: block-dai\npages:\n  day:\n    - { id: weekday, size: 60, min_size: 50 }\n");
        string output = Path.Combine(temp.Path, "tight.pdf");
        File.WriteAllText(output, "previous file");
        var result = CliRunner.Run("render", template, "--year", "2027", "-o", output);
        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("tight.yaml:4:", line); // the file and line that last changed the frame
        Assert.Contains("frame 'weekday' on 2027-01-01", line);
        Assert.Contains("does not fit", line);
        Assert.Equal("previous file", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void A_character_missing_from_the_font_is_an_error_naming_the_character_font_and_frame_before_any_page_is_drawn()
    {
        string template = Write("cjk.yaml", "extends: block-trung\npages:\n  day:\n    - { id: note, type: text, x: 8, y: 130, width: 89, height: 8, text: \"春 {day}\" }\n");
        var result = CliRunner.Run("render", template, "--year", "2027", "-o", Path.Combine(temp.Path, "cjk.pdf"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no glyph for '春' (U+6625)", result.Error);
        Assert.Contains("BeVietnamPro_400Regular.ttf", result.Error);
        Assert.Contains("cjk.yaml:4:", result.Error);
        Assert.Contains("frame 'note'", result.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "cjk.pdf")));

        // templates validate finds the same problem: it runs every check render runs that needs no year.
        var validate = CliRunner.Run("templates", "validate", template);
        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("no glyph for '春' (U+6625)", validate.Error);
    }

    [Theory]
    [InlineData(new[] { "render", "no-such-template", "--year", "2027" }, "no such template")]
    [InlineData(new[] { "render", "block-dai", "--year", "2200" }, "outside 1900–2199")]
    [InlineData(new[] { "render", "block-dai" }, "--year")]
    [InlineData(new[] { "render", "block-dai", "--year", "2027", "--profile", "cmyk" }, "'cmyk'")]
    [InlineData(new[] { "render", "block-dai", "--year", "2027", "-o", "/no/such/temp.Path/x.pdf" }, "does not exist")]
    public void Bad_input_exits_2_with_one_line(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain(" at ", result.Error);
    }

    [Fact]
    public void A_broken_template_reports_every_problem_with_file_and_line()
    {
        string template = Write("broken.yaml", "kind: block\npage: { size: bloc-trung, margin: 2 }\nfonts: { body: nope.ttf }\n");
        var result = CliRunner.Run("render", template, "--year", "2027");
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length >= 3);
        Assert.All(lines, l => Assert.StartsWith($"calendargen: error: {template}:", l));
    }

    [Fact]
    public void Print_quality_warnings_are_reported_by_validate_and_render_and_are_errors_with_strict()
    {
        string template = Write("tinted.yaml", "extends: wall-7\npalette:\n  grey: { cmyk: [0, 0, 0, 55] }\npages:\n  two_months:\n    - { id: note, type: text, x: 20, y: 20, width: 100, height: 8, text: \"{year}\", size: 7, color: grey }\n");

        var validate = CliRunner.Run("templates", "validate", template);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("tinted.yaml:6:", validate.Error);
        Assert.Contains("warning: print: frame 'note': text at 7 pt is a 55 % tint of black", validate.Error);

        var strict = CliRunner.Run("templates", "validate", "--strict", template);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("tinted.yaml:6:", strict.Error);
        Assert.DoesNotContain(": ok", strict.Output);

        string output = Path.Combine(temp.Path, "tinted.pdf");
        var render = CliRunner.Run("render", template, "--year", "2027", "-o", output);
        Assert.Equal(0, render.ExitCode);
        Assert.Contains("warning: print: frame 'note'", render.Error);

        var strictRender = CliRunner.Run("render", template, "--year", "2027", "--strict", "-o", Path.Combine(temp.Path, "strict.pdf"));
        Assert.Equal(2, strictRender.ExitCode);
        Assert.Contains("frame 'note'", strictRender.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "strict.pdf")));
    }

    [Fact]
    public void Die_spot_renames_the_separation_and_a_bad_name_is_one_error_and_nothing_is_written()
    {
        string output = Path.Combine(temp.Path, "tent.pdf");
        var result = CliRunner.Run("render", "desk-tent", "--year", "2027", "--die-spot", "CutContour", "-o", output);
        Assert.Equal(0, result.ExitCode);
        string pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(output));
        Assert.Contains("/CutContour", pdf);
        Assert.DoesNotContain("/Die ", pdf);

        string bad = Path.Combine(temp.Path, "bad.pdf");
        var refused = CliRunner.Run("render", "desk-tent", "--year", "2027", "--die-spot", "Cut Contour", "-o", bad);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--die-spot 'Cut Contour'", Assert.Single(refused.Error.TrimEnd('\n').Split('\n')));
        Assert.False(File.Exists(bad));
    }

    [Fact]
    public void Text_in_a_keep_out_zone_is_a_warning_and_an_error_with_strict()
    {
        string template = Write("hanger.yaml", """
            extends: wall-13
            pages:
              month:
                - { id: hook, type: text, x: 140, y: 20, width: 30, height: 8, text: "{year}", size: 10 }
            production:
              all:
                - { type: hanger, edge: top, diameter: 50 }
            """);

        var validate = CliRunner.Run("templates", "validate", template);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("hanger.yaml:4:", validate.Error);
        Assert.Contains("warning: print: frame 'hook' on the month page holds text and reaches into the hanger keep-out zone (hanger.yaml:7) 5 mm deep", validate.Error);

        var strict = CliRunner.Run("templates", "validate", "--strict", template);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("hanger.yaml:4:", strict.Error);

        var render = CliRunner.Run("render", template, "--year", "2027", "--strict", "-o", Path.Combine(temp.Path, "hanger.pdf"));
        Assert.Equal(2, render.ExitCode);
        Assert.False(File.Exists(Path.Combine(temp.Path, "hanger.pdf")));
    }
}

public sealed class OutputPathTests
{
    [Fact]
    public void An_output_path_that_cannot_be_written_is_bad_input()
    {
        using var temp = new TempFolder();
        string file = temp.Write("plain.txt", "x");
        var result = CliRunner.Run("render", "wall-poster", "--year", "2027", "-o", Path.Combine(file, "sub", "p.pdf"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal("x", File.ReadAllText(file));
    }

}
