namespace Fincomp.Document;

/// <summary>
/// A table cell. A cell spanning several rows is written once, in its first row, with <see cref="RowSpan"/> &gt; 1;
/// the rows below simply have fewer cells (writers insert the continuation cells a format needs).
/// </summary>
public sealed record TableCell(string Text, CellAlignment Alignment = CellAlignment.Left, int ColumnSpan = 1, int RowSpan = 1, bool Bold = false);
