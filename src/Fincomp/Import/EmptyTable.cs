namespace Fincomp.Import;

/// <summary>
/// A table published empty: below its title only a unit line, perhaps a header, and a note that it has no data
/// (本表无数据, also written into a sentence such as “本单位本年度无……收支，本表无数据。”). Such a table is present
/// and contributes no figures, whether or not it keeps a header the columns could be read from.
/// </summary>
internal static class EmptyTable
{
    private static readonly string[] Notes = ["本表无数据", "本表为空表"];

    public static bool Says(Sheet sheet, int titleRow)
    {
        var rows = sheet.Rows.Skip(Math.Max(titleRow + 1, 0)).ToList();
        var noted = rows.Any(r => r.Any(c => c is { IsBlank: false } && Notes.Any(n => c.Display.Contains(n, StringComparison.Ordinal))));
        return noted && rows.All(r => TableLayout.IsColumnNumbering(r.Where(c => c is { IsBlank: false }).Select(c => c!.Display).ToList())
            || !r.Any(c => AmountCell.TryRead(c, 1m, out var amount) && amount is { } value && value != 0m));
    }
}
