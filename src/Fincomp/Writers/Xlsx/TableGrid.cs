using Fincomp.Document;

namespace Fincomp.Writers.Xlsx;

/// <summary>
/// Places the cells of a <see cref="Table"/> on a grid: a cell spanning rows or columns takes its block, the cells
/// after it move right past blocks from the rows above, exactly as the Word table lays them out.
/// </summary>
internal sealed class TableGrid
{
    private TableGrid(IReadOnlyList<(int Row, int Column, TableCell Cell)> placed, int width)
    {
        Placed = placed;
        Width = width;
    }

    public IReadOnlyList<(int Row, int Column, TableCell Cell)> Placed { get; }

    public int Width { get; }

    public static TableGrid Of(Table table)
    {
        var taken = new HashSet<(int, int)>();
        var placed = new List<(int, int, TableCell)>();
        var width = 0;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var column = 0;
            foreach (var cell in table.Rows[row].Cells)
            {
                while (taken.Contains((row, column)))
                {
                    column++;
                }

                placed.Add((row, column, cell));
                for (var r = row; r < row + cell.RowSpan; r++)
                {
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        taken.Add((r, c));
                    }
                }

                column += cell.ColumnSpan;
                width = Math.Max(width, column);
            }
        }

        return new TableGrid(placed, width);
    }
}
