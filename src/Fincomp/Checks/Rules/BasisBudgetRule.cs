using Fincomp.Derivation;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1706: a 项 that gives only the budget of the other basis (年初预算 where the report compares with 全年预算, or the
/// reverse) would lose its completion rate and its reason in the text without a word; the finding says which key to add
/// or which basis to choose.
/// </summary>
internal sealed class BasisBudgetRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1706", Severity.Warning, "项级科目缺少比较口径的预算数",
        "报告按一种口径（settings.comparison_basis：全年预算 或 年初预算；不写时按所写的预算数推定）比较预算与决算。只写了另一种预算数的科目，正文无法写完成预算百分比和差异原因。",
        "settings.comparison_basis: 全年预算，而 code: \"2013202\" 只写了 initial_budget: 150。",
        "为该科目补写比较口径的预算数（全年预算写 budget，年初预算写 initial_budget），或改选比较口径。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var comparison = context.Figures.Comparison;
        var key = comparison.IsInitial ? "initial_budget" : "budget";
        foreach (var line in BudgetComparison.ComparedLines(context.Unit))
        {
            if (comparison.BudgetOf(line) is null && comparison.OtherBudgetOf(line) is { } other)
            {
                yield return Info.At(other.Span, $"科目 {line.Code} 只写了{(comparison.IsInitial ? "全年预算数" : "年初预算数")}，报告按{comparison.Name}比较，正文不写它的完成预算百分比和差异原因；请补写 {key}，或改选比较口径。");
            }
        }
    }
}
