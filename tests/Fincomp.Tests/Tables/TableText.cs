using Fincomp.Document;

namespace Fincomp.Tests.Tables;

/// <summary>A table as text, one line a row with its written cells separated by tabs, for assertions that read like the table.</summary>
internal static class TableText
{
    public static IReadOnlyList<string> Rows(Table table) =>
        table.Rows.Select(r => string.Join('\t', r.Cells.Select(c => c.Text))).ToList();

    public static string Project(Table table) => string.Join('\n', Rows(table));

    /// <summary>
    /// The number of grid columns each row covers, counting the cells that rows above extend into it; a well-formed
    /// table covers exactly its column count in every row.
    /// </summary>
    public static IReadOnlyList<int> CoveredColumns(Table table)
    {
        var open = new List<(int Remaining, int Span)>();
        var result = new List<int>();
        foreach (var row in table.Rows)
        {
            var fromAbove = open.Where(o => o.Remaining > 0).Sum(o => o.Span);
            result.Add(fromAbove + row.Cells.Sum(c => c.ColumnSpan));
            open = open.Where(o => o.Remaining > 0).Select(o => (o.Remaining - 1, o.Span)).Where(o => o.Item1 > 0).ToList();
            open.AddRange(row.Cells.Where(c => c.RowSpan > 1).Select(c => (c.RowSpan - 1, c.ColumnSpan)));
        }

        return result;
    }
}
