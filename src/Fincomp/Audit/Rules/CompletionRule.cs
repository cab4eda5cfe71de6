using System.Text.RegularExpressions;
using Fincomp.Checks;
using Fincomp.Model;

namespace Fincomp.Audit.Rules;

/// <summary>
/// "年初预算为A万元，支出决算为B万元，完成预算的P%": where the budget is the amount printed right before the actual one in
/// the same sentence, P recomputes as B / A within the rounding of all three figures. A rate after an amount with no
/// budget of its own before it ("其中：因公出国（境）费支出决算为6.8万元，完成预算的85.00%") takes its budget from the
/// table that prints the amount: the 预算数 beside its 决算数 (the 三公 table). A budget of 0 is
/// <see cref="ZeroBudgetCompletionRule"/>'s; an amount that already disagrees with its table (FC2003) is the error, not
/// the rate computed from it.
/// </summary>
internal static class CompletionRule
{
    public static IEnumerable<AuditFinding> Check(DocumentView view, ParagraphAmounts amounts, IReadOnlySet<TextAmount> disputed)
    {
        foreach (var (block, text) in amounts.Texts)
        {
            var stated = amounts.ByBlock[block].Where(a => !a.IsChange).ToList();
            foreach (Match match in ZeroBudgetCompletionRule.CompletionPattern().Matches(text))
            {
                var at = stated.FindLastIndex(a => a.End <= match.Index);
                if (at < 0 || !PrintedNumber.TryParse(match.Groups["p"].Value, out var percent))
                {
                    continue;
                }

                var actual = stated[at];
                if (IsBudget(actual) || disputed.Contains(actual) || text.AsSpan(actual.End, match.Index - actual.End).IndexOfAny('。', '；') >= 0)
                {
                    continue;
                }

                if (at >= 1 && stated[at - 1] is var budget && IsBudget(budget) && text.AsSpan(budget.End, match.Index - budget.End).IndexOfAny('。', '；') < 0)
                {
                    if (budget.Number.Interval.Low > 0m && !disputed.Contains(budget) && Recomputed(actual.Number, budget.Number, percent) is { } exact)
                    {
                        yield return new AuditFinding(
                            AuditCodes.Completion,
                            $"“{ShareRule.Quote(text, budget.Start, match.Index + match.Length)}”：决算{actual.Number}万元、预算{budget.Number}万元，完成率应为{Amounts.Format(exact)}%，印出的是{percent}%。",
                            new AuditPlace(block, match.Value))
                        {
                            Related = [new AuditPlace(block, ShareRule.Quote(text, budget.Start, budget.End))],
                        };
                    }
                }
                else if (ZeroBudgetCompletionRule.BudgetCell(view, amounts, block, match.Index) is { } cell && cell.Number.Interval.Low > 0m
                    && Recomputed(actual.Number, cell.Number, percent) is { } fromTable)
                {
                    yield return new AuditFinding(
                        AuditCodes.Completion,
                        $"“{ShareRule.Quote(text, actual.Start, match.Index + match.Length)}”：决算{actual.Number}万元、表“{cell.Grid.Table.Title}”印出的{TableSumRule.HeaderOf(cell.Grid, cell.Column)}{cell.Number}万元，完成率应为{Amounts.Format(fromTable)}%，印出的是{percent}%。",
                        new AuditPlace(block, match.Value))
                    {
                        Related = [cell.Grid.Place(cell.Block, cell.Row, cell.Column)],
                    };
                }
            }
        }
    }

    /// <summary>The rate B / A rounded to 2 places when <paramref name="percent"/> is outside what the printed figures allow; null when it fits.</summary>
    private static decimal? Recomputed(PrintedNumber actual, PrintedNumber budget, PrintedNumber percent)
    {
        var range = new RoundingInterval(actual.Interval.Low / budget.Interval.High * 100m, actual.Interval.High / budget.Interval.Low * 100m);
        return percent.Rounded.Overlaps(range) ? null : Math.Round(actual.Value / budget.Value * 100m, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>A budget figure: "年初预算为", "全年预算数为", "…支出年初预算为" — not "一般公共预算财政拨款支出" nor a 决算.</summary>
    private static bool IsBudget(TextAmount amount) =>
        (amount.Subject.EndsWith("预算", StringComparison.Ordinal) || amount.Subject.EndsWith("预算数", StringComparison.Ordinal))
        && !amount.Subject.Contains("决算", StringComparison.Ordinal);
}
