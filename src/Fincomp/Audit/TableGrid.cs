using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// A table laid out as a grid, spans expanded: every position knows the cell that covers it and whether it is that
/// cell's first position, so that a column means the same thing in every row however the cells merge.
/// </summary>
public sealed class TableGrid
{
    private readonly GridCell?[][] _cells;

    public TableGrid(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        var rows = table.Rows.Count;
        var covered = new List<GridCell?[]>();
        for (var r = 0; r < rows; r++)
        {
            covered.Add([]);
        }

        for (var r = 0; r < rows; r++)
        {
            var column = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (At(covered, r, column) is not null)
                {
                    column++;
                }

                for (var dr = 0; dr < Math.Max(1, cell.RowSpan) && r + dr < rows; dr++)
                {
                    for (var dc = 0; dc < Math.Max(1, cell.ColumnSpan); dc++)
                    {
                        Put(covered, r + dr, column + dc, new GridCell(cell, r, column, dr == 0 && dc == 0));
                    }
                }

                column += Math.Max(1, cell.ColumnSpan);
            }
        }

        _cells = [.. covered];
        Columns = _cells.Length == 0 ? 0 : _cells.Max(row => row.Length);
    }

    public Table Table { get; }

    public int Rows => _cells.Length;

    public int Columns { get; }

    /// <summary>The cell covering (row, column), or null past the row's end.</summary>
    public GridCell? this[int row, int column] =>
        row < _cells.Length && column < _cells[row].Length ? _cells[row][column] : null;

    /// <summary>The text at (row, column) when that position is the cell's own first position; empty otherwise.</summary>
    public string OwnText(int row, int column) => this[row, column] is { IsOrigin: true } cell ? cell.Cell.Text.Trim() : string.Empty;

    /// <summary>The printed number at (row, column), if the cell there starts there and holds a number.</summary>
    public PrintedNumber? Number(int row, int column) =>
        PrintedNumber.TryParse(OwnText(row, column), out var number) ? number : null;

    /// <summary>The place of (row, column) in the document, for findings.</summary>
    public AuditPlace Place(int blockIndex, int row, int column) =>
        new(blockIndex, OwnText(row, column)) { Row = row + 1, Column = column + 1 };

    private static GridCell? At(List<GridCell?[]> grid, int row, int column) =>
        column < grid[row].Length ? grid[row][column] : null;

    private static void Put(List<GridCell?[]> grid, int row, int column, GridCell cell)
    {
        if (column >= grid[row].Length)
        {
            var wider = new GridCell?[column + 1];
            grid[row].CopyTo(wider, 0);
            grid[row] = wider;
        }

        grid[row][column] ??= cell;
    }
}
