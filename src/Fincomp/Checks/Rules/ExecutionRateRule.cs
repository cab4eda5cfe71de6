using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1809: a 预算执行率 below 90% needs a reason on the form.</summary>
internal sealed class ExecutionRateRule : IRule
{
    private const decimal Threshold = 0.9m;

    public RuleInfo Info { get; } = new(
        "FC1809", Severity.Warning, "预算执行率低于 90% 应说明原因",
        "项目支出绩效自评表的预算执行率（执行数 ÷ 调整后预算数）低于 90% 时，原因一栏必须说明。",
        "adjusted: 42.58、executed: 30，执行率 70.46%，budget.reason 未写。",
        "在 budget.reason 中写明执行率偏低的原因。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var project in context.Unit.Performance.Projects)
        {
            if (project.Budget is not { } budget || !string.IsNullOrWhiteSpace(budget.Reason))
            {
                continue;
            }

            var adjusted = ProjectForms.Sum(budget, r => r.Adjusted);
            var executed = ProjectForms.Sum(budget, r => r.Executed);
            if (adjusted > 0m && executed / adjusted < Threshold)
            {
                var rate = Derivation.Display.TextPercent(Derivation.Display.Percent(executed, adjusted)!.Value);
                yield return Info.At(budget.Span, $"项目“{project.Name}”预算执行率 {rate}%（{Amounts.Format(executed)} ÷ {Amounts.Format(adjusted)}）低于 90%，但没有写原因。");
            }
        }
    }
}
