using System.Globalization;
using Fincomp.Derivation;

namespace Fincomp.Batch.Summary;

/// <summary>How a roll-up value is written as text (CSV): money and percentages rounded half-up to two decimals.</summary>
internal static class SummaryCells
{
    public static string Text(SummaryColumn column, SummaryRow row) => column.Value(row) switch
    {
        null => "",
        decimal number => Display.Round(number, column.Kind == SummaryColumnKind.Score ? 3 : 2).ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };
}
