using Fincomp.Diagnostics;
using Fincomp.Reference;

namespace Fincomp.Checks.Rules;

/// <summary>FC1203: a 项 code must exist in the year's 功能分类 table (a wrong code puts the money under the wrong 类).</summary>
internal sealed class UnknownFunctionalCodeRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1203", Severity.Error, "项级科目编码应存在于功能分类表",
        "functional.lines 中的 7 位编码应是当年政府收支分类科目中的项级科目；编码错误会使金额归到错误的类、款。",
        "code: \"2013205\"（组织事务下没有 05 项）。",
        "对照当年政府收支分类科目改正编码（消息中列出了最接近的有效编码）；确属本省增设或当年新设的科目时，写进编码表扩展文件，并在单位文件或 fincomp.yaml 的 code_tables.functional 中指明（见 docs/classification.md）。");

    /// <summary>Three codes shown with their names, so the clerk can recognise the one meant.</summary>
    private const int SuggestionCount = 3;

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var line in context.Unit.Functional.Lines)
        {
            if (line.Code.Length != 7 || !line.Code.All(char.IsAsciiDigit))
            {
                yield return Info.At(line.Locate(nameof(line.Code)), $"科目编码“{line.Code}”应为 7 位数字（类 3 位 + 款 2 位 + 项 2 位）。");
            }
            else if (context.Functional.Find(line.Code) is null)
            {
                yield return Info.At(line.Locate(nameof(line.Code)), $"{context.Functional.Year}年功能分类表中没有项级科目 {line.Code}{Suggestions(context, line.Code)}。");
            }
        }
    }

    private static string Suggestions(RuleContext context, string code)
    {
        var nearest = context.Functional.Nearest(code, SuggestionCount);
        return nearest.Count == 0
            ? string.Empty
            : "；最接近的有效编码：" + string.Join("、", nearest.Select(e => $"{e.Code} {NameWithParent(context, e)}"));
    }

    /// <summary>"组织事务/行政运行": a 项 name alone (行政运行) says little, its 款 tells which one it is.</summary>
    private static string NameWithParent(RuleContext context, ClassificationEntry entry) =>
        FunctionalCode.TryParse(entry.Code, out var code) && context.Functional.Find(code.Section) is { } section
            ? $"{section.Name}/{entry.Name}"
            : entry.Name;
}
