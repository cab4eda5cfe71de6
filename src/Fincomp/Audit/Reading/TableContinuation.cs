using Fincomp.Document;

namespace Fincomp.Audit.Reading;

/// <summary>
/// Joins the part of a table printed on the next page to the part before it: a PDF's table cut by a page break, or a
/// Word table split in two (a page or section break between the parts, or the heading rows repeated over the second,
/// the second without a title of its own). Word repeats the heading rows on every page, and a split table often has
/// them copied: those are dropped. A cell merged down several rows that the page break cut is printed again, empty,
/// at the top of the next page: it is joined back to the cell it continues.
/// </summary>
internal static class TableContinuation
{
    /// <summary>
    /// Whether a table that follows <paramref name="table"/> with nothing printed between continues it: it has the
    /// same number of columns.
    /// </summary>
    public static bool Continues(Table table, IReadOnlyList<IReadOnlyList<(string Text, int Span, int RowSpan)>> part) =>
        part.Count > 0 && table.Rows.Count > 0 && Width(part[0]) == table.Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan)) && part.All(r => Width(r) <= Width(part[0]));

    /// <summary>Whether <paramref name="part"/> starts with all the heading rows of <paramref name="table"/>, as a continued table repeats them.</summary>
    public static bool RepeatsHeader(Table table, IReadOnlyList<IReadOnlyList<(string Text, int Span, int RowSpan)>> part) =>
        table.HeaderRows > 0 && RepeatedRows(table, part) == table.HeaderRows;

    /// <summary>The joined table and how many rows the continuation added.</summary>
    public static (Table Table, int Added) Join(Table table, IReadOnlyList<IReadOnlyList<(string Text, int Span, int RowSpan)>> part)
    {
        var repeated = RepeatedRows(table, part);
        var more = ReadStructure.TableOf(part.Skip(repeated));
        if (more.Rows.Count == 0)
        {
            return (table, 0);
        }

        var rows = table.Rows.ToList();
        var first = more.Rows[0].Cells.ToList();
        var before = new TableGrid(table);
        var after = new TableGrid(more);
        for (var column = 0; column < after.Columns; column++)
        {
            if (after[0, column] is not { IsOrigin: true } cut || cut.Cell.Text.Trim().Length > 0 || before.Rows == 0
                || before[before.Rows - 1, column] is not { } above || above.OriginColumn != column || above.Cell.RowSpan <= 1
                || above.Cell.ColumnSpan != cut.Cell.ColumnSpan || above.OriginRow + above.Cell.RowSpan != before.Rows)
            {
                continue;
            }

            var origin = rows[above.OriginRow];
            rows[above.OriginRow] = origin with
            {
                Cells = [.. origin.Cells.Select(c => ReferenceEquals(c, above.Cell) ? c with { RowSpan = c.RowSpan + cut.Cell.RowSpan } : c)],
            };
            first.RemoveAll(c => ReferenceEquals(c, cut.Cell));
        }

        rows.Add(more.Rows[0] with { Cells = first });
        rows.AddRange(more.Rows.Skip(1));
        return (table with { Rows = rows }, more.Rows.Count);
    }

    /// <summary>How many of the table's heading rows <paramref name="part"/> starts with, cell text for cell text.</summary>
    private static int RepeatedRows(Table table, IReadOnlyList<IReadOnlyList<(string Text, int Span, int RowSpan)>> part)
    {
        var repeated = 0;
        while (repeated < table.HeaderRows && repeated < part.Count
            && table.Rows[repeated].Cells.Select(c => c.Text).SequenceEqual(part[repeated].Select(c => c.Text)))
        {
            repeated++;
        }

        return repeated;
    }

    private static int Width(IReadOnlyList<(string Text, int Span, int RowSpan)> row) => row.Sum(c => c.Span);
}
