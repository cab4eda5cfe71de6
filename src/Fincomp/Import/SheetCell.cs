using System.Globalization;

namespace Fincomp.Import;

/// <summary>
/// A cell as the workbook stores it: a number (with the number format that says how many decimals it shows) or text.
/// The number stays a double only here; <see cref="AmountCell"/> turns it into a decimal at its displayed precision.
/// </summary>
internal sealed record SheetCell(string? Text, double? Number, string? Format)
{
    /// <summary>The cell as a person reads it: the text, or the number in invariant form; trimmed of all kinds of space.</summary>
    public string Display => Text is not null
        ? Text.Trim(' ', '\u3000', '\t', '\r', '\n', '\u00A0')
        : Number?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    public bool IsBlank => Display.Length == 0;
}
