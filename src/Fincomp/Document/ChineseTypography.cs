using System.Text;

namespace Fincomp.Document;

/// <summary>
/// Chinese punctuation for text the report prints, whoever wrote it (templates, fixed strings or a clerk's YAML):
/// straight double quotes around Chinese become “”, half-width , : ; ? ! next to a Chinese character become ，：；？！,
/// and parentheses holding Chinese become （）. Punctuation between Latin letters or digits (1,234.5, http://, (1)) is
/// left alone, so amounts, codes and addresses are never touched.
/// </summary>
internal static class ChineseTypography
{
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsChinese))
        {
            return text;
        }

        // An odd number of quotes cannot be paired: those are left as written rather than guessed.
        var pairQuotes = text.Count(c => c == '"') % 2 == 0;
        var result = new StringBuilder(text.Length);
        var openQuote = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : '\0';
            var after = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '"' when pairQuotes:
                    result.Append(openQuote ? '“' : '”');
                    openQuote = !openQuote;
                    break;
                case ',' or ':' or ';' or '?' or '!' when IsChinese(before) || (IsChinese(after) && !char.IsAsciiLetterOrDigit(before)):
                    result.Append(FullWidth(c));
                    break;
                case '(' when ClosingParenthesis(text, i) is { } close && (IsChinese(before) || text.Skip(i + 1).Take(close - i - 1).Any(IsChinese)):
                    result.Append('（').Append(text, i + 1, close - i - 1).Append('）');
                    i = close;
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private static int? ClosingParenthesis(string text, int open)
    {
        var close = text.IndexOf(')', open + 1);
        var nested = text.IndexOf('(', open + 1);
        return close < 0 || (nested >= 0 && nested < close) ? null : close;
    }

    private static char FullWidth(char c) => c switch
    {
        ',' => '，',
        ':' => '：',
        ';' => '；',
        '?' => '？',
        _ => '！',
    };

    private static bool IsChinese(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF5E'
            or '“' or '”';
}
