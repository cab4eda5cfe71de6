using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>FC1602: 机关运行经费 is a 行政/参公 notion; a 事业单位 that reports one has most likely chosen the wrong kind.</summary>
internal sealed class InstitutionOperatingCostsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1602", Severity.Warning, "事业单位一般不填机关运行经费",
        "机关运行经费是行政单位和参照公务员法管理的事业单位的概念；事业单位填了机关运行经费，多半是单位性质（unit.kind）填错了。",
        "unit.kind: 事业单位，operating_costs.amount: 90.37。",
        "核对 unit.kind；确属事业单位时删去机关运行经费或写 0。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        if (unit.Unit.Kind == UnitKind.Institution && unit.OperatingCosts.Amount is { Value: > 0m } amount)
        {
            yield return Info.At(amount.Span, $"单位性质为事业单位，却填了机关运行经费 {Amounts.Format(amount.Value)} 万元。", [unit.Unit.Locate(nameof(UnitIdentity.Kind))]);
        }
    }
}
