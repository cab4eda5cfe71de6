using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// Tables 8 and 9, the 政府性基金 and 国有资本经营 收入支出决算表: one shape for both, the fund chosen by the caller.
/// Rows are the fund's 项 lines with their balances and income where the data gives them (<see cref="FundRowBalances"/>,
/// blank otherwise); the 合计 row takes the fund's opening and closing balances and its income.
/// </summary>
internal static class FundTable
{
    public static StandardTable Build(ReportFigures figures, Fund fund)
    {
        var unit = figures.Unit;
        var totals = figures.Totals;
        var (title, subject, income) = fund switch
        {
            Fund.GovernmentFund => (StandardTableTitles.GovernmentFund, "政府性基金预算财政拨款收入和支出", totals.GovernmentFundIncome),
            Fund.StateCapital => (StandardTableTitles.StateCapital, "国有资本经营预算财政拨款收入和支出", totals.StateCapitalIncome),
            _ => throw new ArgumentOutOfRangeException(nameof(fund), fund, "Only 政府性基金 and 国有资本经营 have a table of their own."),
        };
        var opening = Of(unit.Appropriations.OpeningBalance, fund);
        var closing = Of(unit.Appropriations.ClosingBalance, fund);
        var tree = fund == Fund.GovernmentFund ? figures.GovernmentFund : figures.StateCapital;
        var balances = fund == Fund.GovernmentFund ? figures.GovernmentFundRows : figures.StateCapitalRows;

        var rows = new List<TableRow>
        {
            Cells.Row(
                Cells.Header("科目编码", rowSpan: 2), Cells.Header("科目名称", rowSpan: 2), Cells.Header("年初结转和结余", rowSpan: 2),
                Cells.Header("本年收入", rowSpan: 2), Cells.Header("本年支出", 3), Cells.Header("年末结转和结余", rowSpan: 2)),
            Cells.Row(Cells.Header("合计"), Cells.Header("基本支出"), Cells.Header("项目支出")),
        };
        rows.AddRange(FunctionalRows.For(tree, node =>
        {
            var row = balances.For(node.Code);
            return
            [
                Cells.Amount(row.Opening), Cells.Amount(row.Income),
                Cells.Amount(node.Amounts.Actual), Cells.Amount(node.Amounts.Basic), Cells.Amount(node.Amounts.Project),
                Cells.Amount(row.Closing),
            ];
        }));
        rows.Add(Cells.Row(
            Cells.Total(columnSpan: 2), Cells.Amount(opening), Cells.Amount(income), Cells.Amount(tree.Total.Actual),
            Cells.Amount(tree.Total.Basic), Cells.Amount(tree.Total.Project), Cells.Amount(closing)));

        var isEmpty = tree.Classes.Count == 0 && opening == 0m && closing == 0m && income == 0m;
        // The code column is wide enough for a 7-digit 项 code on one line.
        var table = new Table(rows, 2, [14, 22, 11, 11, 11, 11, 11, 11])
        {
            Title = title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, subject) : null,
        };
        return new StandardTable(title, table, isEmpty);
    }

    private static decimal Of(FundAmounts? amounts, Fund fund) => fund switch
    {
        Fund.GovernmentFund => amounts?.GovernmentFund.OrZero() ?? 0m,
        Fund.StateCapital => amounts?.StateCapital.OrZero() ?? 0m,
        _ => 0m,
    };
}
