namespace Fincomp.Import;

/// <summary>A merged block of cells, 0-based and inclusive, as the sheet declares it.</summary>
internal sealed record MergedRange(int FromRow, int FromColumn, int ToRow, int ToColumn)
{
    public bool Contains(int row, int column) =>
        row >= FromRow && row <= ToRow && column >= FromColumn && column <= ToColumn;
}
