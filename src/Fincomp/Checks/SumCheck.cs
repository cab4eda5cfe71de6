using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks;

/// <summary>
/// The one comparison every sum rule uses, so that "agrees", "agrees within rounding" and "disagrees" mean the same in
/// all of them: an error when the intervals are disjoint, an information note when only rounding separates them. The
/// message says the gap in the clerk's words; the intervals behind the verdict go to <see cref="Diagnostic.Detail"/>
/// (<c>check --verbose</c>, JSON, SARIF).
/// </summary>
internal static class SumCheck
{
    /// <summary>Compares a stated figure with what it should equal; null when they are equal.</summary>
    public static Diagnostic? Compare(RuleInfo rule, Quantity stated, Quantity expected)
    {
        if (stated.Value == expected.Value)
        {
            return null;
        }

        var gap = Amounts.Format(Math.Abs(stated.Value - expected.Value));
        var related = stated.Spans.Skip(1).Concat(expected.Spans).Distinct().ToList();
        var detail = $"{stated.Label}代表 {stated.Interval}，{expected.Label}代表 {expected.Interval}（写成 d 位小数的数代表其 ±½·10^−d 的区间）";
        var rounded = stated.Interval.Tolerance > 0m || expected.Interval.Tolerance > 0m;
        var figures = $"{stated.Label} {Amounts.Format(stated.Value)} 与{expected.Label} {Amounts.Format(expected.Value)}";
        if (stated.Interval.Overlaps(expected.Interval))
        {
            return rule.Note(stated.Spans[0], $"{figures} 相差 {gap} 万元，在四舍五入可以解释的范围内。", related) with
            {
                Detail = detail + "，两区间重叠。",
            };
        }

        var message = rounded
            ? $"{figures} 不符，相差 {gap} 万元，超出四舍五入可以解释的范围。"
            : $"{figures} 不符，相差 {gap} 万元。";
        return rule.At(stated.Spans[0], message, related) with { Detail = detail + "，两区间不重叠。" };
    }

    /// <summary>True when <paramref name="smaller"/> can be at most <paramref name="larger"/> given rounding.</summary>
    public static bool AtMost(Quantity smaller, Quantity larger) => smaller.Interval.CanBeAtMost(larger.Interval);
}
