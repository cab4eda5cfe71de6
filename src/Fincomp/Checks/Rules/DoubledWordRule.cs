using System.Text.RegularExpressions;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1905: a character or word typed twice ("设定不不够完善", "的的", "工作工作"). Two identical 汉字 side by side are
/// usually two words meeting (充分分析, 招考考察, 研究会会费, 公务用车车辆 in the seed alone), so a single character is
/// only questioned when it is a function word that does not end one word and start the next; a repeated word of two to
/// four 汉字 always is. The few real doublings of those are listed in <see cref="Allowed"/>. A doubling is also two
/// words meeting when the character before and the first half make a word (成都|都江堰, 存在|在建, 用于|于都), or the
/// second half and what follows do (学习|学习强国): <see cref="Words"/> lists such words, none of them 不 or 的, so
/// “不不” and “的的” are always questioned.
/// </summary>
internal sealed partial class DoubledWordRule : IRule
{
    /// <summary>Real doublings, and the two words that meet on a function character, that the patterns would otherwise question.</summary>
    private static readonly string[] Allowed = ["的的确确", "是是非非", "研究研究", "讨论讨论", "是是否", "和和谐"];

    /// <summary>
    /// Common words that end or start on a function character; a doubling whose first half ends one of them (begun
    /// before it) or whose second half starts one (going on after it) is two words meeting.
    /// </summary>
    private static readonly string[] Words =
    [
        "成都", "首都", "古都", "都江堰", "都市", "存在", "现在", "正在", "实在", "所在", "在建", "在职", "在编", "在岗", "在校",
        "用于", "对于", "由于", "关于", "属于", "等于", "于都", "需要", "主要", "重要", "必要", "只要", "要求", "要素", "要点",
        "就是", "但是", "还是", "总是", "凡是", "学习强国", "总和",
    ];

    public RuleInfo Info { get; } = new(
        "FC1905", Severity.Warning, "文字中字词重复",
        "文字中同一个虚词连写两次（不不、的的、是是、要要、在在、和和、并并、也也、都都、就就、将将、已已、又又、再再、而而、或或、之之、于于、从从、各各、很很、最最、把把、被被），或同一个二至四字的词连写两次（工作工作），多是录入时多打了一遍。两个相同的实词字相邻通常是两个词相接（充分分析、招考考察），不在此列；确属叠用或两词相接的（的的确确、是是非非、是是否、和和谐等）已列为例外；前一字与前半合成常用词或后半与后一字合成常用词的（成都都江堰、存在在建、用于于都、学习学习强国、主要要求）视为两词相接。",
        "problems: 项目绩效目标设定不不够完善。",
        "删去多打的字或词。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var field in context.Texts)
        {
            foreach (var finding in field.Capped(Info, Doubled(field.Text).Select(match => Finding(field, match))))
            {
                yield return finding;
            }
        }
    }

    private Func<Diagnostic> Finding(TextField field, Match match) => () =>
    {
        var half = match.Length / 2;
        return Info.At(field.At(match.Index + half), $"{field.Label}中“{field.Quote(match.Index, match.Length)}”：“{match.Value[..half]}”连写了两次。");
    };

    private static IEnumerable<Match> Doubled(string text)
    {
        var matches = FunctionWord().Matches(text).Concat(RepeatedWord().Matches(text)).OrderBy(m => m.Index);
        var allowed = AllowedPlaces(text);
        return matches.Where(m => !IsAllowed(allowed, m.Index, m.Length) && !IsWordsMeeting(text, m.Index, m.Length / 2));
    }

    private static bool IsWordsMeeting(string text, int index, int half) =>
        Words.Any(word =>
        {
            var before = index + half - word.Length;
            var endsFirstHalf = before >= 0 && before < index && string.CompareOrdinal(text, before, word, 0, word.Length) == 0;
            var after = index + half;
            var startsSecondHalf = word.Length > half && after + word.Length <= text.Length
                && string.CompareOrdinal(text, after, word, 0, word.Length) == 0;
            return endsFirstHalf || startsSecondHalf;
        });

    /// <summary>Where each allowed phrase occurs in the text (start, end), found once per text rather than once per doubling.</summary>
    private static List<(int Start, int End)> AllowedPlaces(string text)
    {
        var places = new List<(int Start, int End)>();
        foreach (var phrase in Allowed)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                places.Add((at, at + phrase.Length));
            }
        }

        places.Sort();
        return places;
    }

    /// <summary>Whether an allowed phrase covers the doubling; only phrases starting a phrase's length before it can.</summary>
    private static bool IsAllowed(List<(int Start, int End)> places, int index, int length)
    {
        var longest = Allowed.Max(p => p.Length);
        var first = places.BinarySearch((index + length - longest, int.MinValue));
        for (var i = first < 0 ? ~first : first; i < places.Count && places[i].Start <= index; i++)
        {
            if (index + length <= places[i].End)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("([不的是要在和并也都就将已又再而或之于从各很最把被])\\1")]
    private static partial Regex FunctionWord();

    [GeneratedRegex("(\\p{IsCJKUnifiedIdeographs}{2,4})\\1")]
    private static partial Regex RepeatedWord();
}
