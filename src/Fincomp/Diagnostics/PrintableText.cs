using System.Globalization;
using System.Text;

namespace Fincomp.Diagnostics;

/// <summary>
/// The characters a report, a terminal or a spreadsheet cannot take as text: C0 controls other than tab and line
/// breaks, DEL, C1 controls (U+0085 among them), the Unicode line and paragraph separators, the non-characters U+FFFE
/// and U+FFFF, and halves of surrogate pairs. Input containing them is refused; anything printed replaces them with a
/// visible escape, so a name like "\e[31m…\nfake.yaml(1,1): error" can neither colour the terminal nor forge a
/// diagnostic line.
/// </summary>
internal static class PrintableText
{
    /// <summary>The index of the first such character in <paramref name="text"/>, or -1.</summary>
    public static int FirstForbidden(string text, bool allowLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c, allowLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><paramref name="text"/> with every forbidden character (line breaks included) written as \u{XXXX}.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FirstForbidden(text, allowLineBreaks: false) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (IsForbidden(c, allowLineBreaks: false))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool IsForbidden(char c, bool allowLineBreaks) => c switch
    {
        '\t' => !allowLineBreaks,
        '\n' or '\r' => !allowLineBreaks,
        < '\u0020' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' => true,
        _ => char.IsSurrogate(c),
    };
}
