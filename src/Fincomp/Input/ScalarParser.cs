using System.Globalization;
using System.Text.RegularExpressions;

namespace Fincomp.Input;

/// <summary>
/// Reads numbers the way a finance office writes them and refuses, with a reason, the forms that would be silently
/// misread: thousands separators, exponents, NaN, quoted numbers, absurd magnitudes or precisions.
/// </summary>
internal static partial class ScalarParser
{
    /// <summary>万元 amounts need at most 6 decimals (0.01 元); more is a typing error, not precision.</summary>
    public const int MaxDecimals = 6;

    /// <summary>12 integer digits of 万元 is far beyond any budget; more is a typing error.</summary>
    public const int MaxIntegerDigits = 12;

    /// <summary>
    /// Counts (vehicles, people, batches) and years are far below this; the bound keeps every sum of them (a fleet of
    /// three kinds, a year's batches) within int range, so no count can overflow a total.
    /// </summary>
    public const int MaxInteger = 10_000_000;

    public static bool TryParseDecimal(YamlScalar scalar, out decimal value, out ScalarProblem? problem)
    {
        value = 0m;
        var text = scalar.Value.Trim();
        if (PlainDecimal().IsMatch(text))
        {
            var digits = text.TrimStart('-').Split('.');
            if (digits[0].TrimStart('0').Length > MaxIntegerDigits)
            {
                problem = new(ScalarProblemKind.OutOfRange, $"数值 {text} 过大（整数部分超过 {MaxIntegerDigits} 位）。");
                return false;
            }

            if (digits.Length > 1 && digits[1].Length > MaxDecimals)
            {
                problem = new(ScalarProblemKind.OutOfRange, $"数值 {text} 的小数位数过多（最多 {MaxDecimals} 位）。");
                return false;
            }

            if (!scalar.IsPlain)
            {
                problem = Quoted(text);
                return false;
            }

            value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            problem = null;
            return true;
        }

        problem = new(ScalarProblemKind.NotANumber, Explain(text));
        return false;
    }

    public static bool TryParseInteger(YamlScalar scalar, out int value, out ScalarProblem? problem)
    {
        value = 0;
        var text = scalar.Value.Trim();
        if (!PlainInteger().IsMatch(text))
        {
            problem = new(ScalarProblemKind.NotANumber, PlainDecimal().IsMatch(text) ? $"应为整数，实际是 {text}。" : Explain(text));
            return false;
        }

        if (!scalar.IsPlain)
        {
            problem = Quoted(text);
            return false;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || Math.Abs((long)value) > MaxInteger)
        {
            problem = new(ScalarProblemKind.OutOfRange, $"整数 {text} 超出范围（最大 {MaxInteger}）。");
            value = 0;
            return false;
        }

        problem = null;
        return true;
    }

    private static ScalarProblem Quoted(string text) => new(ScalarProblemKind.Quoted, $"数字不要加引号：写 {text}，不要写 \"{text}\"。");

    private static string Explain(string text)
    {
        if (ThousandsSeparated().IsMatch(text))
        {
            return $"数字不要用千位分隔符：写 {text.Replace(",", "").Replace("，", "")}，不要写 {text}。";
        }

        if (Exponent().IsMatch(text))
        {
            return $"数字不要用科学计数法（{text}），请直接写出数值。";
        }

        if (NotFinite().IsMatch(text))
        {
            return $"{text} 不是有限的数值。";
        }

        return AmountHint(text) ?? $"应为数字，实际是 '{Shorten(text)}'。";
    }

    /// <summary>
    /// What to write instead of an amount copied the way people say it: "约340万元", "340万元", "340.00元", "¥340", "３４０".
    /// Amounts are 万元 written as plain half-width digits; a figure in 元 is divided by 10 000 for the clerk.
    /// </summary>
    private static string? AmountHint(string text)
    {
        var halfWidth = new string([.. text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c)]);
        var match = SpokenAmount().Match(halfWidth.Replace(" ", "", StringComparison.Ordinal));
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var digits = match.Groups["number"].Value;
        var unit = match.Groups["unit"].Value;
        var advice = new List<string>();
        if (halfWidth != text)
        {
            advice.Add("用半角数字");
        }

        if (match.Groups["about"].Success)
        {
            advice.Add("写确切的数，不要写“约”");
        }

        if (match.Groups["currency"].Success)
        {
            advice.Add("不要写货币符号");
        }

        string write;
        if (unit == "元")
        {
            var inTenThousands = (number / 10000m).ToString("0.############################", CultureInfo.InvariantCulture);
            write = $"金额以万元为单位：{digits} 元写作 {inTenThousands}";
        }
        else
        {
            if (unit.Length > 0)
            {
                advice.Add("不要写单位（金额一律以万元为单位）");
            }

            write = match.Groups["currency"].Success && unit.Length == 0
                ? $"写 {digits}（若是 {digits} 元，则写 {(number / 10000m).ToString("0.############################", CultureInfo.InvariantCulture)}）"
                : $"写 {digits}";
        }

        var prefix = advice.Count == 0 ? "" : string.Join("，", advice) + "：";
        return $"应为数字，实际是 '{Shorten(text)}'；{prefix}{write}。";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainDecimal();

    [GeneratedRegex(@"^(?<about>约|大约|近|约合)?(?<currency>[¥￥]|RMB|人民币)?(?<number>[0-9]+(\.[0-9]+)?)(?<unit>万元|元|万)?$")]
    private static partial Regex SpokenAmount();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex PlainInteger();

    [GeneratedRegex(@"^-?[0-9]{1,3}([,，][0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex ThousandsSeparated();

    [GeneratedRegex(@"^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)[eE][-+]?[0-9]+$")]
    private static partial Regex Exponent();

    [GeneratedRegex(@"^[-+]?(\.?nan|\.?inf|nan|inf|infinity)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinite();
}
