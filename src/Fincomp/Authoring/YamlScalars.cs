using System.Globalization;
using System.Reflection;
using System.Text;
using Fincomp.Model;

namespace Fincomp.Authoring;

/// <summary>
/// Writes the scalars of a unit file so that they read back as written: text plain where YAML would not take it for
/// something else, double-quoted otherwise; amounts in invariant culture; options by their Chinese label.
/// </summary>
internal static class YamlScalars
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>A text value; quoted when plain writing would change its meaning (numbers, booleans, ': ', ' #'…).</summary>
    public static string Text(string value) => NeedsQuotes(value) ? Quote(value) : value;

    /// <summary>A classification code, always quoted as the format requires (<c>code: "2010301"</c>).</summary>
    public static string Code(string value) => Quote(value);

    /// <summary>An amount in 万元, as written with its scale kept (0 is written 0).</summary>
    public static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The Chinese word the loader accepts for an option (<c>行政单位</c>, <c>政府性基金</c>).</summary>
    public static string Option<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<EnumLabelAttribute>()?.Label
        ?? throw new ArgumentException($"{typeof(T).Name}.{value} has no label.", nameof(value));

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || Indicators.Contains(value[0]))
        {
            return true;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return true;
        }

        if (value.Any(c => char.IsControl(c) || c == '\uFEFF'))
        {
            return true;
        }

        // Words and number-like text YAML would read as a boolean, null or number.
        return char.IsAsciiDigit(value[0]) || value[0] is '+' or '.'
            || value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n";
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
