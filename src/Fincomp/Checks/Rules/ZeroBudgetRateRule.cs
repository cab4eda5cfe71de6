using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1703: a completion or execution rate on a zero budget is meaningless ("完成预算0%" beside real spending, or a
/// division by zero); the figures or the wording must change.
/// </summary>
internal sealed class ZeroBudgetRateRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1703", Severity.Warning, "预算为 0 却有支出：完成率无法计算",
        "预算数（按比较口径：全年预算数或年初预算数；财政拨款收、支总计的年初预算数）为 0 而决算（执行）数大于 0 时，完成预算（执行率）百分比无法计算，正文不能写“完成预算X%”“完成年初预算的X%”。常见于漏填预算数。",
        "code: \"2100799\"，budget: 0、actual: 0.6。",
        "补填预算数；确实无预算时，在 reason 中说明追加或调剂的来源。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        var comparison = context.Figures.Comparison;
        foreach (var line in BudgetComparison.ComparedLines(unit))
        {
            if (comparison.BudgetOf(line) is { Value: 0m } budget && line.Actual.Value > 0m)
            {
                yield return Info.At(budget.Span, $"科目 {line.Code} {comparison.Name}为 0，决算数为 {Amounts.Format(line.Actual.Value)}，完成预算百分比无法计算。", [line.Actual.Span]);
            }
        }

        if (unit.Appropriations.InitialBudget is { } fiscalInitial && context.Figures.FiscalCompletionRate is null
            && context.Totals.FiscalExpenditureGrandTotal > 0m)
        {
            yield return Info.At(fiscalInitial.Span, $"财政拨款收、支总计的年初预算数为 0，财政拨款支出总计为 {Amounts.Format(context.Totals.FiscalExpenditureGrandTotal)}，“完成年初预算的X%”无法计算。");
        }

        if (unit.ThreePublic.Budget.Span != default && context.Figures.ThreePublic.Total.BudgetGiven
            && context.Totals.ThreePublicBudget == 0m && context.Totals.ThreePublicActual > 0m)
        {
            yield return Info.At(unit.ThreePublic.Budget.Span, $"“三公”经费预算数为 0，决算数为 {Amounts.Format(context.Totals.ThreePublicActual)}，完成预算百分比无法计算。");
        }

        foreach (var project in unit.Performance.Projects)
        {
            foreach (var row in Rows(project.Budget))
            {
                if (row.Adjusted is { Value: 0m } adjusted && row.Executed is { Value: > 0m } executed)
                {
                    yield return Info.At(adjusted.Span, $"项目“{project.Name}”调整后预算数为 0，执行数为 {Amounts.Format(executed.Value)}，预算执行率无法计算。", [executed.Span]);
                }
            }
        }
    }

    private static IEnumerable<Model.Performance.BudgetExecutionRow> Rows(Model.Performance.BudgetExecution? budget) =>
        budget is null ? [] : new[] { budget.Fiscal, budget.SpecialAccount, budget.UnitFunds, budget.Other }.OfType<Model.Performance.BudgetExecutionRow>();
}
