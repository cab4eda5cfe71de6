using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1304: a 经济分类 款 of the 基本支出 section belongs to 301/302/303/310 and its written name matches. A code missing
/// from the table is FC1306's error, not this warning.
/// </summary>
internal sealed class EconomicItemRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1304", Severity.Warning, "基本支出的经济分类款应属四类且名称一致",
        "basic_expenditure.items 的编码应属 301、302、303 或 310 类（编码表中没有的款见 FC1306），写出的名称应与编码表一致（允许省略末尾的“支出”）。",
        "code: \"30239\" 写 name: 其他交通费，编码表中为 其他交通费用。",
        "按编码表改正编码或名称，或删去 name 让程序取编码表中的名称。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var item in context.Unit.BasicExpenditure.Items)
        {
            if (context.Economic.Find(item.Code) is not { } entry)
            {
                continue;
            }

            if (!(EconomicGroups.IsIn(item.Code, EconomicGroups.Personnel) || EconomicGroups.IsIn(item.Code, EconomicGroups.Public)))
            {
                yield return Info.At(item.Locate(nameof(item.Code)), $"经济分类编码 {item.Code} 不是 301、302、303、310 类下的款（基本支出只用这四类）。");
            }
            else if (item.Name is { } name && !ClassificationNames.Same(name, entry.Name))
            {
                yield return Info.At(item.Locate(nameof(item.Name)), $"经济分类 {item.Code} 的名称写作“{name}”，编码表中为“{entry.Name}”。");
            }
        }
    }
}
