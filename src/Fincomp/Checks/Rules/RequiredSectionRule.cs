using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1003: data without which the standard report cannot be written (项 lines, 人员经费 and 公用经费, the "三公" section).</summary>
internal sealed class RequiredSectionRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1003", Severity.Error, "缺少写出标准报告所必需的数据",
        "单位有支出却没有任何项级科目（functional.lines），一般公共预算财政拨款基本支出不为 0 却没有人员经费、公用经费（basic_expenditure.personnel、public），或没有写“三公”经费（three_public，没有时也要写 0）时，标准报告无法写出，否则会把未填写的数字印成 0。",
        "statement.expenditure.basic: 188.49，但没有 functional.lines。",
        "按提示的键补录数据。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context) =>
        ReportNeeds.Of(context)
            .Where(m => m.Required)
            .Select(m => Info.At(m.Span, $"未填写 {m.Key}：{m.Effect}。"));
}
