using System.Text;

namespace CalendarGen.Templates.Editions;

/// <summary>
/// A small RFC 4180 reader: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks.
/// Each record keeps the line it starts on, so problems point at the row.
/// </summary>
internal static class CsvRows
{
    public static List<(int Line, List<string> Cells)> Read(string text, out string? problem, out int problemLine)
    {
        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, start = 1;
        bool quoted = false, any = false;
        problem = null;
        problemLine = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = any = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    End();
                    line++;
                    start = line;
                    break;
                default:
                    cell.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            problem = "a quoted field is not closed";
            problemLine = start;
        }

        End();
        return rows;

        void End()
        {
            if (any || cell.Length > 0)
            {
                cells.Add(cell.ToString());
                rows.Add((start, [.. cells]));
            }

            cells.Clear();
            cell.Clear();
            any = false;
        }
    }
}
