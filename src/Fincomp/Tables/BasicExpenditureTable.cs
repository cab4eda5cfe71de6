using Fincomp.Document;
using Fincomp.Derivation;

namespace Fincomp.Tables;

/// <summary>
/// Table 6, 一般公共预算财政拨款基本支出决算表, printed as two column groups: 人员经费 (301, 303) on the left and
/// 公用经费 (302, 310) on the right, the rows and totals of <see cref="BasicFigures"/>: 款 with their amounts, a 类 row
/// only when every one of its 款 has an amount, and only the two 合计 rows when the 款 were named without amounts.
/// </summary>
internal static class BasicExpenditureTable
{
    public const string Title = StandardTableTitles.BasicExpenditure;

    private static readonly string[] PersonnelClasses = ["301", "303"];
    private static readonly string[] PublicClasses = ["302", "310"];

    public static StandardTable Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var basic = figures.Basic;
        var left = basic.PersonnelRows;
        var right = basic.PublicRows;

        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("人员经费", 3), Cells.Header("公用经费", 3)),
            Cells.Row(
                Cells.Header("科目编码"), Cells.Header("科目名称"), Cells.Header("决算数"),
                Cells.Header("科目编码"), Cells.Header("科目名称"), Cells.Header("决算数")),
        };
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            rows.Add(Cells.Row([.. Cell(left, i), .. Cell(right, i)]));
        }

        rows.Add(Cells.Row(
            Cells.Total("人员经费合计", 2), Cells.Amount(basic.Personnel),
            Cells.Total("公用经费合计", 2), Cells.Amount(basic.Public)));

        var isEmpty = left.Count == 0 && right.Count == 0 && (basic.Personnel ?? 0m) == 0m && (basic.Public ?? 0m) == 0m;
        var table = new Table(rows, 2, [10, 26, 13, 10, 26, 13])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "一般公共预算财政拨款基本支出") : null,
        };
        return new StandardTable(Title, table, isEmpty);
    }

    private static TableCell[] Cell(IReadOnlyList<EconomicRow> side, int index)
    {
        if (index >= side.Count)
        {
            return [Cells.Text(string.Empty), Cells.Text(string.Empty), Cells.Amount((decimal?)null)];
        }

        var row = side[index];
        return
        [
            new TableCell(row.Code, CellAlignment.Left, Bold: row.IsClass),
            new TableCell(row.Name, CellAlignment.Left, Bold: row.IsClass),
            Cells.Amount(row.Amount),
        ];
    }
}
