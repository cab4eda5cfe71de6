namespace Fincomp.Import;

/// <summary>One worksheet: its name, its cells row by row (null where empty) and its merged blocks.</summary>
internal sealed class Sheet(string name, IReadOnlyList<IReadOnlyList<SheetCell?>> rows, IReadOnlyList<MergedRange> merges)
{
    public string Name { get; } = name;

    public IReadOnlyList<IReadOnlyList<SheetCell?>> Rows { get; } = rows;

    public IReadOnlyList<MergedRange> Merges { get; } = merges;

    /// <summary>Formula cells saved without a result: they read as blank, so their amounts are not there to import.</summary>
    public IReadOnlyList<FormulaCell> Uncomputed { get; init; } = [];

    public int ColumnCount { get; } = rows.Count == 0 ? 0 : rows.Max(r => r.Count);

    public SheetCell? At(int row, int column) =>
        row < Rows.Count && column < Rows[row].Count ? Rows[row][column] : null;

    /// <summary>The text of a cell, or of the merged block it lies in (a header spanning columns names each of them).</summary>
    public string MergedText(int row, int column)
    {
        var own = At(row, column);
        if (own is { IsBlank: false })
        {
            return own.Display;
        }

        var merge = Merges.FirstOrDefault(m => m.Contains(row, column));
        return merge is null ? string.Empty : At(merge.FromRow, merge.FromColumn)?.Display ?? string.Empty;
    }

    /// <summary>The place of a cell as spreadsheets write it: <c>公开05表!E12</c>.</summary>
    public string Place(int row, int column) => $"{Name}!{IO.CellReference.Of(row + 1, column)}";
}
