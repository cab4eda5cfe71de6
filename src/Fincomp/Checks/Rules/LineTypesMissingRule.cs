using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1208: a 项 with a 决算数 and none of its parts (基本、项目、上缴上级、经营、对附属单位补助支出). Table 3 prints each
/// row by its parts, so the row would not add up to its 本年支出合计; FC1202 cannot compare what was not written.
/// </summary>
internal sealed class LineTypesMissingRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1208", Severity.Error, "项写了决算数，却没写它由哪类支出组成",
        "项级科目的决算数不为 0，却没写 basic、project、remittance_to_superior、operating、subsidy_to_affiliates 中的任何一项：表3 支出决算表这一行的各列无从列示，相加不等于本年支出合计。事业单位的经营支出也要写在所属的项上（operating）。",
        "2070199 fund: 其他资金，actual 28.00，没有 basic、project 或 operating。",
        "按支出类型写出这一项的组成，如经营支出写 operating: 28.00。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var line in context.Unit.Functional.Lines)
        {
            if (line.Actual.Value != 0m && line.Basic is null && line.Project is null && line.OtherTypes.All(o => o is null))
            {
                yield return Info.At(line.Actual.Span,
                    $"科目 {line.Code} 的决算数 {Amounts.Format(line.Actual.Value)} 万元没写由哪类支出组成（basic、project、remittance_to_superior、operating、subsidy_to_affiliates 都没写）：表3 支出决算表这一行的各列相加不等于本年支出合计。");
            }
        }
    }
}
