using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// Table 2, 收入决算表. When the unit file records income by 科目 (<c>functional.income</c>, as an import from the
/// finance system writes it) the rows print that, each column where its 项 add up to the 合计. Otherwise income is known
/// by source for the whole unit only, so a 功能分类 row shows its spending as its income only where that is sound
/// (<see cref="IncomeByFunction"/>: no balance carried into or out of the year, and the rows adding up to the 合计), and
/// the 财政拨款 part of it likewise; the other sources are shown per row only when the unit had none of them (0.00) or
/// exactly one, which then takes the row's 其他资金 part, and left blank otherwise rather than invented. The 合计 row is the statement's. The table never prints rows that do not
/// add up to the 合计 below them; the checker says when cells stay blank and how to fill them (FC1206, FC1207).
/// </summary>
internal static class IncomeTable
{
    public const string Title = StandardTableTitles.Income;

    public static StandardTable Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var totals = figures.Totals;
        var income = unit.Statement.Income;
        decimal[] others =
        [
            income.SuperiorSubsidy.OrZero(), income.Business.OrZero(), income.Operating.OrZero(),
            income.AffiliateRemittance.OrZero(), income.Other.OrZero(),
        ];
        var byFunction = figures.IncomeRows;
        var tree = figures.All;

        var rows = new List<TableRow>
        {
            Cells.Row(
                Cells.Header("科目编码"), Cells.Header("科目名称"), Cells.Header("本年收入合计"), Cells.Header("财政拨款收入"),
                Cells.Header("上级补助收入"), Cells.Header("事业收入"), Cells.Header("经营收入"), Cells.Header("附属单位上缴收入"),
                Cells.Header("其他收入")),
        };
        rows.AddRange(byFunction.Given
            ? IncomeRows.For(byFunction, figures.Functional)
            : FunctionalRows.For(tree, node =>
            [
                Cells.Amount(byFunction.TotalFromSpending ? node.Amounts.Actual : null),
                Cells.Amount(byFunction.FiscalFromSpending ? FiscalSpending.Of(node) : null),
                .. Enumerable.Range(2, others.Length).Select(column => Cells.Amount(OtherSource(byFunction, column, node))),
            ]));
        rows.Add(Cells.Row(
        [
            Cells.Total(columnSpan: 2), Cells.Amount(totals.IncomeTotal), Cells.Amount(totals.FiscalIncome),
            .. others.Select(Cells.Amount),
        ]));

        Cells.PlaceTotal(rows, 1, unit.Settings.TemplatePack);
        var isEmpty = totals.IncomeTotal == 0m && tree.Classes.Count == 0 && !byFunction.Given;
        // The code column is wide enough for a 7-digit 项 code on one line, even in a bold face as wide as DejaVu Serif.
        var table = new Table(rows, 1, [13, 17, 12, 12, 9, 9, 9, 9, 9])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "收入") : null,
        };
        return new StandardTable(Title, table, isEmpty);
    }

    /// <summary>A non-fiscal source's cell of a row derived from spending: 0, the row's 其他资金 part, or unknown.</summary>
    private static decimal? OtherSource(IncomeByFunction byFunction, int column, FunctionalNode node) =>
        byFunction.OthersNone ? 0m
        : byFunction.OtherSourceColumn is not { } only ? null
        : column == only ? FiscalSpending.OtherFundsOf(node) : 0m;
}
