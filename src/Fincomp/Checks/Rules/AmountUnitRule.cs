using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1806: an amount indicator whose 完成值 is about 10⁴ times off its 指标值 mixes 元 and 万元 (the seed's cost
/// target "≤ 956000 元" against an achieved 42.58, which is 万元): the comparison then always "meets".
/// </summary>
internal sealed class AmountUnitRule : IRule
{
    private const decimal Low = 1_000m;
    private const decimal High = 100_000m;

    public RuleInfo Info { get; } = new(
        "FC1806", Severity.Warning, "指标值与完成值疑似元、万元混用",
        "以元或万元计量的指标，完成值与指标值相差约一万倍（10³～10⁵ 倍）时，多半一个按元、一个按万元填写，比较结果因而失真。",
        "target: \"956000\"、unit: 元、achieved: \"42.58\"（实为万元）。",
        "把指标值和完成值换算成同一单位（如都用万元：95.6 与 42.58），并改正度量单位。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var indicator in context.Unit.Performance.Projects.SelectMany(p => p.Indicators))
        {
            if (indicator.Unit is not { } unit || !unit.Contains('元', StringComparison.Ordinal)
                || IndicatorValues.Number(indicator.Target) is not { } target || IndicatorValues.Number(indicator.Achieved) is not { } achieved
                || target <= 0m || achieved <= 0m)
            {
                continue;
            }

            var ratio = Math.Max(target, achieved) / Math.Min(target, achieved);
            if (ratio is >= Low and <= High)
            {
                yield return Info.At(indicator.Locate(nameof(indicator.Target)),
                    $"指标“{indicator.Name}”指标值 {indicator.Target} {unit} 与完成值 {indicator.Achieved} 相差约 {Amounts.Format(Derivation.Display.Round(ratio, 0))} 倍，疑为元与万元混用（{Amounts.Format(target)} 元 = {Amounts.Format(target / 10_000m)} 万元）。",
                    [indicator.Locate(nameof(indicator.Achieved))]);
            }
        }
    }
}
