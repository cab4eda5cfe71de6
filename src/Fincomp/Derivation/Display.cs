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

    /// <summary>The share part/whole as a percentage with two decimals, trailing zeros dropped (22.51, 100, 0.07); null when the whole is zero.</summary>
    public static decimal? Percent(decimal part, decimal whole) =>
        whole == 0m ? null : Round(part / whole * 100m);

    /// <summary>
    /// A year-over-year change (增减额) as the report prints it: this year's printed figure less last year's, so that the
    /// amount stated is the difference of the two amounts a reader sees. The text and the batch summary both use it.
    /// </summary>
    public static decimal Difference(decimal previous, decimal current) => Round(current) - Round(previous);

    /// <summary>
    /// A year-over-year change as a signed percentage of last year's printed figure, two decimals; null when last year
    /// printed 0 (no percentage can be stated). The text and the batch summary both state it through this one formula.
    /// </summary>
    public static decimal? ChangePercent(decimal difference, decimal previous) =>
        Round(previous) == 0m ? null : Round(difference / Math.Abs(Round(previous)) * 100m);

    /// <summary>
    /// An actual figure as a percentage of its budget, from the printed figures (so that a reader dividing the two printed
    /// amounts gets the printed rate), two decimals; null when the budget prints as 0 (no rate can be stated). The text's
    /// "完成预算x%" and the derived 财政拨款 completion rate both come from this one formula.
    /// </summary>
    public static decimal? CompletionPercent(decimal budget, decimal actual) =>
        Round(budget) == 0m ? null : Round(Round(actual) / Round(budget) * 100m);

    /// <summary>
    /// A percentage for text: trailing zeros dropped (6.07, 100, 0) as Sichuan writes it, or always two decimals
    /// (6.07, 100.00, 0.00) as Shanghai and Zhejiang do. The pack or the unit's settings choose (<see cref="ReportSettings.PercentagesInEffect"/>).
    /// More than two decimals only for a share too small for two (0.002).
    /// </summary>
    public static string TextPercent(decimal percent, PercentStyle style = PercentStyle.Trimmed, int decimals = 2) =>
        Round(percent, decimals).ToString(
            "0." + (style == PercentStyle.FixedTwoDecimals ? "00" + new string('#', decimals - 2) : new string('#', decimals)),
            CultureInfo.InvariantCulture);

    /// <summary>A percentage for a table cell, always two decimals (100.00).</summary>
    public static string TablePercent(decimal percent) =>
        Round(percent).ToString("0.00", CultureInfo.InvariantCulture);
}
