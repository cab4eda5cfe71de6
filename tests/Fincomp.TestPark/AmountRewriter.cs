using System.Globalization;
using Fincomp.Diagnostics;

namespace Fincomp.TestPark;

/// <summary>
/// Replaces the amounts at given positions of a YAML text and leaves every other character alone, so comments, order
/// and layout of the clerk's file survive and the generated file reads like the one it came from.
/// </summary>
internal static class AmountRewriter
{
    public static string Rewrite(string text, IEnumerable<SourceSpan> positions, Func<decimal, decimal> change)
    {
        var lines = text.Split('\n');
        foreach (var group in positions.GroupBy(p => p.Line))
        {
            // Right to left, so an edit never moves a column still to be edited on the same line.
            foreach (var position in group.OrderByDescending(p => p.Column))
            {
                lines[position.Line - 1] = RewriteAt(lines[position.Line - 1], position.Column - 1, change);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Whether a number is written at <paramref name="position"/>: figures computed from another file (a
    /// <c>previous_year</c> history) point at the line that names the file, and are not rewritten.
    /// </summary>
    public static bool IsAmountAt(string[] lines, SourceSpan position)
    {
        if (position.Line < 1 || position.Line > lines.Length)
        {
            return false;
        }

        var line = lines[position.Line - 1];
        var index = position.Column - 1;
        if (index < line.Length && line[index] is '"' or '\'')
        {
            index++;
        }

        return index < line.Length && (char.IsAsciiDigit(line[index]) || line[index] is '-' or '+');
    }

    private static string RewriteAt(string line, int start, Func<decimal, decimal> change)
    {
        var quoted = start < line.Length && line[start] is '"' or '\'';
        var first = quoted ? start + 1 : start;
        var end = first;
        while (end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] is '.' or '-' or '+'))
        {
            end++;
        }

        if (end == first)
        {
            throw new FormatException($"No amount at column {start + 1} of: {line}");
        }

        var value = decimal.Parse(line.AsSpan(first, end - first), NumberStyles.Number, CultureInfo.InvariantCulture);
        var scaled = change(value).ToString("0.00", CultureInfo.InvariantCulture);
        return string.Concat(line.AsSpan(0, first), scaled, line.AsSpan(end));
    }
}
