using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1207: without income lines, table 2 states a row's income from its spending only where that is sound; when the unit
/// carries balances into or out of the year, or its rows' spending does not add up to its income within rounding (with
/// the 合计 printable over the 类 rows, <see cref="IncomeByFunction"/>), the rows' income cells
/// stay blank and the clerk is told how to fill them; likewise when the 项' 其他资金 parts cannot be put to one source.
/// </summary>
internal sealed class IncomeFromSpendingRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1207", Severity.Warning, "收入决算表的科目收入不能由支出推出",
        "没有写 functional.income 时，收入决算表各科目的收入只在单位的支出就是其收入时按支出列出：没有年初、年末结转和结余（及使用非财政拨款结余、结余分配），且各科目支出之和等于本年收入合计（在四舍五入误差之内，且合计能与各类一致印出）。各科目的其他资金支出只在单位恰有一种非财政拨款收入（如上级补助收入）时列入该项收入。否则各行收入不得而知，表中留空，而不是印出与合计不符的行。",
        "opening_balance: 12.88，各科目支出之和 9,759.38，本年收入合计 9,746.50。",
        "按决算软件的收入决算表写 functional.income（fincomp import 从导出的公开表直接写出）。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var income = context.Figures.IncomeRows;
        var totals = context.Totals;
        if (!income.RowsUnknown || context.Figures.All.Classes.Count == 0)
        {
            yield break;
        }

        var columns = !income.TotalFromSpending && !income.FiscalFromSpending ? "本年收入合计、财政拨款收入两列"
            : !income.TotalFromSpending ? "本年收入合计一列"
            : !income.FiscalFromSpending ? "财政拨款收入一列"
            : "上级补助收入至其他收入各列";
        var why = Display.Round(income.Spending) != Display.Round(totals.IncomeTotal) || Display.Round(income.FiscalSpending) != Display.Round(totals.FiscalIncome)
            ? $"各科目支出之和 {Amounts.Fixed(income.Spending)}（其中财政拨款 {Amounts.Fixed(income.FiscalSpending)}）与本年收入合计 {Amounts.Fixed(totals.IncomeTotal)}（财政拨款收入 {Amounts.Fixed(totals.FiscalIncome)}）不同"
            : income.TotalFromSpending && income.FiscalFromSpending
                ? $"各科目的其他资金支出 {Amounts.Fixed(income.Spending - income.FiscalSpending)} 不能归入单位唯一的一种非财政拨款收入（单位有几种非财政拨款收入，或其他资金支出之和与该项收入不符）"
                : income.BalancesCarried
                    ? "单位有年初或年末结转和结余，各科目的支出不一定是当年的收入"
                    : ClassesCannotCarry(context.Figures.All, totals);
        var functional = context.Unit.Functional;
        yield return Info.At(
            functional.Span != default ? functional.Span : context.Unit.Statement.Locate(nameof(Statement.Income)),
            $"{why}，收入决算表各科目的{columns}无法由支出推出，表中留空；请按决算软件的收入决算表写 functional.income。");
    }

    /// <summary>
    /// The spending adds up to the income, but the 类 rows as printed (a declared 类 total of record a cent below its
    /// 项) cannot carry the 合计 printed beneath them.
    /// </summary>
    private static string ClassesCannotCarry(FunctionalTree all, UnitTotals totals) =>
        $"各类科目印出的支出之和 {Amounts.Fixed(all.Classes.Sum(c => c.Amounts.Actual))}（其中财政拨款 {Amounts.Fixed(all.Classes.Sum(FiscalSpending.Of))}）"
        + $"与本年收入合计 {Amounts.Fixed(totals.IncomeTotal)}（财政拨款收入 {Amounts.Fixed(totals.FiscalIncome)}）无法在表中一致印出";
}
