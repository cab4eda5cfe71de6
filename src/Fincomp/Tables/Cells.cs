using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// The few kinds of cell the tables are made of, so that every table aligns headers, names and amounts the same way
/// and formats amounts only through <see cref="Display"/>.
/// </summary>
internal static class Cells
{
    public static TableCell Header(string text, int columnSpan = 1, int rowSpan = 1) =>
        new(text, CellAlignment.Center, columnSpan, rowSpan, Bold: true);

    public static TableCell Text(string? text, int columnSpan = 1, int rowSpan = 1) =>
        new(text ?? string.Empty, CellAlignment.Left, columnSpan, rowSpan);

    public static TableCell Centered(string? text, int columnSpan = 1, int rowSpan = 1) =>
        new(text ?? string.Empty, CellAlignment.Center, columnSpan, rowSpan);

    public static TableCell Amount(decimal value) => new(Display.TableAmount(value), CellAlignment.Right);

    /// <summary>An amount that may be unknown: blank rather than a made-up zero.</summary>
    public static TableCell Amount(decimal? value) =>
        value is { } v ? Amount(v) : new TableCell(string.Empty, CellAlignment.Right);

    /// <summary>A plain number (weights, scores) with trailing zeros dropped, as the forms print them.</summary>
    public static TableCell Number(decimal? value, int columnSpan = 1) =>
        new(value is { } v ? Display.TextAmount(v) : string.Empty, CellAlignment.Center, columnSpan);

    public static TableCell Total(string text = "合计", int columnSpan = 1) =>
        new(text, CellAlignment.Center, columnSpan, Bold: true);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>
    /// Moves the 合计 row built last to just under the <paramref name="headerRows"/> heading rows when the pack prints
    /// it first (<see cref="TemplatePackDefaults.TotalRowFirst"/>).
    /// </summary>
    public static void PlaceTotal(List<TableRow> rows, int headerRows, TemplatePack pack)
    {
        if (pack.TotalRowFirst() && rows.Count > headerRows + 1)
        {
            var total = rows[^1];
            rows.RemoveAt(rows.Count - 1);
            rows.Insert(headerRows, total);
        }
    }

    /// <summary>
    /// Keeps each of <paramref name="rows"/> from <paramref name="first"/> up to, not including, the last one with its
    /// next row, so that the block moves to the next page whole rather than being split.
    /// </summary>
    public static void KeepTogether(List<TableRow> rows, int first, int last)
    {
        for (var r = first; r < last; r++)
        {
            rows[r] = rows[r] with { KeepWithNext = true };
        }
    }
}
