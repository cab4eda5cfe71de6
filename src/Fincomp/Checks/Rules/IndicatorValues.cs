using System.Globalization;
using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>
/// Reads an indicator's 指标值 and 完成值 as numbers ("≥90", "≦1500", "95" → 90, 1500, 95) and decides whether the
/// target was met by the indicator's nature. Qualitative or unparsable values give no verdict: rules stay silent
/// rather than guess.
/// </summary>
internal static class IndicatorValues
{
    private static readonly char[] Comparators = ['≥', '≤', '≦', '≧', '=', '＝', '>', '<', '＞', '＜'];

    private const decimal MaxMagnitude = 1_000_000_000_000_000m;

    public static decimal? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim().TrimStart(Comparators).Trim().TrimEnd('%', '％');

        // A value beyond any real indicator (a 29-digit target) gives no verdict: comparing or scaling it would overflow.
        return decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= MaxMagnitude ? value : null;
    }

    /// <summary>True when met, false when missed, null when it cannot be told.</summary>
    public static bool? Met(ProjectIndicator indicator)
    {
        if (indicator.Nature == IndicatorNature.Qualitative || Number(indicator.Target) is not { } target || Number(indicator.Achieved) is not { } achieved)
        {
            return null;
        }

        return indicator.Nature switch
        {
            IndicatorNature.AtLeast => achieved >= target,
            IndicatorNature.AtMost => achieved <= target,
            _ => achieved == target,
        };
    }
}
