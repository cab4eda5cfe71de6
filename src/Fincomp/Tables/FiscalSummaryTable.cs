using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// Table 4, 财政拨款收入支出决算总表: the three kinds of 财政拨款 received on the left, their spending by 类 on the
/// right with one column per kind, then the year-end balances and 总计 on both sides.
/// </summary>
internal static class FiscalSummaryTable
{
    public const string Title = StandardTableTitles.FiscalSummary;

    public static StandardTable Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var totals = figures.Totals;
        FunctionalTree[] trees = [figures.GeneralBudget, figures.GovernmentFund, figures.StateCapital];
        var fiscal = figures.Fiscal;
        var left = new List<(string Name, decimal Amount)>
        {
            ("一般公共预算财政拨款", totals.GeneralBudgetIncome),
            ("政府性基金预算财政拨款", totals.GovernmentFundIncome),
            ("国有资本经营预算财政拨款", totals.StateCapitalIncome),
        };
        var classes = FunctionalClasses.All(fiscal, figures.Functional);

        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("收入", 2), Cells.Header("支出", 5)),
            Cells.Row(
                Cells.Header("项目"), Cells.Header("决算数"), Cells.Header("项目"), Cells.Header("合计"),
                Cells.Header("一般公共预算财政拨款"), Cells.Header("政府性基金预算财政拨款"), Cells.Header("国有资本经营预算财政拨款")),
        };
        for (var i = 0; i < Math.Max(left.Count, classes.Count); i++)
        {
            TableCell[] income = i < left.Count
                ? [Cells.Text(left[i].Name), Cells.Amount(left[i].Amount)]
                : [Cells.Text(string.Empty), Cells.Amount((decimal?)null)];
            TableCell[] spending = i < classes.Count
                ? [Cells.Text(classes[i].Name), Cells.Amount(trees.Sum(t => ClassActual(t, classes[i].Code))), .. trees.Select(t => Cells.Amount(ClassActual(t, classes[i].Code)))]
                : [Cells.Text(string.Empty), .. Enumerable.Range(0, 4).Select(_ => Cells.Amount((decimal?)null))];
            rows.Add(Cells.Row([.. income, .. spending]));
        }

        var opening = unit.Appropriations.OpeningBalance;
        decimal[] openingByKind = [opening?.GeneralBudget.OrZero() ?? 0m, opening?.GovernmentFund.OrZero() ?? 0m, opening?.StateCapital.OrZero() ?? 0m];
        var closing = unit.Appropriations.ClosingBalance;
        decimal[] closingByKind = [closing?.GeneralBudget.OrZero() ?? 0m, closing?.GovernmentFund.OrZero() ?? 0m, closing?.StateCapital.OrZero() ?? 0m];
        decimal[] spentByKind = [totals.GeneralBudgetExpenditure, totals.GovernmentFundExpenditure, totals.StateCapitalExpenditure];
        rows.Add(Cells.Row(
        [
            Cells.Total("本年收入合计"), Cells.Amount(totals.FiscalIncome), Cells.Total("本年支出合计"),
            Cells.Amount(totals.FiscalExpenditure), .. spentByKind.Select(Cells.Amount),
        ]));
        rows.Add(Cells.Row(
        [
            Cells.Text("年初财政拨款结转和结余"), Cells.Amount(totals.FiscalOpeningBalance), Cells.Text("年末财政拨款结转和结余"),
            Cells.Amount(totals.FiscalClosingBalance), .. closingByKind.Select(Cells.Amount),
        ]));
        if (unit.Settings.TemplatePack.ShanghaiTables())
        {
            rows.AddRange(BalanceByKind(openingByKind, closingByKind));
        }

        rows.Add(Cells.Row(
        [
            Cells.Total("总计"), Cells.Amount(totals.FiscalIncomeGrandTotal), Cells.Total("总计"),
            Cells.Amount(totals.FiscalExpenditureGrandTotal), .. spentByKind.Zip(closingByKind, (s, c) => Cells.Amount(s + c)),
        ]));

        var isEmpty = totals.FiscalIncomeGrandTotal == 0m && totals.FiscalExpenditureGrandTotal == 0m;
        var table = new Table(rows, 2, [22, 11, 22, 11, 11, 11, 11])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "财政拨款收入和支出") : null,
        };
        return new StandardTable(Title, table, isEmpty);
    }

    /// <summary>
    /// The Shanghai template's three rows under the 年初 and 年末财政拨款结转和结余: each kind's balance on both sides,
    /// the closing one in 合计 and in its own kind's column.
    /// </summary>
    private static IEnumerable<TableRow> BalanceByKind(decimal[] opening, decimal[] closing)
    {
        for (var kind = 0; kind < Kinds.Length; kind++)
        {
            var own = kind;
            yield return Cells.Row(
            [
                Cells.Text(Kinds[kind]), Cells.Amount(opening[kind]), Cells.Text(Kinds[kind]), Cells.Amount(closing[kind]),
                .. Enumerable.Range(0, Kinds.Length).Select(k => k == own ? Cells.Amount(closing[k]) : Cells.Amount((decimal?)null)),
            ]);
        }
    }

    private static readonly string[] Kinds = ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"];

    /// <summary>
    /// A 类's figure in one kind's tree: the figure of record of that kind. The row's 合计 is the sum of the three, a
    /// dependent cell, so that a 类 whose figure of record moved by rounding in one kind still adds across the row.
    /// </summary>
    private static decimal ClassActual(FunctionalTree tree, string code) =>
        tree.Classes.FirstOrDefault(c => c.Code == code)?.Amounts.Actual ?? 0m;
}
