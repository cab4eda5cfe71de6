using System.Globalization;
using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The one place where figures are rounded for display: half-up (四舍五入, as finance offices round), never banker's
/// rounding. Everything computed before this point keeps full decimal precision.
/// </summary>
public static class Display
{
    /// <summary>Rounds half-up (away from zero) to <paramref name="decimals"/> places.</summary>
    public static decimal Round(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>An amount in running text as the seed writes it: two decimals at most, trailing zeros dropped (55.6, 50).</summary>
    public static string TextAmount(decimal value) =>
        Round(value).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An amount with exactly two decimals (55.60), for units that prefer the fixed style in text.</summary>
    public static string FixedAmount(decimal value) =>
        Round(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount in a table cell: two decimals with thousands separators (2,940.05).</summary>
    public static string TableAmount(decimal value) =>
        Round(value).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The ratio part/whole as a percentage (22.51, 100, 0.07, 103.2) with two decimals, or more where two would misstate
    /// it (<see cref="Honest"/>); null when the whole is zero. Execution rates and the checker's messages state it.
    /// </summary>
    public static decimal? Percent(decimal part, decimal whole) =>
        whole == 0m ? null : Honest(part / whole * 100m, part);

    /// <summary>
    /// The share of <paramref name="part"/> in <paramref name="whole"/> as a percentage, not above 100 where the part
    /// prints no larger than its whole: a part whose figure of record exceeds its whole only beyond the printed cent is
    /// all of it, not "占100.5%". A part that prints larger than its whole (an error <c>check</c> reports, printed only
    /// with <c>--force</c>) gets its true ratio, never a 100% it is not. Rounded as <see cref="Honest"/> rounds. Null
    /// when the whole prints as 0: there is no share to state.
    /// </summary>
    public static decimal? Share(decimal part, decimal whole) =>
        Round(whole) == 0m ? null
        : Round(part) > Round(whole) ? Honest(part / whole * 100m, part)
        : Honest(Math.Min(100m, part / whole * 100m), part);

    /// <summary>
    /// A percentage rounded half-up to two decimals, or to as many more as it takes to say what the figures say: a part
    /// that prints as non-zero never reads 0 (0.002), and a percentage that is not exactly 100 never reads 100 (99.997,
    /// 100.004). <see cref="TextPercent"/> prints it with the decimals it was rounded to.
    /// </summary>
    public static decimal Honest(decimal percent, decimal part) =>
        Round(percent, HonestDecimals(percent, Round(part) != 0m));

    private static int HonestDecimals(decimal percent, bool nonZero)
    {
        var decimals = 2;
        while (nonZero && percent != 0m && Round(percent, decimals) == 0m && decimals < MaxPercentDecimals)
        {
            decimals++;
        }

        while (Math.Abs(percent) != 100m && Math.Abs(Round(percent, decimals)) == 100m && decimals < MaxPercentDecimals)
        {
            decimals++;
        }

        return decimals;
    }

    /// <summary>More decimals than a percentage of two-decimal amounts ever needs, and within what decimal holds.</summary>
    private const int MaxPercentDecimals = 20;

    /// <summary>
    /// A year-over-year change (增减额) as the report prints it: this year's printed figure less last year's, so that the
    /// amount stated is the difference of the two amounts a reader sees. The text and the batch summary both use it.
    /// </summary>
    public static decimal Difference(decimal previous, decimal current) => Round(current) - Round(previous);

    /// <summary>
    /// A year-over-year change as a signed percentage of last year's printed figure, two decimals; null when last year
    /// printed 0 (no percentage can be stated). The text and the batch summary both state it through this one formula.
    /// </summary>
    /// <remarks>
    /// A change that rounds to 0% is 0 here (the text then states the amount alone); a fall that is not all of last
    /// year's figure never reads 100% (<see cref="Honest"/>).
    /// </remarks>
    public static decimal? ChangePercent(decimal difference, decimal previous) =>
        Round(previous) == 0m ? null : Honest(difference / Math.Abs(Round(previous)) * 100m, 0m);

    /// <summary>
    /// An actual figure as a percentage of its budget, from the printed figures (so that a reader dividing the two printed
    /// amounts gets the printed rate), two decimals; null when the budget prints as 0 (no rate can be stated). The text's
    /// "完成预算x%" and the derived 财政拨款 completion rate both come from this one formula.
    /// </summary>
    public static decimal? CompletionPercent(decimal budget, decimal actual) =>
        Round(budget) == 0m ? null : Honest(Round(actual) / Round(budget) * 100m, actual);

    /// <summary>
    /// A percentage for text: trailing zeros dropped (6.07, 100, 0) as Sichuan writes it, or always two decimals
    /// (6.07, 100.00, 0.00) as Shanghai and Zhejiang do. The pack or the unit's settings choose (<see cref="ReportSettings.PercentagesInEffect"/>).
    /// More than two decimals only where <see cref="Honest"/> rounded to more (0.002, 99.997): a percentage is printed
    /// with the decimals it was rounded to, never rounded a second time (0.00046 rounded to 0.0005 is not 0.001).
    /// </summary>
    public static string TextPercent(decimal percent, PercentStyle style = PercentStyle.Trimmed)
    {
        var scale = (percent / 1.000000000000000000000000000000000m).Scale;
        var decimals = scale > MaxPercentDecimals ? HonestDecimals(percent, nonZero: true) : Math.Max(2, (int)scale);
        return Round(percent, decimals).ToString(
            "0." + (style == PercentStyle.FixedTwoDecimals ? "00" + new string('#', decimals - 2) : new string('#', decimals)),
            CultureInfo.InvariantCulture);
    }

    /// <summary>A percentage for a table cell: two decimals (100.00), more only where two would misstate it (99.997).</summary>
    public static string TablePercent(decimal percent) =>
        TextPercent(percent, PercentStyle.FixedTwoDecimals);
}
