using System.Globalization;
using System.Text;
using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>
/// A table with its title and unit line in the caption (so they stay with the table) and the note under it. Header
/// rows go in &lt;thead&gt;, which browsers repeat on every printed page; a spanning cell is written once with
/// rowspan/colspan, exactly as the document tree holds it, because HTML (unlike Word) needs no continuation cells.
/// Column weights become percentage widths of a fixed layout, so the columns match the Word tables.
/// </summary>
internal static class TableHtml
{
    public static void Write(Table table, HtmlOutput output)
    {
        output.Line("<div class=\"table-block\">").Line("<table>");
        WriteCaption(table, output);
        WriteColumns(table.ColumnWeights, output);
        var headerRows = Math.Clamp(table.HeaderRows, 0, table.Rows.Count);
        if (headerRows > 0)
        {
            output.Line("<thead>");
            WriteRows(table.Rows.Take(headerRows), "th", output);
            output.Line("</thead>");
        }

        output.Line("<tbody>");
        WriteRows(table.Rows.Skip(headerRows), "td", output);
        output.Line("</tbody>").Line("</table>");
        if (table.Note is { } note)
        {
            output.Line($"<p class=\"table-note\">{HtmlText.Encode(note)}</p>");
        }

        output.Line("</div>");
    }

    private static void WriteCaption(Table table, HtmlOutput output)
    {
        if (table.Title is null && table.UnitLine is null)
        {
            return;
        }

        var caption = new StringBuilder("<caption>");
        if (table.Title is { } title)
        {
            caption.Append("<span class=\"table-title\">").Append(HtmlText.Encode(title)).Append("</span>");
        }

        if (table.UnitLine is { } unitLine)
        {
            caption.Append("<span class=\"table-unit\">").Append(HtmlText.Encode(unitLine)).Append("</span>");
        }

        output.Line(caption.Append("</caption>").ToString());
    }

    private static void WriteColumns(IReadOnlyList<int> weights, HtmlOutput output)
    {
        if (weights.Count == 0)
        {
            return;
        }

        decimal total = weights.Sum(w => Math.Max(w, 1));
        output.Line("<colgroup>");
        foreach (var weight in weights)
        {
            var percent = Math.Round(Math.Max(weight, 1) * 100m / total, 2, MidpointRounding.AwayFromZero);
            output.Line($"<col style=\"width:{percent.ToString("0.##", CultureInfo.InvariantCulture)}%\">");
        }

        output.Line("</colgroup>");
    }

    private static void WriteRows(IEnumerable<TableRow> rows, string tag, HtmlOutput output)
    {
        foreach (var row in rows)
        {
            var html = new StringBuilder("<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append(Cell(cell, tag));
            }

            output.Line(html.Append("</tr>").ToString());
        }
    }

    private static string Cell(TableCell cell, string tag)
    {
        var html = new StringBuilder("<").Append(tag);
        if (cell.ColumnSpan > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColumnSpan}\"");
        }

        if (cell.RowSpan > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\"");
        }

        html.Append(" class=\"").Append(AlignmentClass(cell.Alignment)).Append("\">");
        var text = HtmlText.Encode(cell.Text);
        html.Append(cell.Bold && text.Length > 0 ? $"<strong>{text}</strong>" : text);
        return html.Append("</").Append(tag).Append('>').ToString();
    }

    private static string AlignmentClass(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => "c",
        CellAlignment.Right => "r",
        _ => "l",
    };
}
