using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// Every wording decision the narrative makes about a figure: 增加/减少 with 增长/下降, 持平 for no change, no percentage
/// against a zero base, 大于/小于 against the budget. Templates call these instead of comparing numbers themselves, so
/// that a province's template can change the sentences around a figure but never get the direction or the rounding wrong.
/// </summary>
/// <remarks>
/// Amounts are compared after display rounding: two figures that print alike are worded as alike, otherwise the text
/// would say "减少0万元". All rounding goes through <see cref="Display"/>.
/// </remarks>
public sealed class Wording
{
    private readonly TextAmountStyle _style;
    private readonly PercentStyle _percentages;
    private readonly BudgetComparison _comparison;

    /// <param name="style">How amounts are written in running text.</param>
    /// <param name="percentages">How percentages are written in running text (55.1 or 55.10).</param>
    /// <param name="comparison">The budget completion rates are stated against (全年预算 when not given).</param>
    public Wording(TextAmountStyle style, PercentStyle percentages = PercentStyle.Trimmed, BudgetComparison? comparison = null)
    {
        _style = style;
        _percentages = percentages;
        _comparison = comparison ?? BudgetComparison.FullYear;
    }

    /// <summary>An amount in running text without its unit: 55.6 (trimmed, as the seed writes) or 55.60 (fixed setting).</summary>
    public string Amount(decimal value) =>
        _style == TextAmountStyle.FixedTwoDecimals ? Display.FixedAmount(value) : Display.TextAmount(value);

    /// <summary>
    /// The share of <paramref name="part"/> in <paramref name="whole"/> as text without "%" (22.51): never above 100,
    /// never 0 for a part that prints as non-zero ("0.002"), never 100 for a part smaller than its whole ("99.997"), as
    /// <see cref="Display.Share"/> rounds it. Null when the whole prints as 0: there is no share to state.
    /// </summary>
    public string? Share(decimal part, decimal whole) =>
        Display.Share(part, whole) is { } percent ? Percent(percent) : null;

    /// <summary>A percentage in running text, in the style the pack or the unit chose (55.1 or 55.10).</summary>
    public string Percent(decimal percent) => Display.TextPercent(percent, _percentages);

    /// <summary>
    /// Whether two figures print alike, so the text says 持平: the one decision every sentence about a change starts
    /// from, made on the numbers rather than on the words written for them.
    /// </summary>
    public static bool Unchanged(decimal previous, decimal current) => Display.Difference(previous, current) == 0m;

    /// <summary>
    /// The change from last year to this year: "减少54.15万元，下降6.07%", "增加23.17万元，增长34.47%", "持平" when the
    /// printed amounts are equal, and no percentage when last year was zero ("增加5万元") or the percentage
    /// rounds to zero.
    /// </summary>
    public string Change(decimal previous, decimal current)
    {
        if (Unchanged(previous, current))
        {
            return "持平";
        }

        var difference = Display.Difference(previous, current);

        var verb = Direction(previous, current);
        var amount = Amount(Math.Abs(difference));
        if (Display.ChangePercent(difference, previous) is not { } signed)
        {
            return $"{verb}{amount}万元";
        }

        var percent = Math.Abs(signed);
        if (percent == 0m)
        {
            // A change too small to show as a percentage: "下降0%" would contradict the amount.
            return $"{verb}{amount}万元";
        }

        return $"{verb}{amount}万元，{(difference > 0m ? "增长" : "下降")}{Percent(percent)}%";
    }

    /// <summary>The direction of a change as one word: 增加, 减少, or 持平 when the printed amounts are equal.</summary>
    public static string Direction(decimal previous, decimal current) =>
        Display.Difference(previous, current) switch
        {
            > 0m => "增加",
            < 0m => "减少",
            _ => "持平",
        };

