using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1802: no score exceeds its weight (nor is negative).</summary>
internal sealed class ScoreWithinWeightRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1802", Severity.Error, "得分不超过权重",
        "项目支出绩效自评表中，每个指标及预算执行的得分应在 0 与其权重之间；整体自评的各项得分不超过写出的满分。",
        "weight: 10、score: 12。",
        "改正得分或权重。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var project in context.Unit.Performance.Projects)
        {
            foreach (var indicator in project.Indicators)
            {
                if (indicator.Score is { } score && (score > indicator.Weight || score < 0m))
                {
                    yield return Info.At(indicator.Locate(nameof(indicator.Score)), $"指标“{indicator.Name}”得分 {Amounts.Format(score)} 不在 0 到权重 {Amounts.Format(indicator.Weight)} 之间。", [indicator.Locate(nameof(indicator.Weight))]);
                }
            }

            if (project.Budget is { Score: { } budgetScore } budget && (budgetScore > budget.Weight || budgetScore < 0m))
            {
                yield return Info.At(budget.Locate(nameof(budget.Score)), $"项目“{project.Name}”预算执行得分 {Amounts.Format(budgetScore)} 不在 0 到权重 {Amounts.Format(budget.Weight)} 之间。");
            }
        }

        foreach (var part in Flatten(context.Unit.Performance.UnitReport?.ScoreParts ?? []))
        {
            if (part.Maximum is { } maximum && part.Score > maximum)
            {
                yield return Info.At(part.Locate(nameof(part.Score)), $"“{part.Name}”得分 {Amounts.Format(part.Score)} 超过满分 {Amounts.Format(maximum)}。");
            }
        }
    }

    private static IEnumerable<Model.Performance.ScoreItem> Flatten(IEnumerable<Model.Performance.ScoreItem> items) =>
        items.SelectMany(i => Flatten(i.Parts).Prepend(i));
}
