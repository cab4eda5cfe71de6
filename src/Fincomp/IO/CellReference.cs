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

    /// <summary>The 0-based row and column of a cell name (E12 → 11, 4); false for anything else.</summary>
    public static bool TryParse(string name, out int row, out int column)
    {
        row = column = -1;
        var letters = 0;
        var col = 0;
        while (letters < name.Length && letters < 3 && char.IsAsciiLetterUpper(name[letters]))
        {
            col = (col * 26) + (name[letters] - 'A' + 1);
            letters++;
        }

        if (letters == 0 || !int.TryParse(name.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return false;
        }

        (row, column) = (number - 1, col - 1);
        return true;
    }
}
