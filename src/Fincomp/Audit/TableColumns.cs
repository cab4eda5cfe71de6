namespace Fincomp.Audit;

/// <summary>
/// Which column of a built table a column of the same table as printed is: the one under the same heading. A clerk may
/// lay a table out anew (a performance form without the two-column merged label cells, a table without its 科目编码
/// column), so the same figure stands one column further left; position is used only for a column without a heading.
/// </summary>
internal static class TableColumns
{
    /// <summary>
    /// For each column of <paramref name="printed"/>'s row <paramref name="row"/>, the column of <paramref name="built"/>'s
    /// row <paramref name="builtRow"/> under the same heading (the n-th column so headed for the n-th, as 表一 heads two
    /// columns 金额), the same position when the printed column has no heading, or null when the built table has no
    /// column so headed.
    /// </summary>
    public static int?[] Match(TableGrid printed, int row, TableGrid built, int builtRow)
    {
        var printedHeadings = Headings(printed, row);
        var builtHeadings = Headings(built, builtRow);
        var columns = new int?[printed.Columns];
        for (var c = 0; c < printed.Columns; c++)
        {
            if (printedHeadings[c] is not { } heading)
            {
                columns[c] = c < built.Columns ? c : null;
                continue;
            }

            var index = Array.IndexOf(builtHeadings, heading);
            columns[c] = index < 0 ? null : index;
        }

        return columns;
    }

    /// <summary>
    /// The heading of each column for the figures of <paramref name="row"/>: the nearest text above it in that column
    /// that is not a figure (a form repeats its headings in its body, above each block of figures), normalised and
    /// numbered by how many columns before it carry the same heading; null where nothing above is a heading.
    /// </summary>
    private static (string Text, int Occurrence)?[] Headings(TableGrid grid, int row)
    {
        var headings = new (string, int)?[grid.Columns];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < grid.Columns; c++)
        {
            for (var r = row - 1; r >= 0; r--)
            {
                if (grid[r, c] is { } cell && Normalise(cell.Cell.Text) is { Length: > 0 } text && !PrintedNumber.TryParse(text, out _))
                {
                    headings[c] = (text, seen[text] = seen.GetValueOrDefault(text) + 1);
                    break;
                }
            }
        }

        return headings;
    }

    /// <summary>A heading as compared: without white space, and empty when it holds no letter (a "—" or "-" is no heading).</summary>
    private static string Normalise(string text)
    {
        var squeezed = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return squeezed.Any(char.IsLetter) ? squeezed : string.Empty;
    }
}
