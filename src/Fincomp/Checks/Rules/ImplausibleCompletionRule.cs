using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1705: a completion rate the text would print that no budget explains ("完成预算5968000%" from a budget of 0.01):
/// actual spending more than <see cref="Bound"/> times its budget. The rate is computed as the text computes it
/// (<see cref="Wording.Completion"/>: the printed actual over the printed budget).
/// </summary>
internal sealed class ImplausibleCompletionRule : IRule
{
    /// <summary>
    /// 1000%: spending ten times its budget. Additions during the year (追加、调剂) raise spending above the budget, but
    /// the 调整预算 already includes them, so a real overrun is a fraction of the budget, rarely more than double it; a
    /// factor of ten or more is the mark of a budget typed in the wrong unit (元 for 万元 is a factor of 10,000), a
    /// decimal point in the wrong place, or a budget left at a placeholder such as 0.01.
    /// </summary>
    public const decimal Bound = 1000m;

    public RuleInfo Info { get; } = new(
        "FC1705", Severity.Warning, "完成预算百分比不合常理",
        "决算数超过预算数的 10 倍（完成预算 1000% 以上）时，正文会印出如“完成预算5968000%”的百分比。年中追加、调剂的资金已计入调整预算，"
            + "真实的超支很少超过预算数的一倍；10 倍以上几乎总是预算数抄错：元与万元混用（相差 10000 倍）、小数点错位，或预算数只填了 0.01 之类的占位数。",
        "code: \"2013202\"，budget: 0.01、actual: 596.80：正文将写“完成预算5968000%”。",
        "核对预算数（全年预算数，含调整）的单位与小数点；确有大额追加而未调整预算的，在 reason 中说明。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        foreach (var line in BudgetComparison.ComparedLines(unit))
        {
            if (line.Budget is { } budget && Implausible(budget.Value, line.Actual.Value) is { } rate)
            {
                yield return Info.At(budget.Span, $"科目 {line.Code} 预算数 {Amounts.Format(budget.Value)}、决算数 {Amounts.Format(line.Actual.Value)}，正文将写“完成预算{Display.TextPercent(rate)}%”，疑为预算数抄错。", [line.Actual.Span]);
            }
        }

        var threePublic = context.Figures.ThreePublic;
        foreach (var part in new[] { threePublic.Total, threePublic.Overseas, threePublic.Vehicles, threePublic.Receptions })
        {
            if (part.GivenBudget is { } given && Implausible(given, part.Actual) is { } rate)
            {
                yield return Info.At(unit.ThreePublic.Budget.Span, $"{part.Name}预算数 {Amounts.Format(part.Budget)}、决算数 {Amounts.Format(part.Actual)}，正文将写“完成预算{Display.TextPercent(rate)}%”，疑为预算数抄错。");
            }
        }
    }

    /// <summary>The rate the text would print when it is beyond <see cref="Bound"/>, else null (no budget: FC1703).</summary>
    private static decimal? Implausible(decimal budget, decimal actual) =>
        Display.Round(budget) > 0m && Display.Percent(Display.Round(actual), Display.Round(budget)) is { } rate && rate > Bound ? rate : null;
}
