using System.Text;

namespace Fincomp.Document;

/// <summary>
/// The document as plain text, for golden tests and diffs: headings marked by level ("=" title, "#" … "####"),
/// paragraphs as they read, tables as tab-separated rows between their title and note, figures as "[caption]", page
/// breaks as "----", the table of contents as "[目录]" and the start of the numbered body as "====". Formatting is left out on purpose: the projection pins what the document says, not how it looks.
/// </summary>
public static class TextProjection
{
    public static string Project(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    text.Append(Marks(heading.Level)).Append(' ').Append(heading.Text.Replace('\n', ' ')).Append('\n');
                    break;
                case Paragraph paragraph:
                    text.Append(paragraph.Text).Append('\n');
                    break;
                case Table table:
                    AppendTable(text, table);
                    break;
                case Figure figure:
                    text.Append('[').Append(figure.Caption).Append("]\n");
                    break;
                case PageBreak:
                    text.Append("----\n");
                    break;
                case Contents:
                    text.Append("[目录]\n");
                    break;
                case BodyStart:
                    text.Append("====\n");
                    break;
                default:
                    // A new kind of block must say how it reads in the golden text, or every golden would miss it.
                    throw new NotSupportedException($"The text projection has no form for {block.GetType().Name} blocks.");
            }
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, Table table)
    {
        if (table.Title is not null)
        {
            text.Append("[表] ").Append(table.Title).Append('\n');
        }

        if (table.UnitLine is not null)
        {
            text.Append(table.UnitLine).Append('\n');
        }

        foreach (var row in table.Rows)
        {
            text.Append(string.Join('\t', row.Cells.Select(c => c.Text.Replace('\n', ' ')))).Append('\n');
        }

        if (table.Note is not null)
        {
            text.Append(table.Note).Append('\n');
        }
    }

    private static string Marks(HeadingLevel level) => level == HeadingLevel.Title ? "=" : new string('#', (int)level);
}
