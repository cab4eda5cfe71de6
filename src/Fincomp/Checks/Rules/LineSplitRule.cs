using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1202: each 项's 基本支出 + 项目支出 = its 决算数.</summary>
internal sealed class LineSplitRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1202", Severity.Error, "项的基本支出 + 项目支出 = 决算数",
        "每个项级科目的决算数应等于其中基本支出与项目支出之和（都未写时不核对）。",
        "2013201 决算 114.07，basic 100、project 4.07，合计 104.07。",
        "改正 basic 或 project，使两者之和等于 actual。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var line in context.Unit.Functional.Lines)
        {
            if (line.Basic is null && line.Project is null)
            {
                continue;
            }

            var parts = Quantity.SumOf($"基本支出与项目支出之和", [line.Basic, line.Project], line.Span);
            if (SumCheck.Compare(Info, Quantity.Of($"科目 {line.Code} 的决算数", line.Actual), parts) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
