using System.Text.RegularExpressions;
using Fincomp.Model;

namespace Fincomp.Audit.Rules;

/// <summary>
/// "决算数小于预算数的主要原因是…" says which way the two figures differ; the paragraph's own figures say it too: the
/// completion rate printed before it (below 100% is 小于, above is 大于, 100% is 等于/持平 — a rate whose rounding
/// interval holds 100% allows any wording), or, where the budget is 0 (未安排预算, 预算数为0万元, or the budget cell
/// of the amount's table row), the amount itself (0 is 等于, more is 大于).
/// </summary>
internal static partial class ComparisonRule
{
    [GeneratedRegex(@"决算数?(?:(?<verb>大于|小于|等于)(?:年初|全年)?预算数?|与(?:年初|全年)?预算数?(?<verb>持平))")]
    private static partial Regex WordingPattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view, ParagraphAmounts amounts)
    {
        foreach (var (block, text) in amounts.Texts)
        {
            foreach (Match wording in WordingPattern().Matches(text))
            {
                var verb = wording.Groups["verb"].Value;
                var said = verb == "持平" ? 0 : verb == "大于" ? 1 : verb == "小于" ? -1 : 0;
                var rate = ZeroBudgetCompletionRule.CompletionPattern().Matches(text[..wording.Index]).LastOrDefault();
                string? evidence = null;
                int? actual = null;
                if (ZeroBudgetCompletionRule.ZeroBudget(view, amounts, block, wording.Index) is { } zero
                    && amounts.Before(block, wording.Index) is { } amount)
                {
                    actual = amount.Number.Value == 0m ? 0 : 1;
                    evidence = $"{zero}，决算数为{amount.Number}万元";
                }
                else if (rate is not null && PrintedNumber.TryParse(rate.Groups["p"].Value, out var percent)
                    && !percent.Rounded.Overlaps(RoundingInterval.Exact(100m)))
                {
                    actual = percent.Value < 100m ? -1 : 1;
                    evidence = $"“{rate.Value}”";
                }

                if (actual is { } sign && sign != said)
                {
                    var right = sign < 0 ? "小于" : sign > 0 ? "大于" : "等于";
                    yield return new AuditFinding(
                        AuditCodes.Comparison,
                        $"“{wording.Value}”与印出的数字不符：{evidence}，应为决算数{right}预算数。",
                        new AuditPlace(block, wording.Value));
                }
            }
        }
    }
}
