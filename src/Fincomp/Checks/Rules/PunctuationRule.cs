using System.Text.RegularExpressions;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1906: punctuation typed twice ("。。", "，。") and quotes or brackets left open or closed without an opening one.
/// A closing bracket right after a list label ("1）", "一）" at the start of a text or a sentence) is a label, not an
/// unbalanced bracket.
/// </summary>
internal sealed partial class PunctuationRule : IRule
{
    /// <summary>Openers and their closers; a half-width parenthesis pairs with a full-width one (the mix is FC1907's).</summary>
    private static readonly (string Open, string Close, string Name)[] Pairs =
    [
        ("（(", "）)", "括号"), ("“", "”", "引号"), ("‘", "’", "单引号"), ("《", "》", "书名号"), ("【", "】", "方括号"), ("〔", "〕", "六角括号"),
    ];

    public RuleInfo Info { get; } = new(
        "FC1906", Severity.Warning, "标点重复或不成对",
        "文字中相邻的两个句读标点（。。、，，、，。、；；等）多是多打或改句时漏删；括号、引号、书名号应成对出现，只有开头或只有结尾的多是漏打。段首或句首的“1）”“一）”是编号，不算不成对。",
        "self_evaluation: 开展绩效自评。。 或 reason: 财政统筹调整（部分经费调整到下年。",
        "删去多余的标点，补齐漏打的另一半。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var field in context.Texts)
        {
            foreach (var finding in field.Capped(Info, Findings(field)))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Func<Diagnostic>> Findings(TextField field)
    {
        foreach (Match match in DoubledStop().Matches(field.Text))
        {
            yield return () => Info.At(field.At(match.Index + 1), $"{field.Label}中“{field.Quote(match.Index, match.Length)}”：标点“{match.Value}”重复。");
        }

        foreach (var (offset, name, open) in Unbalanced(field.Text))
        {
            var what = open ? $"有开头的{name}而没有结尾" : $"有结尾的{name}而没有开头";
            yield return () => Info.At(field.At(offset), $"{field.Label}中“{field.Quote(offset, 1)}”：{what}。");
        }
    }

    /// <summary>Every opener left open and every closer without an opener, in text order.</summary>
    private static IEnumerable<(int Offset, string Name, bool Open)> Unbalanced(string text)
    {
        var found = new List<(int, string, bool)>();
        foreach (var (openers, closers, name) in Pairs)
        {
            var open = new Stack<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (openers.Contains(text[i], StringComparison.Ordinal))
                {
                    open.Push(i);
                }
                else if (closers.Contains(text[i], StringComparison.Ordinal))
                {
                    if (open.Count > 0)
                    {
                        open.Pop();
                    }
                    else if (!ListLabel().IsMatch(text.AsSpan(LabelWindowStart(i), i - LabelWindowStart(i))))
                    {
                        found.Add((i, name, false));
                    }
                }
            }

            found.AddRange(open.Select(i => (i, name, true)));
        }

        return found.OrderBy(f => f.Item1);
    }

    /// <summary>
    /// Where the text a list label is looked for before a closer at <paramref name="closer"/> starts: a label is at
    /// most three characters after a stop, so four characters are enough (the whole text before a closer would make a
    /// text of many closers quadratic). A window that does not start the text cannot match by its start alone: no
    /// label is four characters long.
    /// </summary>
    private static int LabelWindowStart(int closer) => Math.Max(0, closer - 4);

    [GeneratedRegex("[，。、；：][，。、；：]|！！|？？")]
    private static partial Regex DoubledStop();

    /// <summary>The text before a closer ends with a list label: "1" or "一" at the start or after a stop.</summary>
    [GeneratedRegex("(?:^|[。；：！？\\s])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])$")]
    private static partial Regex ListLabel();
}
