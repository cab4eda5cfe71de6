using Fincomp.Derivation;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1701: a 项 whose 决算 differs from its budget on the unit's basis (全年预算 or 年初预算) needs the reason the text
/// must give ("与预算数持平可以不写原因").
/// </summary>
internal sealed class BudgetReasonRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1701", Severity.Warning, "决算数不等于预算数时应说明原因",
        "一般公共预算财政拨款支出具体情况中，决算数大于或小于预算数（按比较口径 settings.comparison_basis：全年预算数或年初预算数）的项级科目，正文必须写明主要原因；只有持平时可以不写。",
        "code: \"2013202\"，budget: 350、actual: 334.48，没有 reason。",
        "在该科目下补写 reason，如 年中追加人才专项经费。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var comparison = context.Figures.Comparison;
        foreach (var line in BudgetComparison.ComparedLines(context.Unit))
        {
            if (comparison.BudgetOf(line) is { } budget && budget.Value != line.Actual.Value && string.IsNullOrWhiteSpace(line.Reason))
            {
                var direction = line.Actual.Value > budget.Value ? "大于" : "小于";
                yield return Info.At(line.Actual.Span, $"科目 {line.Code} 决算数 {Amounts.Format(line.Actual.Value)} {direction}{comparison.Name} {Amounts.Format(budget.Value)}，但没有写原因（reason）。", [budget.Span]);
            }
        }
    }
}
