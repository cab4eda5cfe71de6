using System.Globalization;

namespace Fincomp.Checks;

/// <summary>
/// Writes figures into messages exactly as they are (never rounded: a message must show the clerk the very value that
/// is wrong), invariant culture, trailing zeros dropped.
/// </summary>
public static class Amounts
{
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>At least two decimals, as the tables print amounts (1268.40, 0.00), still never rounded.</summary>
    public static string Fixed(decimal value) =>
        value.ToString("0.00##########################", CultureInfo.InvariantCulture);
}
