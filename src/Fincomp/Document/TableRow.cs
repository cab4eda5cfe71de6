namespace Fincomp.Document;

/// <summary>A row of cells.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
