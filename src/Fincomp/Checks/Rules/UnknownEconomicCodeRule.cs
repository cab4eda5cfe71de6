using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1306: a 经济分类 款 of the 基本支出 section must exist in the year's 经济分类 table. A code that does not exist has no
/// name to print, so the report would show the bare code where the 款 name belongs.
/// </summary>
internal sealed class UnknownEconomicCodeRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1306", Severity.Error, "经济分类款编码应存在于经济分类表",
        "basic_expenditure.items 中的 5 位编码应是当年支出经济分类科目中的款；不存在的编码没有名称，报告中只能印出编码本身。",
        "code: \"30198\"（工资福利支出下没有 98 款）。",
        "对照当年支出经济分类科目改正编码（消息中列出了最接近的有效编码）；确属本省增设的科目时，写进编码表扩展文件，并在单位文件或 fincomp.yaml 的 code_tables.economic 中指明（见 docs/classification.md）。");

    /// <summary>Three codes shown with their names, so the clerk can recognise the one meant.</summary>
    private const int SuggestionCount = 3;

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var item in context.Unit.BasicExpenditure.Items)
        {
            if (context.Economic.Find(item.Code) is null)
            {
                var nearest = context.Economic.Nearest(item.Code, SuggestionCount);
                var suggestions = nearest.Count == 0 ? string.Empty : "；最接近的有效编码：" + string.Join("、", nearest.Select(e => $"{e.Code} {e.Name}"));
                yield return Info.At(item.Locate(nameof(item.Code)), $"{context.Economic.Year}年经济分类表中没有款 {item.Code}{suggestions}。");
            }
        }
    }
}
