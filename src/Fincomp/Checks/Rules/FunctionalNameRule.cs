using Fincomp.Diagnostics;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1204: a 类/款/项 name written beside a code matches the reference table. Names are compared after dropping a
/// trailing "支出" and unifying brackets, because documents routinely shorten 类 names (一般公共服务 for
/// 一般公共服务支出); anything else (支应急管理事务 for 应急管理事务) is a typo that would be published.
/// </summary>
internal sealed class FunctionalNameRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1204", Severity.Warning, "科目名称应与功能分类表一致",
        "functional.lines 中写出的类名、款名、项名应与编码表中该编码的名称一致（允许省略末尾的“支出”）。",
        "code: \"2240101\" 写 section_name: 支应急管理事务，编码表中 22401 为 应急管理事务。",
        "按编码表改正名称，或删去该名称让程序取编码表中的名称。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var line in context.Unit.Functional.Lines)
        {
            if (!FunctionalCode.TryParse(line.Code, out var code))
            {
                continue;
            }

            foreach (var finding in Compare(context, line, code.Class, line.ClassName, nameof(FunctionalLine.ClassName), "类名"))
            {
                yield return finding;
            }

            foreach (var finding in Compare(context, line, code.Section, line.SectionName, nameof(FunctionalLine.SectionName), "款名"))
            {
                yield return finding;
            }

            foreach (var finding in Compare(context, line, code.Item, line.Name, nameof(FunctionalLine.Name), "项名"))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Diagnostic> Compare(RuleContext context, FunctionalLine line, string code, string? written, string property, string what)
    {
        if (written is null || context.Functional.Find(code) is not { } entry || ClassificationNames.Same(written, entry.Name))
        {
            yield break;
        }

        yield return Info.At(line.Locate(property), $"科目 {code} 的{what}写作“{written}”，编码表中为“{entry.Name}”。");
    }
}
