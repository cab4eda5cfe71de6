using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1702: the 整体自评报告's 调整预算数 is 年初预算 − 决算数 (the report states all three).</summary>
internal sealed class BudgetAdjustmentRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1702", Severity.Error, "年初预算 − 决算 = 调整预算数",
        "整体支出绩效自评报告中的年初预算、调整预算数与决算数应满足：年初预算 − 决算数 = 调整预算数。",
        "budget: initial 1160.12、adjustment 322.68、actual 837.44 一致；若 adjustment 写 320 则报告。",
        "改正调整预算数，或核对年初预算与决算数。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        if (context.Unit.Performance.UnitReport?.Budget is not { Initial: { } initial, Adjustment: { } adjustment, Actual: { } actual } budget)
        {
            yield break;
        }

        var stated = Quantity.SumOf("调整预算数与决算数之和", [adjustment, actual], budget.Span);
        if (SumCheck.Compare(Info, stated, Quantity.Of("年初预算", initial)) is { } finding)
        {
            yield return finding;
        }
    }
}
