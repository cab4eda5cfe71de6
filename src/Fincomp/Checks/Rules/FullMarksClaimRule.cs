using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1902: a text that claims 满分 while the project's score is below its maximum.</summary>
internal sealed class FullMarksClaimRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1902", Severity.Error, "文字称“满分”而得分不是满分",
        "项目支出绩效自评表的评价结论或报告正文写“满分”，而得分合计低于权重合计（满分）。",
        "conclusion: 自评总分为满分，而 total_score: 96（满分 100）。",
        "把结论改为实际得分，如 自评总分为96分。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var project in context.Unit.Performance.Projects)
        {
            if (project.Indicators.Count == 0 && project.TotalScore is null)
            {
                continue;
            }

            var score = ProjectForms.TotalScore(project);
            var maximum = ProjectForms.MaximumScore(project);
            if (score >= maximum)
            {
                continue;
            }

            foreach (var field in ModelWalker.Texts(project, "performance.projects"))
            {
                var at = field.Text.IndexOf("满分", StringComparison.Ordinal);
                if (at >= 0)
                {
                    yield return Info.At(field.At(at), $"项目“{project.Name}”的{field.Label}称“满分”，但得分为 {Amounts.Format(score)}（满分 {Amounts.Format(maximum)}）。",
                        project.TotalScore is null ? null : [project.Locate(nameof(project.TotalScore))]);
                }
            }
        }
    }
}
