using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1904: an amount in 万元 written with more than two decimals (the tables print two: 0.01 万元 = 100 元). Exactly
/// six decimals is an amount converted from 元 and 分 (0.000001 万元 = 1 分), as the parser advises for 元 and as
/// import writes tables kept in 元, so it passes.
/// </summary>
internal sealed class AmountDecimalsRule : IRule
{
    /// <summary>The decimals of 元 and 分 written in 万元: an exact conversion, not a copied calculation.</summary>
    private const int ExactFromYuan = 6;

    public RuleInfo Info { get; } = new(
        "FC1904", Severity.Warning, "金额小数位过多",
        "金额以万元为单位，公开表格只保留两位小数；写了三到五位小数，多半是把元抄成了万元或复制了计算结果。正好六位小数是由元（含分）换算的确切金额（fincomp import 由以元为单位的表写出的就是这样），不报。",
        "actual: 12.3456。",
        "按原表改为两位小数；确由元换算的，写足六位小数。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var money in context.MoneyFigures)
        {
            if (money.Scale > RoundingInterval.MoneyDecimals && money.Scale != ExactFromYuan && money.Value * 100m % 1m != 0m)
            {
                yield return Info.At(money.Span, $"金额 {money} 万元有 {money.Scale} 位小数，超过两位。");
            }
        }
    }
}
