using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CalendarGen.Templates.Files;
using CalendarGen.Templates.Model;
using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Editions;

/// <summary>
/// An editions table: a CSV file with a header, or a YAML file with an <c>editions:</c> list. Columns: <c>id</c>
/// (required, a safe folder name), <c>logo</c> (an image file beside the table), <c>color.NAME.cmyk</c> ("c m y k")
/// and <c>color.NAME.rgb</c> ("#rrggbb") to override palette colour NAME, and any other field. Problems carry the
/// row's line.
/// </summary>
public static class EditionTable
{
    private sealed record Cell(string Key, string Value, SourceLocation At);

    /// <summary>Reads and checks a table; logos must be allowed by <paramref name="policy"/> and readable images.</summary>
    public static LoadResult<EditionList> Load(string path, ReferencePolicy? policy = null)
    {
        var problems = new List<Problem>();
        byte[]? bytes = InputFile.TryRead(path, InputKind.Data, out string? problem);
        if (bytes is null)
        {
            return LoadResult<EditionList>.Failed([new Problem(path, 0, 0, problem!)]);
        }

        var rows = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(bytes, path, problems) : ReadYaml(bytes, path, problems);
        var editions = ImmutableArray.CreateBuilder<Edition>();
        var ids = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, cells) in rows)
        {
            if (Parse(path, row, cells, policy ?? ReferencePolicy.Default, problems) is not { } edition)
            {
                continue;
            }

            if (ids.TryGetValue(edition.Id, out var first))
            {
                problems.Add(new Problem(path, row.Line, row.Column, $"edition '{edition.Id}' is also at line {first.Line}; ids name folders and must differ"));
                continue;
            }

            ids[edition.Id] = row;
            editions.Add(edition);
        }

        if (problems.Count == 0 && editions.Count == 0)
        {
            problems.Add(new Problem(path, 0, 0, "the table has no editions"));
        }

        return problems.Count > 0 ? LoadResult<EditionList>.Failed(problems) : new LoadResult<EditionList>(new EditionList(path, editions.ToImmutable()), []);
    }

    private static Edition? Parse(string path, SourceLocation row, List<Cell> cells, ReferencePolicy policy, List<Problem> problems)
    {
        int before = problems.Count;
        void Error(SourceLocation at, string message) => problems.Add(new Problem(at.File, at.Line, at.Column, message));

        var id = cells.FirstOrDefault(c => c.Key == "id");
        if (id is null || id.Value.Length == 0)
        {
            Error(row, "the row has no id");
        }
        else if (SafeName.Of(id.Value) != id.Value)
        {
            Error(id.At, $"id '{YamlSource.Shorten(id.Value)}' is not a safe folder name (letters, digits, '-', '_', '.'); try '{SafeName.Of(id.Value)}'");
        }

        string? logo = null;
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var inks = new SortedDictionary<string, (Cmyk? Cmyk, Rgb? Rgb, SourceLocation At)>(StringComparer.Ordinal);
        foreach (var cell in cells.Where(c => c.Key != "id"))
        {
            string[] parts = cell.Key.Split('.');
            if (cell.Key == "logo")
            {
                if (cell.Value.Length == 0)
                {
                    continue;
                }

                logo = policy.Resolve(cell.Value, path, out string? refused);
                if (logo is null)
                {
                    Error(cell.At, $"logo {refused}");
                }
                else if (ImageFile.Read(logo, out string? bad) is null)
                {
                    Error(cell.At, $"logo {cell.Value}: {bad}");
                }
            }
            else if (parts.Length == 3 && parts[0] == "color" && parts[2] is "cmyk" or "rgb")
            {
                if (cell.Value.Length == 0)
                {
                    continue;
                }

                var ink = inks.GetValueOrDefault(parts[1], (null, null, cell.At));
                if (parts[2] == "cmyk")
                {
                    ink.Cmyk = ParseCmyk(cell.Value, out string? bad);
                    if (bad is not null)
                    {
                        Error(cell.At, $"{cell.Key} '{YamlSource.Shorten(cell.Value)}': {bad}");
                    }
                }
                else
                {
                    ink.Rgb = ParseRgb(cell.Value);
                    if (ink.Rgb is null)
                    {
                        Error(cell.At, $"{cell.Key} must be written #rrggbb, not '{YamlSource.Shorten(cell.Value)}'");
                    }
                }

                inks[parts[1]] = ink;
            }
            else if (!EditionPlaceholders.IsFieldName(cell.Key))
            {
                Error(cell.At, $"column '{YamlSource.Shorten(cell.Key)}' is not a field name (a-z, 0-9, _), logo, or color.NAME.cmyk / .rgb");
            }
            else if (cell.Value.IndexOfAny(['{', '}']) >= 0)
            {
                Error(cell.At, $"{cell.Key}: '{{' and '}}' are not allowed in edition text");
            }
            else
            {
                fields[cell.Key] = cell.Value.Normalize(NormalizationForm.FormC);
            }
        }

        var colors = ImmutableSortedDictionary.CreateBuilder<string, PaletteColor>(StringComparer.Ordinal);
        foreach (var (name, (cmyk, rgb, at)) in inks)
        {
            if (cmyk is { } c)
            {
                colors[name] = new PaletteColor(name, c, rgb ?? c.ToRgbApproximation());
            }
            else if (rgb is not null)
            {
                Error(at, $"color.{name}: a print colour needs color.{name}.cmyk, not only rgb");
            }
        }

        return problems.Count > before ? null : new Edition(id!.Value, fields.ToImmutable(), logo, colors.ToImmutable(), row);
    }

    private static Cmyk? ParseCmyk(string text, out string? problem)
    {
        var values = text.Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double d) && d is >= 0 and <= 100 ? d : (double?)null).ToList();
        problem = null;
        if (values.Count != 4 || values.Any(v => v is null))
        {
            problem = "cmyk is four ink percentages 0–100: \"c m y k\"";
            return null;
        }

        var cmyk = new Cmyk(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value);
        if (cmyk.TotalInk > 300)
        {
            problem = $"total ink {cmyk.TotalInk:0}% is over the 300% a press allows";
            return null;
        }

        return cmyk;
    }

    private static Rgb? ParseRgb(string hex)
    {
        string h = hex.Trim();
        return h.Length == 7 && h[0] == '#' && int.TryParse(h[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v)
            ? new Rgb((byte)(v >> 16), (byte)(v >> 8 & 0xFF), (byte)(v & 0xFF))
            : null;
    }

    private static List<(SourceLocation, List<Cell>)> ReadCsv(byte[] bytes, string path, List<Problem> problems)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            int line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            problems.Add(new Problem(path, line, 1, "not UTF-8 text (save the file as UTF-8)"));
            return [];
        }

        var rows = CsvRows.Read(text, out string? problem, out int problemLine);
        if (problem is not null)
        {
            problems.Add(new Problem(path, problemLine, 1, problem));
            return [];
        }

        if (rows.Count == 0)
        {
            return [];
        }

        var (headerLine, header) = rows[0];
        var names = header.Select(h => h.Trim()).ToList();
        foreach (string duplicate in names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new Problem(path, headerLine, 1, $"column '{duplicate}' is in the header twice"));
        }

        var result = new List<(SourceLocation, List<Cell>)>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            var at = new SourceLocation(path, line, 1);
            if (cells.Count != names.Count)
            {
                problems.Add(new Problem(path, line, 1, $"the row has {cells.Count} cells, the header {names.Count}"));
                continue;
            }

            result.Add((at, [.. names.Select((n, i) => new Cell(n, cells[i].Trim(), at))]));
        }

        return result;
    }

    private static List<(SourceLocation, List<Cell>)> ReadYaml(byte[] bytes, string path, List<Problem> problems)
    {
        var result = new List<(SourceLocation, List<Cell>)>();
        if (YamlSource.LoadBytes(bytes, path, problems) is not { } root)
        {
            return result;
        }

        var map = new YamlMap(root, path, problems, ["editions"]);
        if (map.Sequence("editions", required: true) is not { } list)
        {
            return result;
        }

        SourceLocation At(YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode row)
            {
                problems.Add(YamlSource.At(path, item, "each edition is a mapping: {id: …, company: …, logo: …}"));
                continue;
            }

            var cells = new List<Cell>();
            foreach (var (key, value) in row.Children)
            {
                string name = (key as YamlScalarNode)?.Value ?? "";
                if (name == "colors" && value is YamlMappingNode colors)
                {
                    foreach (var (colorKey, colorValue) in colors.Children)
                    {
                        if (colorValue is not YamlMappingNode inkNodes)
                        {
                            problems.Add(YamlSource.At(path, colorValue, "each colour is {cmyk: [c, m, y, k], rgb: \"#rrggbb\"}"));
                            continue;
                        }

                        foreach (var (ink, inkValue) in inkNodes.Children)
                        {
                            string text = inkValue is YamlSequenceNode seq ? string.Join(' ', seq.Children.Select(n => (n as YamlScalarNode)?.Value)) : (inkValue as YamlScalarNode)?.Value ?? "";
                            cells.Add(new Cell($"color.{(colorKey as YamlScalarNode)?.Value}.{(ink as YamlScalarNode)?.Value}", text, At(inkValue)));
                        }
                    }
                }
                else if (value is YamlScalarNode scalar)
                {
                    cells.Add(new Cell(name, scalar.Value ?? "", At(value)));
                }
                else
                {
                    problems.Add(YamlSource.At(path, value, $"'{name}' must be a single value"));
                }
            }

            result.Add((At(row), cells));
        }

        return result;
    }
}
