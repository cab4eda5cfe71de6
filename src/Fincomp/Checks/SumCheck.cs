using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks;

/// <summary>
/// The one comparison every sum rule uses, so that "agrees", "agrees within rounding" and "disagrees" mean the same in
/// all of them: an error when the intervals are disjoint, an information note when only rounding separates them.
/// </summary>
public static class SumCheck
{
    /// <summary>Compares a stated figure with what it should equal; null when they are equal.</summary>
    public static Diagnostic? Compare(RuleInfo rule, Quantity stated, Quantity expected)
    {
        if (stated.Value == expected.Value)
        {
            return null;
        }

        var gap = Amounts.Format(stated.Value - expected.Value);
        var related = stated.Spans.Skip(1).Concat(expected.Spans).Distinct().ToList();
        if (stated.Interval.Overlaps(expected.Interval))
        {
            return rule.Note(
                stated.Spans[0],
                $"{stated.Label} {Amounts.Format(stated.Value)} 与{expected.Label} {Amounts.Format(expected.Value)} 相差 {gap}，在四舍五入误差之内（{stated.Interval} 与 {expected.Interval} 重叠）。",
                related);
        }

        return rule.At(
            stated.Spans[0],
            $"{stated.Label} {Amounts.Format(stated.Value)} 与{expected.Label} {Amounts.Format(expected.Value)} 不符，相差 {gap}（{stated.Interval} 与 {expected.Interval} 不重叠，超出四舍五入误差）。",
            related);
    }

    /// <summary>True when <paramref name="smaller"/> can be at most <paramref name="larger"/> given rounding.</summary>
    public static bool AtMost(Quantity smaller, Quantity larger) => smaller.Interval.CanBeAtMost(larger.Interval);
}
