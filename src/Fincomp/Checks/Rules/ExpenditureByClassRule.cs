using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1103: 本年支出合计 by type equals 本年支出合计 by 功能分类 (the two columns of the same table).</summary>
internal sealed class ExpenditureByClassRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1103", Severity.Error, "各类型支出之和 = 各功能分类科目支出之和",
        "本年支出按支出类型（基本、项目……）与按功能分类科目（类、款、项）是同一笔钱的两种分法，两者之和应相等。仅在录入了功能分类科目时核对。",
        "基本支出 188.49 + 项目支出 648.95 = 837.44，而 functional.lines 的决算数之和为 836.44。",
        "补齐漏录的项级科目，或改正抄错的支出类型金额。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        if (unit.Functional.Lines.Count == 0)
        {
            yield break;
        }

        var byClass = Quantity.SumOf("各功能分类科目决算数之和", unit.Functional.Lines.Select(l => l.Actual), unit.Functional.Span);
        if (SumCheck.Compare(Info, StatementParts.Expenditure(unit.Statement), byClass) is { } finding)
        {
            yield return finding;
        }
    }
}
