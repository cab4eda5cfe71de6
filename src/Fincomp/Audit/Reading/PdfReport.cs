using Fincomp.Diagnostics;
using Fincomp.Document;

namespace Fincomp.Audit.Reading;

/// <summary>
/// A PDF report read back: the document tree the audit runs on, and where each block was printed — the page each line
/// of a paragraph starts (by its offset in the paragraph's text) and the page of each table row — with the number each
/// page prints for itself, so that a finding names the page a person turns to.
/// </summary>
internal sealed class PdfReport(ReportDocument document, IReadOnlyList<IReadOnlyList<(int Offset, int Page)>> blockPages, IReadOnlyList<int?> printedPages)
{
    public ReportDocument Document { get; } = document;

    /// <summary>
    /// The page the quoted text is printed on (the file's and the one printed in its footer) and, in a table, its title,
    /// the row and column, and the row's label and column's heading by which the cell is found on the page.
    /// </summary>
    public DocumentLocation Locate(AuditPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var pages = blockPages[place.BlockIndex];
        var block = Document.Blocks[place.BlockIndex];
        if (block is Table table)
        {
            var row = place.Row is { } r ? Math.Clamp(r - 1, 0, pages.Count - 1) : 0;
            var located = OnPage(pages[row].Page) with { Table = table.Title ?? string.Empty, TableNumber = DocumentAuditor.TableNumber(Document, place.BlockIndex) };
            return place is { Row: { } rowNumber, Column: { } columnNumber }
                ? located with
                {
                    Row = rowNumber,
                    Column = columnNumber,
                    RowLabel = RowLabel(new TableGrid(table), rowNumber - 1),
                    ColumnHeader = ColumnHeader(new TableGrid(table), rowNumber - 1, columnNumber - 1),
                }
                : located;
        }

        var text = block switch
        {
            Paragraph paragraph => paragraph.Text,
            Heading heading => heading.Text,
            _ => string.Empty,
        };
        // The quote is of the text as the audit read it (full-width and spaced figures as figures): it is found there
        // and its offset taken back to the printed text, whose lines the pages are known by.
        var at = place.Quote.Length > 0 ? HandTypedFigures.Normalise(text).IndexOf(place.Quote, StringComparison.Ordinal) : -1;
        at = at < 0 ? -1 : HandTypedFigures.OriginalOffset(text, at);
        return OnPage(pages.LastOrDefault(p => p.Offset <= Math.Max(at, 0), pages[0]).Page);
    }

    /// <summary>
    /// The words a row is found by — its first cell that is not a figure or a code ("一般公共服务支出") — since the rows of
    /// a table printed over several pages cannot be counted on the page a reader has open; null when the row has none.
    /// </summary>
    private static string? RowLabel(TableGrid grid, int row)
    {
        for (var column = 0; column < grid.Columns; column++)
        {
            var text = grid[row, column]?.Cell.Text.Trim() ?? string.Empty;
            if (text.Length > 0 && !PrintedNumber.TryParse(text, out _))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>More rows without a figure at a table's top than a table's heading has: a form's particulars (实施单位, 项目名称), no column headings.</summary>
    private const int MostHeadingRows = 4;

    /// <summary>
    /// The heading printed over a column (the lowest heading row with text there), or null for a place among the heading
    /// rows, a table without them, or a form whose top rows are its particulars.
    /// </summary>
    private static string? ColumnHeader(TableGrid grid, int row, int column)
    {
        if (grid.Table.HeaderRows > MostHeadingRows)
        {
            return null;
        }

        for (var heading = Math.Min(grid.Table.HeaderRows, row) - 1; heading >= 0; heading--)
        {
            var text = grid[heading, column]?.Cell.Text.Trim() ?? string.Empty;
            if (text.Length > 0)
            {
                return text;
            }
        }

        return null;
    }

    private DocumentLocation OnPage(int page) =>
        new() { Page = page, PrintedPage = page < printedPages.Count ? printedPages[page] : null };
}
