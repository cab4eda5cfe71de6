using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1801: the weights of a 项目支出绩效自评表 add up: 10 for 预算执行 + 90 for the indicators = 100 (and the printed
/// 合计 weight); the 整体 form's printed 合计 is the sum of its group weights.
/// </summary>
internal sealed class FormWeightsRule : IRule
{
    private const decimal FullMarks = 100m;
    private const decimal IndicatorMarks = 90m;

    public RuleInfo Info { get; } = new(
        "FC1801", Severity.Error, "自评表权重合计正确",
        "项目支出绩效自评表：预算执行 10 分 + 绩效指标 90 分 = 100 分，印出的权重合计应等于各权重之和；部门整体支出绩效目标自评表印出的合计应等于各组权重之和。",
        "七个指标的权重之和为 85（应为 90）；或 total_weight: 100 而 10 + 指标权重 85 = 95。",
        "调整各指标的权重，使其合计为 90；改正印出的合计。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var project in context.Unit.Performance.Projects)
        {
            if (project.Indicators.Count == 0)
            {
                continue;
            }

            var indicators = project.Indicators.Sum(i => i.Weight);
            var budgetWeight = project.Budget?.Weight ?? 0m;
            if (indicators != IndicatorMarks)
            {
                yield return Info.At(project.Locate(nameof(project.Indicators)), $"项目“{project.Name}”绩效指标的权重之和为 {Amounts.Format(indicators)}，应为 {Amounts.Format(IndicatorMarks)}。");
            }

            var total = budgetWeight + indicators;
            var stated = project.TotalWeight ?? FullMarks;
            if (total != stated)
            {
                var what = project.TotalWeight is null ? "应为" : "印出的合计为";
                yield return Info.At(project.Locate(project.TotalWeight is null ? nameof(project.Indicators) : nameof(project.TotalWeight)),
                    $"项目“{project.Name}”预算执行权重 {Amounts.Format(budgetWeight)} 与指标权重 {Amounts.Format(indicators)} 之和为 {Amounts.Format(total)}，{what} {Amounts.Format(stated)}。");
            }
        }

        if (context.Unit.Performance.UnitReport?.Form is { Total: { } formTotal } form && form.IndicatorGroups.Any(g => g.Weight is not null))
        {
            var sum = form.IndicatorGroups.Sum(g => g.Weight ?? 0m);
            if (sum != formTotal)
            {
                yield return Info.At(form.Locate(nameof(form.Total)), $"部门整体支出绩效目标自评表印出的合计为 {Amounts.Format(formTotal)}，而各组权重之和为 {Amounts.Format(sum)}。");
            }
        }
    }
}
