using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// A table laid out as a grid, spans expanded: every position knows the cell that covers it and whether it is that
/// cell's first position, so that a column means the same thing in every row however the cells merge.
/// </summary>
internal sealed class TableGrid
{
    private readonly GridCell?[][] _cells;
    private readonly string[][] _texts;
    private readonly PrintedNumber?[][] _numbers;
    private readonly Dictionary<string, List<(int Row, int Column)>> _positions = new(StringComparer.Ordinal);

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

        // Each cell's text and number are read once: the rules look at every position many times.
        _texts = new string[_cells.Length][];
        _numbers = new PrintedNumber?[_cells.Length][];
        for (var r = 0; r < _cells.Length; r++)
        {
            _texts[r] = new string[Columns];
            _numbers[r] = new PrintedNumber?[Columns];
            for (var c = 0; c < Columns; c++)
            {
                var text = c < _cells[r].Length && _cells[r][c] is { IsOrigin: true } cell ? cell.Cell.Text.Trim() : string.Empty;
                _texts[r][c] = text;
                _numbers[r][c] = PrintedNumber.TryParse(text, out var number) ? number : null;
                if (text.Length > 0)
                {
                    if (!_positions.TryGetValue(text, out var list))
                    {
                        _positions[text] = list = [];
                    }

                    list.Add((r, c));
                }
            }
        }
    }

    public Table Table { get; }

    public int Rows => _cells.Length;

    public int Columns { get; }

    /// <summary>The cell covering (row, column), or null past the row's end.</summary>
    public GridCell? this[int row, int column] =>
        row < _cells.Length && column < _cells[row].Length ? _cells[row][column] : null;

    /// <summary>The text at (row, column) when that position is the cell's own first position; empty otherwise.</summary>
    public string OwnText(int row, int column) => row < Rows && column < Columns ? _texts[row][column] : string.Empty;

    /// <summary>The printed number at (row, column), if the cell there starts there and holds a number.</summary>
    public PrintedNumber? Number(int row, int column) => row < Rows && column < Columns ? _numbers[row][column] : null;

    /// <summary>Where a cell with exactly this text starts, in reading order (row by row).</summary>
    public IReadOnlyList<(int Row, int Column)> Find(string text) =>
        _positions.TryGetValue(text, out var list) ? list : [];

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
