namespace Fincomp.Audit.Reading;

/// <summary>
/// What a table style says about hidden text: w:vanish for the whole table and for each conditional format
/// (w:tblStylePr: firstRow, lastRow, firstCol, lastCol, band1Horz…, nwCell…) it sets. Which conditional formats a
/// table uses is the table's w:tblLook; the format applied later in Word's order decides a cell.
/// </summary>
internal sealed class DocxTableStyle(IReadOnlyDictionary<string, bool> vanish)
{
    /// <summary>The table's w:tblLook: which of the style's conditional formats it turns on.</summary>
    public readonly record struct Look(bool FirstRow, bool LastRow, bool FirstColumn, bool LastColumn, bool RowBands, bool ColumnBands)
    {
        /// <summary>A table without w:tblLook: no first or last row or column, bands on (the bits of w:val all 0).</summary>
        public static Look None { get; } = new(false, false, false, false, RowBands: true, ColumnBands: true);

        /// <summary>The look from the bits of a transitional w:val ("04A0").</summary>
        public static Look FromBits(int bits) =>
            new((bits & 0x20) != 0, (bits & 0x40) != 0, (bits & 0x80) != 0, (bits & 0x100) != 0, (bits & 0x200) == 0, (bits & 0x400) == 0);
    }

    /// <summary>
    /// Whether the style hides the text of the cell at <paramref name="row"/> of <paramref name="rows"/>, standing in
    /// grid columns [<paramref name="column"/>, <paramref name="column"/> + <paramref name="span"/>) of
    /// <paramref name="columns"/>; null when no format that applies to it says.
    /// </summary>
    public bool? Hides(Look look, int row, int rows, int column, int span, int columns)
    {
        var first = look.FirstRow && row == 0;
        var last = look.LastRow && row == rows - 1;
        var left = look.FirstColumn && column == 0;
        var right = look.LastColumn && column + span >= columns;
        var bandRow = row - (look.FirstRow ? 1 : 0);
        var bandColumn = column - (look.FirstColumn ? 1 : 0);

        // Word's order: the whole table, banded columns, banded rows, first and last column, first and last row, corners.
        string?[] applied =
        [
            "wholeTable",
            look.ColumnBands && !left && !right && bandColumn >= 0 ? (bandColumn % 2 == 0 ? "band1Vert" : "band2Vert") : null,
            look.RowBands && !first && !last && bandRow >= 0 ? (bandRow % 2 == 0 ? "band1Horz" : "band2Horz") : null,
            left ? "firstCol" : null,
            right ? "lastCol" : null,
            first ? "firstRow" : null,
            last ? "lastRow" : null,
            first && left ? "nwCell" : null,
            first && right ? "neCell" : null,
            last && left ? "swCell" : null,
            last && right ? "seCell" : null,
        ];
        bool? hides = null;
        foreach (var condition in applied)
        {
            if (condition is not null && vanish.TryGetValue(condition, out var value))
            {
                hides = value;
            }
        }

        return hides;
    }
}
