using System.Globalization;
using Fincomp.Checks;
using Fincomp.Model;

namespace Fincomp.Audit;

/// <summary>
/// A number as a document prints it ("1,160.12", "7.5", "6.07"): its value and the decimals it was written with, from
/// which the rounding interval it stands for follows. Amounts and percentages are printed with two decimals and the
/// text drops trailing zeros (7.5 is 7.50), so an interval is never narrower than two decimals' rounding. A printed
/// zero is taken as exactly zero: published tables print 0.00 where nothing was spent, and letting every empty cell
/// excuse ±0.005 would let a 28-row column hide a gap of 0.14.
/// </summary>
public readonly record struct PrintedNumber(decimal Value, int Decimals)
{
    /// <summary>The interval of true values this printed figure stands for.</summary>
    public RoundingInterval Interval =>
        Value == 0m ? RoundingInterval.Exact(0m) : RoundingInterval.Of(Value, Math.Max(Decimals, RoundingInterval.MoneyDecimals));

    /// <summary>The interval of a rounded ratio (a share, a rate): a printed 0% stands for anything below 0.005%.</summary>
    public RoundingInterval Rounded => RoundingInterval.Of(Value, Math.Max(Decimals, RoundingInterval.MoneyDecimals));

    /// <summary>The interval of a figure exact by nature (a count, a score): no tolerance.</summary>
    public RoundingInterval Exact => RoundingInterval.Exact(Value);

    /// <summary>Reads "1,160.12", "−3.5", "100.00%" (the sign "%" is dropped); false for anything else.</summary>
    public static bool TryParse(string text, out PrintedNumber number)
    {
        number = default;
        var trimmed = text.Trim().TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal).Replace('−', '-');
        if (trimmed.Length == 0 || trimmed.Length > 24 || !decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var point = trimmed.IndexOf('.', StringComparison.Ordinal);
        number = new PrintedNumber(value, point < 0 ? 0 : trimmed.Length - point - 1);
        return true;
    }

    public override string ToString() => Amounts.Format(Value);
}
