using System.Text.RegularExpressions;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1905: a character or word typed twice ("设定不不够完善", "的的", "工作工作"). Two identical 汉字 side by side are
/// usually two words meeting (充分分析, 招考考察, 研究会会费, 公务用车车辆 in the seed alone), so a single character is
/// only questioned when it is a function word that does not end one word and start the next; a repeated word of two to
/// four 汉字 always is. The few real doublings of those are listed in <see cref="Allowed"/>.
/// </summary>
public sealed partial class DoubledWordRule : IRule
{
    /// <summary>Real doublings, and the two words that meet on a function character, that the patterns would otherwise question.</summary>
    private static readonly string[] Allowed = ["的的确确", "是是非非", "研究研究", "讨论讨论", "是是否", "和和谐"];

    public RuleInfo Info { get; } = new(
        "FC1905", Severity.Warning, "文字中字词重复",
        "文字中同一个虚词连写两次（不不、的的、是是、在在、和和、并并、也也、都都、就就、将将、已已、又又、再再、而而、或或、之之、于于、从从、各各、很很、最最、把把、被被），或同一个二至四字的词连写两次（工作工作），多是录入时多打了一遍。两个相同的实词字相邻通常是两个词相接（充分分析、招考考察），不在此列；确属叠用或两词相接的（的的确确、是是非非、是是否、和和谐等）已列为例外。",
        "problems: 项目绩效目标设定不不够完善。",
        "删去多打的字或词。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var field in context.Texts)
        {
            foreach (var match in Doubled(field.Text))
            {
                var half = match.Length / 2;
                yield return Info.At(field.At(match.Index + half),
                    $"{field.Label}中“{field.Quote(match.Index, match.Length)}”：“{match.Value[..half]}”连写了两次。");
            }
        }
    }

    private static IEnumerable<Match> Doubled(string text)
    {
        var matches = FunctionWord().Matches(text).Concat(RepeatedWord().Matches(text)).OrderBy(m => m.Index);
        return matches.Where(m => !IsAllowed(text, m.Index, m.Length));
    }

    private static bool IsAllowed(string text, int index, int length) =>
        Allowed.Any(phrase =>
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                if (at <= index && index + length <= at + phrase.Length)
                {
                    return true;
                }
            }

            return false;
        });

    [GeneratedRegex("([不的是在和并也都就将已又再而或之于从各很最把被])\\1")]
    private static partial Regex FunctionWord();

    [GeneratedRegex("(\\p{IsCJKUnifiedIdeographs}{2,4})\\1")]
    private static partial Regex RepeatedWord();
}
