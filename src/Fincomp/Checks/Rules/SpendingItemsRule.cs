using Fincomp.Diagnostics;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>FC1808: each spending detail's sub-items add up to the detail, at every level.</summary>
internal sealed class SpendingItemsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1808", Severity.Error, "开支明细的细项之和 = 该明细金额",
        "具体开支范围中有细项的明细，其金额应等于各细项金额之和。",
        "其它费用 3.98，而细项 1 + 2.78 + 2 = 5.78。",
        "改正明细金额或细项金额。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context) =>
        context.Unit.Performance.Projects.SelectMany(p => Check(p.Spending));

    private IEnumerable<Diagnostic> Check(IReadOnlyList<SpendingDetail> details)
    {
        foreach (var detail in details)
        {
            if (detail.Items.Count > 0
                && SumCheck.Compare(Info, Quantity.Of($"开支明细“{detail.Name}”", detail.Amount), Quantity.SumOf("其细项之和", detail.Items.Select(i => i.Amount), detail.Span)) is { } finding)
            {
                yield return finding;
            }

            foreach (var nested in Check(detail.Items))
            {
                yield return nested;
            }
        }
    }
}
