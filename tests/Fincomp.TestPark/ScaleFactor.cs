using System.Numerics;

namespace Fincomp.TestPark;

/// <summary>
/// A rational factor p/q that keeps every amount of one unit exact to the fen: q divides the greatest common divisor
/// of the unit's amounts in fen, so each scaled amount is again a whole number of fen and every sum the rules check
/// (parts against totals, income against expenditure) still holds to the last digit, with no rounding anywhere.
/// </summary>
internal readonly record struct ScaleFactor(int Numerator, int Denominator)
{
    /// <summary>
    /// The factor for generated unit <paramref name="index"/>: between 0.5 and 3, varied by index, with the largest
    /// denominator (at most 20) that the amounts allow. Index 0 is always 1, the source unit unchanged.
    /// </summary>
    public static ScaleFactor For(int index, IEnumerable<decimal> amounts)
    {
        if (index == 0)
        {
            return new ScaleFactor(1, 1);
        }

        var divisor = BigInteger.Zero;
        foreach (var amount in amounts)
        {
            divisor = BigInteger.GreatestCommonDivisor(divisor, new BigInteger(decimal.Abs(amount) * 100m));
        }

        var denominator = 1;
        for (var candidate = 20; candidate > 1; candidate--)
        {
            if (!divisor.IsZero && divisor % candidate == 0)
            {
                denominator = candidate;
                break;
            }
        }

        // A deterministic spread over [0.5q, 3q]: index × a prime step, so neighbouring units differ.
        var low = (denominator + 1) / 2;
        var span = (3 * denominator) - low + 1;
        var numerator = low + (int)((index * 7919L) % span);
        return numerator == denominator && span > 1 ? new ScaleFactor(numerator + 1, denominator) : new ScaleFactor(numerator, denominator);
    }

    /// <summary>The amount times p/q; exact when the amount is a multiple of q fen, as <see cref="For"/> guarantees.</summary>
    public decimal Apply(decimal amount)
    {
        var fen = amount * 100m * Numerator;
        if (fen % Denominator != 0)
        {
            throw new InvalidOperationException($"{amount} × {Numerator}/{Denominator} is not a whole number of fen.");
        }

        return fen / Denominator / 100m;
    }

    public override string ToString() => $"{Numerator}/{Denominator}";
}
