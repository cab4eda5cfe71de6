using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>FC1904: an amount in 万元 written with more than two decimals (the unit allows two: 0.01 万元 = 100 元).</summary>
internal sealed class AmountDecimalsRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1904", Severity.Warning, "金额小数位过多",
        "金额以万元为单位，公开表格只保留两位小数；写了更多位小数，多半是把元抄成了万元或复制了计算结果。",
        "actual: 12.3456。",
        "按原表改为两位小数。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var money in context.MoneyFigures)
        {
            if (money.Scale > RoundingInterval.MoneyDecimals && money.Value * 100m % 1m != 0m)
            {
                yield return Info.At(money.Span, $"金额 {money} 万元有 {money.Scale} 位小数，超过两位。");
            }
        }
    }
}
