using System.Globalization;

namespace Fincomp.Model;

/// <summary>
/// The one place where rounding tolerance is decided (after the XBRL Calculations 1.1 rule, with half-up rounding made
/// exact): a figure written with d decimals stands for every true value that half-up rounding turns into it, the
/// half-open interval [v − ½·10^−d, v + ½·10^−d); a total agrees with its parts iff its interval meets the interval sum
/// of the parts. The upper end is open because 0.125 rounds to 0.13, not 0.12: with closed ends one item printed 0.50
/// under a total printed 0.51 would pass, a gap no rounding can produce. Published tables print 万元 with two decimals
/// and clerks drop trailing zeros when copying (95.60 → 95.6, 50.00 → 50), so a money figure is taken to have at least
/// <see cref="MoneyDecimals"/> decimals; otherwise a written "50" would excuse a gap of half a 万元.
/// </summary>
/// <remarks>
/// An exact figure (a score, a count, a sum of nothing) is the point [v, v]; every other interval is [Low, High). The
/// only amounts that may be negative are balances carried forward, which are never compared at an interval's edge.
/// </remarks>
public readonly record struct RoundingInterval(decimal Low, decimal High)
{
    /// <summary>The decimals every 万元 figure is published with.</summary>
    public const int MoneyDecimals = 2;

    /// <summary>The interval a money figure stands for.</summary>
    public static RoundingInterval Of(Money money) => Of(money.Value, Math.Max(money.Scale, MoneyDecimals));

    /// <summary>The interval a figure written with <paramref name="decimals"/> decimals stands for.</summary>
    public static RoundingInterval Of(decimal value, int decimals)
    {
        var half = HalfUnit(decimals);
        return new RoundingInterval(value - half, value + half);
    }

    /// <summary>A figure that is exact by nature (scores, weights, counts): no tolerance.</summary>
    public static RoundingInterval Exact(decimal value) => new(value, value);

    /// <summary>True for an exact figure (a point rather than a range).</summary>
    public bool IsExact => Low == High;

    /// <summary>The half-width: the largest gap a rounding of this figure can explain.</summary>
    public decimal Tolerance => (High - Low) / 2m;

    /// <summary>The point value in the middle of the interval.</summary>
    public decimal Middle => (High + Low) / 2m;

    public static RoundingInterval operator +(RoundingInterval left, RoundingInterval right) =>
        new(left.Low + right.Low, left.High + right.High);

    /// <summary>True when some true value behind both figures could be the same.</summary>
    public bool Overlaps(RoundingInterval other) => (IsExact, other.IsExact) switch
    {
        (true, true) => Low == other.Low,
        (true, false) => other.Contains(Low),
        (false, true) => Contains(other.Low),
        _ => Math.Max(Low, other.Low) < Math.Min(High, other.High),
    };

    /// <summary>True when <paramref name="value"/> lies in the interval (the upper end excluded unless exact).</summary>
    public bool Contains(decimal value) => IsExact ? value == Low : Low <= value && value < High;

    /// <summary>True when some true value behind this figure can be at most some true value behind <paramref name="other"/>.</summary>
    public bool CanBeAtMost(RoundingInterval other) => other.IsExact ? Low <= other.High : Low < other.High;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Format(Low)}, {Format(High)}{(IsExact ? "]" : ")")}");

    private static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static decimal HalfUnit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }
}
