using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1805: an indicator that meets its target yet lost points contradicts the scoring standard.</summary>
internal sealed class MetTargetDeductedRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1805", Severity.Warning, "已完成的指标不应扣分",
        "完成值达到指标值的指标，按评分标准应得满分；若仍扣分，要么完成值写错，要么应说明扣分理由。",
        "nature: ≥、target: \"90\"、achieved: \"95\"、weight: 20、score: 15。",
        "改正得分，或核对完成值；确有其他扣分理由时写入 reason。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var indicator in context.Unit.Performance.Projects.SelectMany(p => p.Indicators))
        {
            if (IndicatorValues.Met(indicator) == true && indicator.Score is { } score && score < indicator.Weight && string.IsNullOrWhiteSpace(indicator.Reason))
            {
                yield return Info.At(indicator.Locate(nameof(indicator.Score)), $"指标“{indicator.Name}”完成值 {indicator.Achieved} 已达到指标值 {indicator.Target}，却只得 {Amounts.Format(score)} 分（权重 {Amounts.Format(indicator.Weight)}）。");
            }
        }
    }
}
