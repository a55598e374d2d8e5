using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace CalendarGen.Templates.Files;

/// <summary>
/// Makes an SVG safe for the SVG library: parsed with bounded nesting and entity expansion and no resolver (so no file
/// or URL is ever fetched), refused when it refers to anything outside itself (external hrefs, CSS url() or @import,
/// embedded images, external entities), and re-written without its DOCTYPE, entities already expanded. Problems name
/// the line; the file's own text is never echoed.
/// </summary>
public static partial class SvgSanitizer
{
    /// <summary>The deepest element nesting accepted (real drawings stay far below; the SVG library recurses).</summary>
    public const int MaxDepth = 100;

    /// <summary>The most characters entity references may expand to in one file.</summary>
    public const long MaxEntityCharacters = 1_000_000;

    /// <summary>Whether the bytes start like an XML document (after a BOM and white space).</summary>
    public static bool LooksLikeXml(byte[] bytes)
    {
        int i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < bytes.Length && bytes[i] == '<';
    }

    /// <summary>The safe SVG, or null with the problem.</summary>
    public static byte[]? Sanitize(byte[] bytes, out string? problem)
    {
        problem = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxEntityCharacters,
            MaxCharactersInDocument = InputFile.MaxBytes(InputKind.Svg) * 2,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        using var output = new MemoryStream();
        var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var lines = (IXmlLineInfo)reader;
        try
        {
            using var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
            bool root = true;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType:
                        if (ExternalEntity().IsMatch(reader.Value))
                        {
                            problem = At(lines, "the SVG declares an external entity; an SVG may not load other files");
                            return null;
                        }

                        break;
                    case XmlNodeType.Element:
                        if (root && reader.LocalName != "svg")
                        {
                            problem = At(lines, "is XML but not an SVG image (its root element is not <svg>)");
                            return null;
                        }

                        root = false;
                        if (reader.Depth >= MaxDepth)
                        {
                            problem = At(lines, $"the SVG nests elements more than {MaxDepth} levels deep");
                            return null;
                        }

                        if (reader.LocalName is "image" or "script" or "foreignObject" or "iframe")
                        {
                            problem = At(lines, $"the SVG holds an <{reader.LocalName}> element; only vector drawing is accepted (place raster images in their own image frame)");
                            return null;
                        }

                        if (ExternalReference(reader) is { } what)
                        {
                            problem = At(lines, $"the SVG refers to something outside itself ({what}); an SVG may not load other files or URLs");
                            return null;
                        }

                        bool empty = reader.IsEmptyElement;
                        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                        writer.WriteAttributes(reader, defattr: false);
                        if (empty)
                        {
                            writer.WriteEndElement();
                        }

                        break;
                    case XmlNodeType.EndElement:
                        writer.WriteFullEndElement();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (CssReference().IsMatch(reader.Value))
                        {
                            problem = At(lines, "the SVG's style refers to something outside itself (url() or @import); an SVG may not load other files or URLs");
                            return null;
                        }

                        if (reader.Depth > 0)
                        {
                            writer.WriteString(reader.Value);
                        }

                        break;
                }
            }

            if (root)
            {
                problem = "is not an SVG image (no <svg> element)";
                return null;
            }
        }
        catch (InvalidOperationException)
        {
            problem = "not a readable SVG (the XML is not well-formed)";
            return null;
        }
        catch (XmlException e)
        {
            // The parser's message can quote the file; only its kind of error and the place are kept.
            string reason = e.Message.Contains("entit", StringComparison.OrdinalIgnoreCase) ? "entity expansion over the limit or an undefined entity" : "the XML is not well-formed";
            problem = e.LineNumber > 0 ? $"line {e.LineNumber}: not a readable SVG ({reason})" : $"not a readable SVG ({reason})";
            return null;
        }
        finally
        {
            reader.Dispose();
        }

        return output.ToArray();
    }

    /// <summary>The first attribute that points outside the document, described without its value, or null.</summary>
    private static string? ExternalReference(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }

        try
        {
            do
            {
                string value = reader.Value.Trim();
                if (reader.LocalName == "href" && !value.StartsWith('#'))
                {
                    return $"a {reader.Name} that is not a #fragment";
                }

                if (CssReference().IsMatch(value))
                {
                    return $"url() in {reader.Name}";
                }
            }
            while (reader.MoveToNextAttribute());
            return null;
        }
        finally
        {
            reader.MoveToElement();
        }
    }

    private static string At(IXmlLineInfo lines, string message) =>
        lines.HasLineInfo() ? $"line {lines.LineNumber}: {message}" : message;

    [GeneratedRegex(@"<!ENTITY\s+(%\s*)?\S+\s+(SYSTEM|PUBLIC)\b")]
    private static partial Regex ExternalEntity();

    /// <summary>url(…) to anything but a #fragment, or @import.</summary>
    [GeneratedRegex(@"url\(\s*['""]?\s*[^#'""\s)]|@import", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();
}
