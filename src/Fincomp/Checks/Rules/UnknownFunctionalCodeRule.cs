using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1203: a 项 code must exist in the year's 功能分类 table (a wrong code puts the money under the wrong 类).</summary>
public sealed class UnknownFunctionalCodeRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1203", Severity.Error, "项级科目编码应存在于功能分类表",
        "functional.lines 中的 7 位编码应是当年政府收支分类科目中的项级科目；编码错误会使金额归到错误的类、款。",
        "code: \"2013205\"（组织事务下没有 05 项）。",
        "对照当年政府收支分类科目改正编码；确属新增科目时，在单位的编码表扩展中补充。");

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
                yield return Info.At(line.Locate(nameof(line.Code)), $"{context.Functional.Year}年功能分类表中没有项级科目 {line.Code}。");
            }
        }
    }
}
