using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1305: the statement's 基本支出 equals the 基本支出 of all 项 lines (table 1/3 = table 5 column).</summary>
internal sealed class BasicTypeRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1305", Severity.Error, "支出类型中的基本支出 = 各项的基本支出之和",
        "收入支出决算总表的基本支出应等于功能分类各项级科目基本支出之和（仅在各项写了 basic 时核对）。",
        "statement.expenditure.basic: 188.49，而各项 basic 之和为 187.49。",
        "核对各项的基本支出划分或总表的基本支出。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        var lines = unit.Functional.Lines.Where(l => l.Basic is not null).ToList();
        if (lines.Count == 0 || unit.Statement.Expenditure.Basic is not { } basic)
        {
            yield break;
        }

        var expected = Quantity.SumOf("各项的基本支出之和", lines.Select(l => l.Basic), unit.Functional.Span);
        if (SumCheck.Compare(Info, Quantity.Of("总表的基本支出", basic), expected) is { } finding)
        {
            yield return finding;
        }
    }
}
