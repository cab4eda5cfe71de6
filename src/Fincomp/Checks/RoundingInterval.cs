using System.Globalization;
using Fincomp.Model;

namespace Fincomp.Checks;

/// <summary>
/// The one place where rounding tolerance is decided (the XBRL Calculations 1.1 rule): a figure written with d decimals
/// stands for every value in [v − ½·10^−d, v + ½·10^−d]; a total agrees with its parts iff its interval overlaps the
/// interval sum of the parts. Published tables print 万元 with two decimals and clerks drop trailing zeros when copying
/// (95.60 → 95.6, 50.00 → 50), so a money figure is taken to have at least <see cref="MoneyDecimals"/> decimals;
/// otherwise a written "50" would excuse a gap of half a 万元.
/// </summary>
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

    /// <summary>The half-width: the largest gap a rounding of this figure can explain.</summary>
    public decimal Tolerance => (High - Low) / 2m;

    /// <summary>The point value in the middle of the interval.</summary>
    public decimal Middle => (High + Low) / 2m;

    public static RoundingInterval operator +(RoundingInterval left, RoundingInterval right) =>
        new(left.Low + right.Low, left.High + right.High);

    /// <summary>True when some true values behind both figures could be equal.</summary>
    public bool Overlaps(RoundingInterval other) => Low <= other.High && other.Low <= High;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Amounts.Format(Low)}, {Amounts.Format(High)}]");

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
