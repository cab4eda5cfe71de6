using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1202: each 项's 基本支出 + 项目支出 (+ 上缴上级、经营、对附属单位补助支出, where written) = its 决算数, as the row
/// of table 3 prints them.
/// </summary>
internal sealed class LineSplitRule : IRule
{
    private static readonly string[] OtherNames = ["上缴上级支出", "经营支出", "对附属单位补助支出"];

    public RuleInfo Info { get; } = new(
        "FC1202", Severity.Error, "项的基本支出 + 项目支出（+ 经营支出等）= 决算数",
        "每个项级科目的决算数应等于其中基本支出与项目支出之和；写了上缴上级支出（remittance_to_superior）、经营支出（operating）或对附属单位补助支出（subsidy_to_affiliates）的，一并相加：表3 支出决算表的这一行由它们组成。没写的按没有计；一个都没写时由 FC1208 报告。",
        "2013201 决算 114.07，basic 100、project 4.07，合计 104.07。",
        "改正 basic、project 或 operating 等，使各项之和等于 actual。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var line in context.Unit.Functional.Lines)
        {
            if (line.Basic is null && line.Project is null && line.OtherTypes.All(o => o is null))
            {
                continue;
            }

            var parts = Quantity.SumOf(PartsLabel(line), [line.Basic, line.Project, .. line.OtherTypes], line.Span);
            if (SumCheck.Compare(Info, Quantity.Of($"科目 {line.Code} 的决算数", line.Actual), parts) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>"基本支出与项目支出之和", naming also each other type the line writes.</summary>
    private static string PartsLabel(FunctionalLine line)
    {
        var others = line.OtherTypes.Zip(OtherNames).Where(o => o.First is not null).Select(o => o.Second).ToList();
        return others.Count == 0 ? "基本支出与项目支出之和" : $"基本支出、项目支出与{string.Join("、", others)}之和";
    }
}
