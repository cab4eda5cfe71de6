namespace Fincomp.Checks.Rules;

/// <summary>What the text rules need to know about Chinese writing: which characters are 汉字 or full-width punctuation, and the numerals 一 to 九十九.</summary>
internal static class ChineseText
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>A CJK unified ideograph (basic block or extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>A 汉字 or a piece of Chinese punctuation (、。《》“”‘’（），：；…— and the other full-width forms).</summary>
    public static bool IsChinese(char c) =>
        IsHan(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20'
            or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65' or >= '\u2018' and <= '\u201D' or '\u2026' or '\u2014';

    /// <summary>一 … 九十九 as a number; null for anything else.</summary>
    public static int? ParseNumeral(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && Digits.Contains(text[0], StringComparison.Ordinal) ? Digits.IndexOf(text[0], StringComparison.Ordinal) + 1 : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 && Digits.Contains(text[0], StringComparison.Ordinal) ? Digits.IndexOf(text[0], StringComparison.Ordinal) + 1 : -1;
        var units = ten == text.Length - 1 ? 0 : ten == text.Length - 2 && Digits.Contains(text[^1], StringComparison.Ordinal) ? Digits.IndexOf(text[^1], StringComparison.Ordinal) + 1 : -1;
        return tens < 1 || units < 0 ? null : tens * 10 + units;
    }

    /// <summary>1 … 99 written as 一 … 九十九.</summary>
    public static string FormatNumeral(int number)
    {
        var tens = number / 10;
        var units = number % 10;
        var head = tens switch { 0 => "", 1 => "十", _ => $"{Digits[tens - 1]}十" };
        return units == 0 ? head : head + Digits[units - 1];
    }
}
