namespace Fincomp.Audit;

/// <summary>
/// Where a quantity the text names is printed in a table: the table (by a word of its title), the row (by its label,
/// the n-th such row when a label repeats, as 总计 does on both sides of table 1), and the column (by its heading, or
/// the first amount right of the label when null).
/// </summary>
internal sealed record QuantityAnchor(string Term, string Table, string Row, string? Column = null, int Occurrence = 1);
