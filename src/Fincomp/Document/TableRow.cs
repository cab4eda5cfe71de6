namespace Fincomp.Document;

/// <summary>
/// A row of cells. <see cref="KeepWithNext"/> keeps it on the same page as the next row, so that the rows of one merged
/// group (a form's 年度主要任务, one 二级指标) are never split by a page break.
/// </summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool KeepWithNext = false);
