using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1804: an indicator whose 完成值 misses its 指标值 needs a 未完成原因, and normally a deduction.</summary>
internal sealed class MissedTargetRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1804", Severity.Warning, "未完成的指标应说明原因并扣分",
        "按指标性质（≥、≤、=）比较完成值与指标值：未达到的指标必须写未完成原因分析（reason），通常也应扣分（得分低于权重）。",
        "nature: ≥、target: \"90\"、achieved: \"89\"、score: 10（满分），没有 reason。",
        "补写 reason，并按评分标准扣分；若实际已完成，改正完成值。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var project in context.Unit.Performance.Projects)
        {
            foreach (var indicator in project.Indicators)
            {
                if (IndicatorValues.Met(indicator) != false)
                {
                    continue;
                }

                var what = $"指标“{indicator.Name}”完成值 {indicator.Achieved} 未达到指标值 {indicator.Target}";
                if (string.IsNullOrWhiteSpace(indicator.Reason))
                {
                    yield return Info.At(indicator.Locate(nameof(indicator.Achieved)), $"{what}，但没有写未完成原因分析（reason）。");
                }

                if (indicator.Score is { } score && score >= indicator.Weight)
                {
                    yield return Info.At(indicator.Locate(nameof(indicator.Score)), $"{what}，却得了满分 {Amounts.Format(score)}。", [indicator.Locate(nameof(indicator.Achieved))]);
                }
            }
        }
    }
}
