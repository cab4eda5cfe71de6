namespace Fincomp.Document;

/// <summary>
/// A table: the first <see cref="HeaderRows"/> rows repeat on every page. Column widths are relative weights; the
/// writer scales them to the text width.
/// </summary>
public sealed record Table(IReadOnlyList<TableRow> Rows, int HeaderRows, IReadOnlyList<int> ColumnWeights) : Block
{
    /// <summary>The table's title above it, if any (e.g. 收入支出决算总表).</summary>
    public string? Title { get; init; }

    /// <summary>The unit line above the table (e.g. 单位：万元).</summary>
    public string? UnitLine { get; init; }

    /// <summary>The note under it (e.g. 说明：…本年度没有…，故本表无数据。).</summary>
    public string? Note { get; init; }
}
