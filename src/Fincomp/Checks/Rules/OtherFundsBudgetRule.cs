using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1707: a <c>fund: 其他资金</c> line's budget (<c>budget</c>, <c>initial_budget</c>) and <c>reason</c> are printed
/// nowhere: the text's sentence on each 项 compares the 财政拨款 part (<see cref="BudgetComparison.ComparedLines"/>) and
/// tables 2 and 3 print no budget. Rather than drop them silently, the checker says so at each key.
/// </summary>
internal sealed class OtherFundsBudgetRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1707", Severity.Warning, "其他资金的预算数和原因不印出",
        "正文“一般公共预算财政拨款支出决算具体情况”逐项写的决算数、完成预算百分比和原因只取一般公共预算那一行，收入决算表、支出决算表不印预算数；"
            + "fund: 其他资金 一行写的 budget、initial_budget、reason 在报告中哪里都不出现。",
        "code: \"2011308\"，fund: 其他资金，budget: 25.00、reason: 其他资金部分未完全到位。",
        "删去其他资金一行的预算数和原因；要说明的原因写在同一科目一般公共预算那一行的 reason 中。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var line in context.Unit.Functional.Lines.Where(l => l.Fund == Fund.Other))
        {
            if (line.InitialBudget is { } initial)
            {
                yield return Finding(line.Code, "initial_budget（年初预算数）", initial.Span);
            }

            if (line.Budget is { } budget)
            {
                yield return Finding(line.Code, "budget（全年预算数）", budget.Span);
            }

            if (!string.IsNullOrWhiteSpace(line.Reason))
            {
                yield return Finding(line.Code, "reason（原因）", line.Locate(nameof(FunctionalLine.Reason)));
            }
        }
    }

    private Diagnostic Finding(string code, string key, SourceSpan span) =>
        Info.At(span, $"科目 {code} 其他资金一行的 {key}不印出：正文逐项比较的是一般公共预算部分的决算数与预算数，各表也不印预算数。要说明原因请写在一般公共预算那一行。");
}
