using Fincomp.Derivation;
using Fincomp.Document;

namespace Fincomp.Tables;

/// <summary>Table 5, 一般公共预算财政拨款支出决算表: the 一般公共预算 lines to 项 with 基本/项目 split, then 合计.</summary>
internal static class GeneralBudgetExpenditureTable
{
    public const string Title = StandardTableTitles.GeneralBudgetExpenditure;

    public static StandardTable Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var tree = figures.GeneralBudget;
        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("科目编码"), Cells.Header("科目名称"), Cells.Header("合计"), Cells.Header("基本支出"), Cells.Header("项目支出")),
        };
        rows.AddRange(FunctionalRows.For(tree, node =>
            [Cells.Amount(node.Amounts.Actual), Cells.Amount(node.Amounts.Basic), Cells.Amount(node.Amounts.Project)]));
        rows.Add(Cells.Row(
            Cells.Total(columnSpan: 2), Cells.Amount(tree.Total.Actual), Cells.Amount(tree.Total.Basic), Cells.Amount(tree.Total.Project)));

        var isEmpty = tree.Classes.Count == 0;
        var table = new Table(rows, 1, [14, 40, 15, 15, 15])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "一般公共预算财政拨款支出") : null,
        };
        return new StandardTable(Title, table, isEmpty);
    }
}
