using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// Table 1, 收入支出决算总表: income by source on the left, spending by 类 on the right. The two sides are padded
/// so that 本年收入合计 faces 本年支出合计 and 总计 faces 总计, as the official form lines them up.
/// </summary>
internal static class IncomeExpenditureSummaryTable
{
    public const string Title = StandardTableTitles.IncomeExpenditureSummary;

    public static StandardTable Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var totals = figures.Totals;
        var income = unit.Statement.Income;
        var left = new List<(string, decimal)>
        {
            ("一般公共预算财政拨款收入", income.GeneralBudget.OrZero()),
            ("政府性基金预算财政拨款收入", income.GovernmentFund.OrZero()),
            ("国有资本经营预算财政拨款收入", income.StateCapital.OrZero()),
            ("上级补助收入", income.SuperiorSubsidy.OrZero()),
            ("事业收入", income.Business.OrZero()),
            ("经营收入", income.Operating.OrZero()),
            ("附属单位上缴收入", income.AffiliateRemittance.OrZero()),
            ("其他收入", income.Other.OrZero()),
        };
        var right = FunctionalClasses.All(figures.All, figures.Functional)
            .Select(c => (c.Name, c.Node?.Amounts.Actual ?? 0m))
            .ToList();

        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("收入", 2), Cells.Header("支出", 2)),
            Cells.Row(Cells.Header("项目"), Cells.Header("决算数"), Cells.Header("项目"), Cells.Header("决算数")),
        };
        var bodyRows = Math.Max(left.Count, right.Count);
        for (var i = 0; i < bodyRows; i++)
        {
            rows.Add(Cells.Row([.. Side(left, i), .. Side(right, i)]));
        }

        rows.Add(Cells.Row(Cells.Total("本年收入合计"), Cells.Amount(totals.IncomeTotal), Cells.Total("本年支出合计"), Cells.Amount(totals.ExpenditureTotal)));
        rows.Add(Cells.Row(
            Cells.Text("使用非财政拨款结余（含专用结余）"), Cells.Amount(unit.Statement.UseOfNonFiscalBalance.OrZero()),
            Cells.Text("结余分配"), Cells.Amount(unit.Statement.BalanceDistribution.OrZero())));
        rows.Add(Cells.Row(
            Cells.Text("年初结转和结余"), Cells.Amount(unit.Statement.OpeningBalance.OrZero()),
            Cells.Text("年末结转和结余"), Cells.Amount(unit.Statement.ClosingBalance.OrZero())));
        rows.Add(Cells.Row(Cells.Total("总计"), Cells.Amount(totals.IncomeGrandTotal), Cells.Total("总计"), Cells.Amount(totals.ExpenditureGrandTotal)));

        var isEmpty = totals.IncomeGrandTotal == 0m && totals.ExpenditureGrandTotal == 0m;
        var table = new Table(rows, 2, [30, 14, 30, 14])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "收入和支出") : null,
        };
        return new StandardTable(Title, table, isEmpty);
    }

    private static TableCell[] Side(List<(string Name, decimal Amount)> side, int index) =>
        index < side.Count
            ? [Cells.Text(side[index].Name), Cells.Amount(side[index].Amount)]
            : [Cells.Text(string.Empty), Cells.Amount((decimal?)null)];
}
