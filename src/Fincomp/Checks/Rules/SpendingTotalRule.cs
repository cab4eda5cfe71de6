using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1807: a project's 具体开支范围 adds up to its executed amount (预算执行数).</summary>
internal sealed class SpendingTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1807", Severity.Error, "开支明细之和 = 预算执行数",
        "项目支出绩效自评报告列出的具体开支范围各项之和，应等于自评表的预算执行数（各资金来源执行数之和）。",
        "党建工作经费的开支明细之和为 43.89，而预算执行数为 42.58。",
        "核对开支明细，改正抄错的金额或删去不属于本项目的开支。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var project in context.Unit.Performance.Projects)
        {
            var executed = ProjectForms.Rows(project.Budget).Select(r => r.Executed).Where(e => e is not null).ToList();
            if (project.Spending.Count == 0 || executed.Count == 0)
            {
                continue;
            }

            var spendingSpan = project.Locate(nameof(project.Spending));
            var sum = Quantity.SumOf($"项目“{project.Name}”的开支明细之和", project.Spending.Select(s => s.Amount), spendingSpan);
            var stated = sum with { Spans = [spendingSpan, .. sum.Spans] };
            if (SumCheck.Compare(Info, stated, Quantity.SumOf("预算执行数", executed, project.Span)) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
