using System.Text;

namespace Fincomp.Narrative;

/// <summary>
/// Keeps the unit file's text literal through the Markdown stage. The templates' output is read as Markdown, where a
/// line starting "#", "```", "&lt;!--" or ":::" is structure; a clerk's sentence that a template happens to put at the
/// start of a line must not become a heading, swallow the rest of the report into a code or HTML block, or place a
/// table, nor a note. So every string the template model exposes is encoded: each character that can open Markdown
/// structure, or a note ("注："), or that Chinese typography would rewrite (<see cref="Document.ChineseTypography"/>:
/// straight quotes, half-width punctuation, parentheses), is moved, one for one, into a private-use block that no
/// Markdown rule reacts to, and <see cref="MarkdownReader"/> punctuates the templates' text and then decodes the text
/// of every block it reads. Structure and punctuation can therefore come only from the templates' own text: what the
/// clerk wrote is printed as written (FC1907 tells the clerk about half-width punctuation in the unit file).
/// </summary>
/// <remarks>
/// The mapping is one character for one, so lengths, comparisons with "" and the trimming of trailing "。，；" that the
/// wording functions do are unaffected. A private-use character of the encoding block that is really in the clerk's
/// text is written behind <see cref="Escape"/>, so decoding gives back exactly what was encoded.
/// </remarks>
internal static class LiteralText
{
    /// <summary>
    /// The characters with a meaning at the start of a Markdown line (headings, fences, HTML blocks, quotes, lists,
    /// thematic breaks, setext underlines, link definitions, tables) or to the reader (":::" directives, "注：" notes),
    /// and the half-width punctuation the typography rewrites next to Chinese (":" and "!" are already among the first).
    /// </summary>
    private const string Structural = "#`~<>:*-+_=|[]!\\&：\",;?()";

    /// <summary>The private-use block: Structural[i] is written as Base + 1 + i.</summary>
    private const char Base = '\uF700';

    /// <summary>Marks a character of the block that was in the clerk's text itself.</summary>
    private const char Escape = Base;

    private static readonly char End = (char)(Base + 1 + Structural.Length);

    private static readonly System.Buffers.SearchValues<char> StructuralValues = System.Buffers.SearchValues.Create(Structural);

    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(StructuralValues) < 0 && !text.Any(InBlock))
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (InBlock(c))
            {
                encoded.Append(Escape).Append(c);
            }
            else
            {
                var index = Structural.IndexOf(c, StringComparison.Ordinal);
                encoded.Append(index < 0 ? c : (char)(Base + 1 + index));
            }
        }

        return encoded.ToString();
    }

    /// <summary>
    /// Applies <paramref name="edit"/> to what the clerk wrote and encodes the result again: for the wording functions
    /// that trim a sentence's trailing "，" or ";" whether full- or half-width.
    /// </summary>
    public static string Edit(string text, Func<string, string> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return Encode(edit(Decode(text)));
    }

    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(InBlock))
        {
            return text;
        }

        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape && i + 1 < text.Length)
            {
                decoded.Append(text[++i]);
            }
            else
            {
                decoded.Append(InBlock(c) && c != Escape ? Structural[c - Base - 1] : c);
            }
        }

        return decoded.ToString();
    }

    private static bool InBlock(char c) => c >= Base && c < End;
}
