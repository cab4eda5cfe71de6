using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Fincomp.Writers.Docx;

/// <summary>
/// A table with its title, unit line and note. The document tree writes a row-spanning cell once; Word needs a
/// continuation cell (w:vMerge) in each row below it, so the writer tracks open vertical merges per grid column.
/// Header rows repeat on every page (w:tblHeader); no row breaks across pages (w:cantSplit), and a row kept with the
/// next one has w:keepNext on its paragraphs, which keeps a merged group on one page. The last
/// <see cref="KeptTailRows"/> rows are always kept together, so no page holds only a table's final rows (a 合计 row
/// alone). Borders are set on the table
/// itself so they survive a reference document without a TableGrid style.
/// </summary>
internal static class TableWriter
{
    /// <summary>The cells' left and right margins, in twips.</summary>
    private const int CellMargin = 57;

    /// <summary>How many rows at a table's end move to the next page together rather than be left there alone.</summary>
    private const int KeptTailRows = 4;

    public static IEnumerable<OpenXmlElement> Write(Document.Table table, WriteContext context)
    {
        if (table.Title is { } title)
        {
            yield return Runs.Paragraph(StyleIds.TableTitle, title);
        }

        if (table.UnitLine is { } unitLine)
        {
            yield return Runs.Paragraph(StyleIds.TableUnit, unitLine);
        }

        var widths = Widths(table.ColumnWeights, context.TextWidth);
        var result = new WTable(Properties(widths.Sum()), new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        var open = new (int Remaining, int Span)[widths.Length];
        var tail = Math.Max(table.HeaderRows, table.Rows.Count - KeptTailRows);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            result.Append(Row(table.Rows[r], r < table.HeaderRows, widths, open));
            // The last row keeps with the note below the table, so the note never opens a page alone.
            if (table.Rows[r].KeepWithNext || (r >= tail && r < table.Rows.Count - 1) || (r == table.Rows.Count - 1 && table.Note is not null))
            {
                KeepWithNext((WTableRow)result.LastChild!);
            }
        }

        yield return result;
        if (table.Note is { } note)
        {
            yield return Runs.Paragraph(StyleIds.Note, note);
        }
    }

    /// <summary>Keeps <paramref name="row"/> on the page of what follows it: w:keepNext on each of its paragraphs.</summary>
    public static void KeepWithNext(WTableRow row)
    {
        foreach (var properties in row.Descendants<ParagraphProperties>())
        {
            properties.KeepNext = new KeepNext();
        }
    }

    private static WTableRow Row(Document.TableRow row, bool isHeader, int[] widths, (int Remaining, int Span)[] open)
    {
        var result = new WTableRow();
        var rowProperties = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            rowProperties.Append(new TableHeader());
        }

        result.Append(rowProperties);
        var column = 0;
        var next = 0;
        while (column < widths.Length)
        {
            if (open[column].Remaining > 0)
            {
                var span = open[column].Span;
                open[column].Remaining--;
                result.Append(Cell(null, widths, column, span, new VerticalMerge()));
                column += span;
            }
            else if (next < row.Cells.Count)
            {
                var cell = row.Cells[next++];
                var span = Math.Clamp(cell.ColumnSpan, 1, widths.Length - column);
                VerticalMerge? merge = null;
                if (cell.RowSpan > 1)
                {
                    open[column] = (cell.RowSpan - 1, span);
                    merge = new VerticalMerge { Val = MergedCellValues.Restart };
                }

                result.Append(Cell(cell, widths, column, span, merge));
                column += span;
            }
            else
            {
                result.Append(Cell(null, widths, column, 1, null));
                column++;
            }
        }

        return result;
    }

    private static WTableCell Cell(Document.TableCell? cell, int[] widths, int column, int span, VerticalMerge? merge)
    {
        var width = widths.Skip(column).Take(span).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new Paragraph(Runs.Style(StyleIds.TableText));
        if (Alignment(cell?.Alignment ?? CellAlignment.Left) is { } justification)
        {
            paragraph.ParagraphProperties!.Append(new Justification { Val = justification });
        }

        if (cell is { Text.Length: > 0 })
        {
            paragraph.Append(Runs.Create(CellLineBreaks.Balance(cell.Text, width - (2 * CellMargin), DocxFonts.Table.HalfPoints * 10), cell.Bold));
        }

        return new WTableCell(properties, paragraph);
    }

    private static TableProperties Properties(int width) => new(
        new TableStyle { Val = StyleIds.TableGrid },
        new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
        new TableJustification { Val = TableRowAlignmentValues.Center },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }));

    /// <summary>Column weights scaled to the text width; rounding goes to the last column so the sum is exact.</summary>
    private static int[] Widths(IReadOnlyList<int> weights, int textWidth)
    {
        var total = weights.Sum(w => Math.Max(w, 1));
        var widths = weights.Select(w => textWidth * Math.Max(w, 1) / total).ToArray();
        if (widths.Length > 0)
        {
            widths[^1] += textWidth - widths.Sum();
        }

        return widths;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The cell's alignment when it differs from the Table Text style's (left); null otherwise.</summary>
    private static JustificationValues? Alignment(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => JustificationValues.Center,
        CellAlignment.Right => JustificationValues.Right,
        _ => null,
    };
}
