using System.Globalization;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Tables;
using Fincomp.Writers.Xlsx;

namespace Fincomp.Tests.Import;

/// <summary>
/// A unit's nine tables laid out the way the 部门决算 software exports them rather than the way fincomp prints them:
/// table 1 with 行次 columns and 金额 headers, table 2 with codes stored as numbers, table 3 with a 栏次 row and its
/// amounts as text with thousands separators, table 5 with codes split into 类 / 款 / 项 under a merged 科目编码 header
/// and names indented with full-width spaces, table 6 in 元. The committed fixture is this workbook of the sample.
/// </summary>
internal static class FinanceSystemWorkbook
{
    public static byte[] Of(UnitYear unit, Func<StandardTable, StandardTable>? change = null, int? without = null)
    {
        var tables = StandardTables.For(unit).Select(t => t.Number switch
        {
            1 => With(t, WithRowNumbers(t.Table)),
            2 => With(t, CodesAsNumbers(t.Table)),
            3 => With(t, AmountsAsText(t.Table)),
            5 => With(t, SplitCodes(t.Table)),
            6 => With(t, InYuan(t.Table)),
            _ => t,
        }).Select(t => change is null ? t : change(t)).Where(t => t.Number != without).ToList();
        using var stream = new MemoryStream();
        TablesWorkbookWriter.Write(tables, unit.Unit.Name, unit.Unit.Year, stream);
        return stream.ToArray();
    }

    public static StandardTable With(StandardTable table, Table changed) => table with { Table = changed };

    /// <summary>The table with one row's cells replaced (row index counted over all rows, header included).</summary>
    public static Table ReplaceCell(Table table, int row, int cell, TableCell replacement) => table with
    {
        Rows = [.. table.Rows.Select((r, i) => i != row ? r : new TableRow([.. r.Cells.Select((c, j) => j == cell ? replacement : c)]))],
    };

    private static Table WithRowNumbers(Table table)
    {
        var rows = new List<TableRow>
        {
            new([Cells("收入", 3), Cells("支出", 3)]),
            new([Header("项目"), Header("行次"), Header("金额"), Header("项目"), Header("行次"), Header("金额")]),
        };
        var number = 1;
        foreach (var row in table.Rows.Skip(table.HeaderRows))
        {
            var c = row.Cells;
            rows.Add(new TableRow([c[0], Number(number), c[1], c[2], Number(number + 40), c[3]]));
            number++;
        }

        return table with { Rows = rows, ColumnWeights = [30, 6, 14, 30, 6, 14] };
    }

    private static Table CodesAsNumbers(Table table) => table with
    {
        Rows = [.. table.Rows.Select((row, i) => i < table.HeaderRows || row.Cells[0].Text.Length == 0 || !row.Cells[0].Text.All(char.IsAsciiDigit)
            ? row
            : new TableRow([row.Cells[0] with { Alignment = CellAlignment.Right }, .. row.Cells.Skip(1)]))],
    };

    private static Table AmountsAsText(Table table)
    {
        var rows = table.Rows.Take(table.HeaderRows).ToList();
        rows.Add(new TableRow([Cells("栏次", 2), .. Enumerable.Range(1, table.Rows[0].Cells.Count - 2).Select(Number)]));
        rows.AddRange(table.Rows.Skip(table.HeaderRows).Select(row =>
            new TableRow([.. row.Cells.Select(c => c.Alignment == CellAlignment.Right ? c with { Alignment = CellAlignment.Left } : c)])));
        return table with { Rows = rows };
    }

    private static Table SplitCodes(Table table)
    {
        var rows = new List<TableRow>
        {
            new([Header("科目编码", columnSpan: 3), Header("科目名称", rowSpan: 2), Header("本年支出", columnSpan: 3)]),
            new([Header("类"), Header("款"), Header("项"), Header("合计"), Header("基本支出"), Header("项目支出")]),
        };
        foreach (var row in table.Rows.Skip(table.HeaderRows))
        {
            var code = row.Cells[0].Text;
            if (!code.All(char.IsAsciiDigit) || code.Length == 0)
            {
                rows.Add(new TableRow([row.Cells[0] with { ColumnSpan = 4 }, .. row.Cells.Skip(1)]));
                continue;
            }

            var indent = new string('\u3000', code.Length - 3);
            TableCell[] split = code.Length switch
            {
                3 => [Text(code), Text(""), Text("")],
                5 => [Text(""), Text(code[3..]), Text("")],
                _ => [Text(""), Text(""), Text(code[5..])],
            };
            rows.Add(new TableRow([.. split, row.Cells[1] with { Text = indent + row.Cells[1].Text }, .. row.Cells.Skip(2)]));
        }

        return table with { Rows = rows, HeaderRows = 2, ColumnWeights = [5, 4, 4, 40, 15, 15, 15] };
    }

    private static Table InYuan(Table table) => Scaled(table, 10_000m, "单位：元");

    /// <summary>The table's amounts multiplied by <paramref name="factor"/> under <paramref name="unitLine"/> (right or wrong).</summary>
    public static Table Scaled(Table table, decimal factor, string unitLine) => table with
    {
        UnitLine = unitLine,
        Rows = [.. table.Rows.Select((row, i) => i < table.HeaderRows ? row : new TableRow([.. row.Cells.Select(c =>
            c.Alignment == CellAlignment.Right && decimal.TryParse(c.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var wan)
                ? c with { Text = (wan * factor).ToString("#,##0.00", CultureInfo.InvariantCulture) }
                : c)]))],
    };

    private static TableCell Header(string text, int columnSpan = 1, int rowSpan = 1) => new(text, CellAlignment.Center, columnSpan, rowSpan, Bold: true);

    private static TableCell Cells(string text, int columnSpan) => Header(text, columnSpan);

    private static TableCell Text(string text) => new(text, CellAlignment.Left);

    private static TableCell Number(int value) => new(value.ToString(CultureInfo.InvariantCulture), CellAlignment.Center);
}
