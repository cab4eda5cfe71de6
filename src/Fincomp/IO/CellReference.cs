using System.Globalization;

namespace Fincomp.IO;

/// <summary>Cell names as spreadsheets write them (A1, E12, AA3), for the workbook writers and for import messages.</summary>
internal static class CellReference
{
    /// <summary>The name of the cell at a 1-based <paramref name="row"/> and a 0-based <paramref name="column"/>.</summary>
    public static string Of(int row, int column) => ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The letters of a 0-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters;
    }
}
