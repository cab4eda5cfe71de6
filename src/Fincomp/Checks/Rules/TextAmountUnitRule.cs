using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Diagnostics;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1911: FC1806's 元/万元 question asked of the running text. Every amount of the unit is in 万元, so "3.58元" where
/// the figures hold 3.58 is a dropped 万, and "35800元" where they hold 3.58 is the right amount in the wrong unit for a
/// document that states 万元 throughout. A whole number of 元 ("会议费300元") is taken as meant even when some figure
/// is 300 万元: small sums in 元 are common and the coincidence is not evidence. Rates ("500元/月", "每户10000元",
/// "人均补助0.6元", "标准每年20000元") and the indicator values FC1806 checks are left alone.
/// </summary>
internal sealed partial class TextAmountUnitRule : IRule
{
    private const decimal YuanPerWan = 10_000m;

    public RuleInfo Info { get; } = new(
        "FC1911", Severity.Warning, "文字中的金额疑似元、万元混用",
        "单位文件中的金额都以万元计。文字中写作“3.58元”（带小数）而本单位恰有 3.58 万元的金额，多是漏了“万”；写作“35800元”而本单位有 3.58 万元的金额，数额虽对，但与全文以万元表述不一致。按单价或标准写的金额（“500元/月”“元/人”，以及前有“每户”“每年”“每月”“每人”“人均”“户均”“标准”等的，如“每户10000元”“人均补助0.6元”）以及绩效指标的指标值、完成值（FC1806 核对）不在此列。",
        "self_evaluation: 公务用车运行维护费3.58元（\"三公\"经费中为 3.58 万元）。",
        "改为“3.58万元”。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var figures = context.MoneyFigures.Select(m => m.Value).Where(v => v > 0m).ToHashSet();
        if (figures.Count == 0)
        {
            yield break;
        }

        foreach (var field in context.Texts.Where(f => f.Owner is not (ProjectIndicator or UnitIndicator)))
        {
            foreach (var finding in field.Capped(Info, Findings(field, figures)))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Func<Diagnostic>> Findings(TextField field, HashSet<decimal> figures)
    {
        foreach (Match match in YuanAmount().Matches(field.Text))
        {
            // A run of digits too long for decimal is no amount of this unit's.
            if (!decimal.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var written))
            {
                continue;
            }

            var quote = field.Quote(match.Index, match.Length);
            if (written.Scale > 0 && figures.Contains(written))
            {
                yield return () => Info.At(field.At(match.Index), $"{field.Label}中“{quote}”写作 {match.Value}，而本单位有 {Amounts.Format(written)} 万元的金额，疑漏写“万”。");
            }
            else if (written >= YuanPerWan && figures.Contains(written / YuanPerWan))
            {
                yield return () => Info.At(field.At(match.Index), $"{field.Label}中“{quote}”写作 {match.Value}，即 {Amounts.Format(written / YuanPerWan)} 万元；全文金额以万元表述，应写作 {Amounts.Format(written / YuanPerWan)}万元。");
            }
        }
    }

    /// <summary>
    /// A number followed directly by 元 (so not 万元 or 亿元) and not by a rate's "/"; nor a rate's number, which
    /// follows 每X/人均/户均/标准 by at most two characters (每户10000元, 人均补助0.6元, 标准每年20000元).
    /// </summary>
    [GeneratedRegex("(?<![0-9.])(?<!(?:每|人均|户均|标准)\\p{IsCJKUnifiedIdeographs}{0,2})(?<n>[0-9]+(?:\\.[0-9]+)?)元(?![/／每])")]
    private static partial Regex YuanAmount();
}