    /// <summary>
    /// The change of a pair the seed words together, subject included: "收、支总计各减少54.15万元，下降6.07%" when both
    /// moved alike, "收、支总计均持平" when neither moved, and each named on its own otherwise
    /// ("收入总计增加…，支出总计减少…").
    /// </summary>
    public string PairChange(string jointName, string firstName, string secondName, decimal firstPrevious, decimal firstCurrent, decimal secondPrevious, decimal secondCurrent)
    {
        var first = Change(firstPrevious, firstCurrent);
        var second = Change(secondPrevious, secondCurrent);
        if (first == second)
        {
            return jointName + (Unchanged(firstPrevious, firstCurrent) ? "均持平" : "各" + first);
        }

        return $"{firstName}{first}，{secondName}{second}";
    }

    /// <summary>A comparison with an earlier period: "比2022年度增加23.17万元，增长34.47%", or "与2022年度持平".</summary>
    public string Versus(string period, decimal previous, decimal current)
    {
        var change = Change(previous, current);
        return Unchanged(previous, current) ? $"与{period}持平" : $"比{period}{change}";
    }

    /// <summary>
    /// How an actual figure stands against its budget on the unit's basis: "完成预算100%" (全年预算) or
    /// "完成年初预算的98.69%" (年初预算); with a zero budget no percentage at all ("未安排预算" when nothing was spent
    /// either, "全年预算数为0万元" or "年初预算数为0万元" otherwise).
    /// </summary>
    public string Completion(decimal budget, decimal actual)
    {
        if (Display.CompletionPercent(budget, actual) is not { } percent)
        {
            return Display.Round(actual) == 0m ? "未安排预算" : $"{_comparison.Name}数为{Amount(0m)}万元";
        }

        return $"{_comparison.CompletionWords}{Percent(percent)}%";
    }

    /// <summary>
    /// How an actual figure stands against its budget on a named basis, as Shanghai words it: "完成年初预算的98.69%";
    /// with a zero budget no percentage ("未安排年初预算" when nothing was spent either, "年初预算为0万元" otherwise).
    /// </summary>
    public string CompletionOf(string basis, decimal budget, decimal actual)
    {
        if (Display.CompletionPercent(budget, actual) is not { } percent)
        {
            return Display.Round(actual) == 0m ? $"未安排{basis}" : $"{basis}为{Amount(0m)}万元";
        }

        return $"完成{basis}的{Percent(percent)}%";
    }

    /// <summary>
    /// The sentence explaining a difference from the budget: "决算数小于预算数的主要原因是…。"; when the two are equal,
    /// empty unless the unit gave a reason anyway, and without a reason clause when none was given.
    /// </summary>
    public static string Compare(decimal budget, decimal actual, string? reason) => Compare(budget, actual, reason, "的主要原因是");

    /// <summary>
    /// <see cref="Compare(decimal, decimal, string?)"/> with the words that lead into the reason chosen by the template:
    /// Sichuan writes "…的主要原因是…", Shanghai's template "…的主要原因：…".
    /// </summary>
    public static string Compare(decimal budget, decimal actual, string? reason, string because)
    {
        var difference = Display.Difference(budget, actual);
        if (difference == 0m)
        {
            // A reason the unit gave is printed even when the amounts agree: the seed explains a 0 against a 0 budget.
            return string.IsNullOrWhiteSpace(reason) ? string.Empty : $"决算数等于预算数{because}{TrimEnd(reason)}。";
        }

        var relation = difference > 0m ? "决算数大于预算数" : "决算数小于预算数";
        return string.IsNullOrWhiteSpace(reason) ? relation + "。" : $"{relation}{because}{TrimEnd(reason)}。";
    }

    /// <summary>"主要变动原因是…。" after a change; empty when nothing changed or no reason was given.</summary>
    public static string ChangeReason(decimal previous, decimal current, string? reason) =>
        Unchanged(previous, current) || string.IsNullOrWhiteSpace(reason) ? string.Empty : $"主要变动原因是{TrimEnd(reason)}。";

    /// <summary>The printed actual as a percentage of the printed (non-zero) budget.</summary>
    /// <summary>A clerk's sentence fragment without its closing 。, so the template decides the punctuation.</summary>
    public static string TrimEnd(string text) => text.Trim().TrimEnd('。', '；', ';', '，', ',');
}
