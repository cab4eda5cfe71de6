using Fincomp.Diagnostics;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1803: declared score totals are the sums of their scores: a project form's 合计 得分 = 预算执行 + Σ indicator
/// scores; the 整体 report's score = Σ its categories, and each category = Σ its parts.
/// </summary>
internal sealed class ScoreTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1803", Severity.Error, "印出的总得分 = 各项得分之和",
        "项目支出绩效自评表的得分合计应等于预算执行得分（未写时按 权重 × 执行率 计）与各指标得分之和；整体支出绩效自评的总分应等于各类指标得分之和，每类的得分应等于其下各项之和。",
        "total_score: 96，而预算执行 10 + 各指标得分 80 = 90。",
        "改正印出的合计或抄错的得分。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var form in context.Figures.ProjectForms)
        {
            var project = form.Project;
            if (project.TotalScore is not { } declared || project.Indicators.Count == 0 || project.Indicators.Any(i => i.Score is null))
            {
                continue;
            }

            // The form's own 预算执行 score (rounded once where it is computed): the finding states what the form prints.
            var sum = (form.BudgetScore ?? 0m) + project.Indicators.Sum(i => i.Score!.Value);
            if (sum != declared)
            {
                yield return Info.At(project.Locate(nameof(project.TotalScore)), form.BudgetScore is { } budgetScore
                    ? $"项目“{project.Name}”印出的得分合计为 {Amounts.Format(declared)}，而预算执行得分 {Amounts.Format(budgetScore)} 与各指标得分之和为 {Amounts.Format(sum)}。"
                    : $"项目“{project.Name}”印出的得分合计为 {Amounts.Format(declared)}，而各指标得分之和为 {Amounts.Format(sum)}（预算执行没有得分：未写得分，调整后预算数为 0 或未写）。");
            }
        }

        if (context.Unit.Performance.UnitReport is not { } report)
        {
            yield break;
        }

        if (report.Score is { } score && report.ScoreParts.Count > 0)
        {
            var sum = report.ScoreParts.Sum(p => p.Score);
            if (sum != score)
            {
                yield return Info.At(report.Locate(nameof(report.Score)), $"整体支出绩效评分为 {Amounts.Format(score)}，而各类指标得分之和为 {Amounts.Format(sum)}。");
            }
        }

        foreach (var finding in Parts(report.ScoreParts))
        {
            yield return finding;
        }
    }

    private IEnumerable<Diagnostic> Parts(IReadOnlyList<ScoreItem> items)
    {
        foreach (var item in items)
        {
            if (item.Parts.Count > 0 && item.Parts.Sum(p => p.Score) is var sum && sum != item.Score)
            {
                yield return Info.At(item.Locate(nameof(item.Score)), $"“{item.Name}”得分为 {Amounts.Format(item.Score)}，而其下各项得分之和为 {Amounts.Format(sum)}。");
            }

            foreach (var finding in Parts(item.Parts))
            {
                yield return finding;
            }
        }
    }
}
