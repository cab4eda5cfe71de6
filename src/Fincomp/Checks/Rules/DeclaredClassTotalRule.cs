using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>FC1201: a printed 类 or 款 total of 一般公共预算财政拨款支出 is the sum of its 项.</summary>
internal sealed class DeclaredClassTotalRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1201", Severity.Error, "印出的类、款合计 = 其下各项之和",
        "functional.declared_totals 中印出的类级（3 位）或款级（5 位）决算数，应等于编码以它开头的一般公共预算项级科目决算数之和。差额在四舍五入误差之内时只作提示。",
        "declared_totals 写 201 为 780.00，而 201 开头的各项之和为 773.12。",
        "核对原文的结构情况与各项金额，改正抄错的数或补录漏掉的项。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var functional = context.Unit.Functional;
        foreach (var declared in functional.DeclaredTotals)
        {
            var lines = functional.Lines.Where(l => l.Fund == Fund.GeneralBudget && l.Code.StartsWith(declared.Code, StringComparison.Ordinal)).ToList();
            if (lines.Count == 0)
            {
                yield return Info.At(declared.Actual.Span, $"印出了科目 {declared.Code} 的合计 {Amounts.Format(declared.Actual.Value)}，但没有编码以 {declared.Code} 开头的项级科目。");
                continue;
            }

            var stated = Quantity.Of($"印出的科目 {declared.Code} 合计", declared.Actual);
            var parts = Quantity.SumOf($"其下 {lines.Count} 个项的决算数之和", lines.Select(l => l.Actual), declared.Span);
            if (SumCheck.Compare(Info, stated, parts) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
