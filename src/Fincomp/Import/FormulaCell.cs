namespace Fincomp.Import;

/// <summary>A formula cell the workbook holds without a result (0-based row and column, the formula as written, if any).</summary>
internal sealed record FormulaCell(int Row, int Column, string Formula);
