using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>FC1301: 人员经费 + 公用经费 (the 基本支出 section) = the 基本支出 part of the 一般公共预算 项 lines (table 6 = table 5).</summary>
internal sealed class BasicSectionRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1301", Severity.Error, "人员经费 + 公用经费 = 一般公共预算各项的基本支出之和",
        "一般公共预算财政拨款基本支出决算表（人员经费 + 公用经费）应等于一般公共预算财政拨款支出决算表中各项的基本支出之和。",
        "basic_expenditure: personnel 98.12、public 90.37（合计 188.49），而各项 basic 之和为 180.49。",
        "核对人员经费、公用经费与各项级科目的基本支出划分。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var section = context.Unit.BasicExpenditure;
        var lines = context.Unit.Functional.Lines.Where(l => l.Fund == Fund.GeneralBudget && l.Basic is not null).ToList();
        if ((section.Personnel is null && section.Public is null) || lines.Count == 0)
        {
            yield break;
        }

        var stated = Quantity.SumOf("人员经费与公用经费之和", [section.Personnel, section.Public], section.Span);
        var expected = Quantity.SumOf("一般公共预算各项的基本支出之和", lines.Select(l => l.Basic), context.Unit.Functional.Span);
        if (SumCheck.Compare(Info, stated, expected) is { } finding)
        {
            yield return finding;
        }
    }
}
