using System.Globalization;
using System.Text.RegularExpressions;

namespace Fincomp.Import;

/// <summary>
/// Turns an amount cell into a decimal in 万元. A number keeps the decimals its format displays (#,##0.00 → two), so
/// the double never leaks past this point; text may carry thousands separators (2,940.05) or be a dash for nothing.
/// A table kept in 元 is divided by 10,000, exactly.
/// </summary>
internal static partial class AmountCell
{
    /// <summary>What finance exports write for "no amount" (after full-width forms are folded to ASCII).</summary>
    private static readonly string[] Nothing = ["", "-", "--", "—", "——", "/", "－"];

    /// <summary>The amount, null for an empty cell; false when the cell holds text that is not an amount.</summary>
    public static bool TryRead(SheetCell? cell, decimal divisor, out decimal? amount)
    {
        amount = null;
        if (cell is null)
        {
            return true;
        }

        decimal value;
        if (cell.Number is { } number)
        {
            if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 1e15)
            {
                return false;
            }

            var decimals = DisplayedDecimals(cell.Format, number);
            // Adding a zero of that scale keeps the displayed decimals (7.5 shown as 7.50 stays 7.50).
            value = Math.Round((decimal)number, decimals, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)decimals);
        }
        else
        {
            switch (ParseText(cell.Display))
            {
                case null: return false;
                case { } parsed when parsed.Nothing: return true;
                case { } parsed: value = parsed.Value; break;
            }
        }

        // A unit file takes at most six decimals (FC0110); 元 with two decimals make exactly six in 万元.
        amount = divisor == 1m ? value : Trim(Math.Round(value / divisor, 6, MidpointRounding.AwayFromZero));
        return true;
    }

    /// <summary>
    /// An amount written as text: full-width digits and signs are folded to ASCII, spaces dropped, a leading minus or
    /// parentheses make it negative, and commas must group thousands (1,045.25; never 1.045,25, which would otherwise
    /// read as 1.04525). Null when the text is no amount; <c>Nothing</c> for a dash or blank.
    /// </summary>
    private static (decimal Value, bool Nothing)? ParseText(string display)
    {
        var text = new string([.. display.Select(Fold).Where(c => !char.IsWhiteSpace(c))]);
        if (Nothing.Contains(text))
        {
            return (0m, true);
        }

        var match = Written().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var negative = match.Groups["sign"].Value == "-" || match.Groups["open"].Success;
        return (negative ? -value : value, false);
    }

    /// <summary>Full-width digits, point, comma, signs and brackets as their ASCII forms; U+2212 minus as '-'.</summary>
    private static char Fold(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
        '．' => '.',
        '，' => ',',
        '－' or '\u2212' => '-',
        '＋' => '+',
        '（' => '(',
        '）' => ')',
        _ => c,
    };

    /// <summary>An optional sign, or the whole number in parentheses; digits with thousands grouped by commas or not at all.</summary>
    [GeneratedRegex("^(?:(?<sign>[+-])?|(?<open>\\())(?<number>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+)(?(open)\\))$")]
    private static partial Regex Written();

    /// <summary>
    /// Decimals the cell shows: those of its format (0.00, #,##0.00_ ); for General, none, or a format with no digit
    /// placeholder (Text, @, which Excel shows the number under as General) the number's own shortest form, since the
    /// finance system or the clerk then wrote exactly what it meant.
    /// </summary>
    private static int DisplayedDecimals(string? format, double number)
    {
        var section = format?.Split(';')[0] ?? string.Empty;
        if (!section.Equals("General", StringComparison.OrdinalIgnoreCase) && section.IndexOfAny(['0', '#', '?']) >= 0)
        {
            var point = section.IndexOf('.', StringComparison.Ordinal);
            return point < 0 ? 0 : section[(point + 1)..].TakeWhile(c => c is '0' or '#').Count();
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        var dot = shortest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || shortest.Contains('E', StringComparison.Ordinal) ? 0 : Math.Min(shortest.Length - dot - 1, 6);
    }

    /// <summary>
    /// Drops the zeros a division added when the amount fits in two decimals (75000.00 元 → 7.50 万元, not 7.500000);
    /// otherwise keeps all six (112400.18 元 → 11.240018, 123456 元 → 12.345600): six decimals mark an exact
    /// conversion from 元, which check accepts (FC1904), where 12.3456 would look like a copied calculation.
    /// </summary>
    private static decimal Trim(decimal value)
    {
        var trimmed = value / 1.000000000000000000000000000000000m;
        return trimmed.Scale <= 2 ? trimmed + 0.00m : trimmed + 0.000000m;
    }
}
