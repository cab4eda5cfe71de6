using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// Table 3, 支出决算表: each 功能分类 row split into 基本支出 and 项目支出 from its 项 lines. 上缴上级、经营 and
/// 对附属单位补助 spending comes from the 项 lines too where any line writes that column; a column no line writes shows
/// 0.00 on every row when the unit had none of that spending, and stays blank otherwise (not given: check names the
/// lines whose parts do not add up to their 决算数). The 合计 row is the statement's.
/// </summary>
internal static class ExpenditureTable
{
    public const string Title = StandardTableTitles.Expenditure;

    public static StandardTable Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var totals = figures.Totals;
        var spending = unit.Statement.Expenditure;
        decimal[] others = [spending.RemittanceToSuperior.OrZero(), spending.Operating.OrZero(), spending.SubsidyToAffiliates.OrZero()];
        var lines = unit.Functional.Lines;
        var columns = new Func<FunctionalAmounts, decimal?>[]
        {
            Column(lines.Any(l => l.RemittanceToSuperior is not null), others[0], a => a.RemittanceToSuperior),
            Column(lines.Any(l => l.Operating is not null), others[1], a => a.Operating),
            Column(lines.Any(l => l.SubsidyToAffiliates is not null), others[2], a => a.SubsidyToAffiliates),
        };
        var tree = figures.All;

        var rows = new List<TableRow>
        {
            Cells.Row(
                Cells.Header("科目编码"), Cells.Header("科目名称"), Cells.Header("本年支出合计"), Cells.Header("基本支出"),
                Cells.Header("项目支出"), Cells.Header("上缴上级支出"), Cells.Header("经营支出"), Cells.Header("对附属单位补助支出")),
        };
        rows.AddRange(FunctionalRows.For(tree, node =>
        [
            Cells.Amount(node.Amounts.Actual),
            Cells.Amount(node.Amounts.Basic),
            Cells.Amount(node.Amounts.Project),
            .. columns.Select(column => Cells.Amount(column(node.Amounts))),
        ]));
        rows.Add(Cells.Row(
        [
            Cells.Total(columnSpan: 2), Cells.Amount(totals.ExpenditureTotal), Cells.Amount(spending.Basic.OrZero()),
            Cells.Amount(spending.Project.OrZero()), .. others.Select(Cells.Amount),
        ]));

        Cells.PlaceTotal(rows, 1, unit.Settings.TemplatePack);
        var isEmpty = totals.ExpenditureTotal == 0m && tree.Classes.Count == 0;
        // The code column is wide enough for a 7-digit 项 code on one line.
        var table = new Table(rows, 1, [13, 22, 11, 11, 11, 10, 10, 11])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "支出") : null,
        };
        return new StandardTable(Title, table, isEmpty);
    }

    /// <summary>
    /// A row's cell in one of the other spending columns: the 项 lines' figures where any line writes the column, 0.00
    /// where the unit had none of it, else blank (the lines do not say which 科目 it was spent on).
    /// </summary>
    private static Func<FunctionalAmounts, decimal?> Column(bool written, decimal whole, Func<FunctionalAmounts, decimal> amount) =>
        written ? a => amount(a) : whole == 0m ? _ => 0m : _ => null;
}
