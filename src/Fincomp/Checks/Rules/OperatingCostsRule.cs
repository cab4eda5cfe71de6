using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1601: for 行政 and 参公 units 机关运行经费 is their 公用经费 (strictly the 日常公用经费 part, hence a warning:
/// a unit with capital 公用经费 may differ legitimately).
/// </summary>
public sealed class OperatingCostsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1601", Severity.Warning, "机关运行经费 = 公用经费（行政、参公单位）",
        "行政单位和参照公务员法管理的事业单位的机关运行经费，是一般公共预算财政拨款基本支出中的（日常）公用经费，两者通常相等。",
        "operating_costs.amount: 80，而 basic_expenditure.public: 90.37。",
        "核对机关运行经费；如公用经费中含资本性支出，可在 checks 中记录理由后关闭本规则。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        if (unit.Unit.Kind == UnitKind.Institution || unit.OperatingCosts.Amount is not { } amount || unit.BasicExpenditure.Public is not { } publicCosts)
        {
            yield break;
        }

        if (SumCheck.Compare(Info, Quantity.Of("机关运行经费", amount), Quantity.Of("公用经费", publicCosts)) is { } finding)
        {
            yield return finding;
        }
    }
}
