using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1909: the enumerations inside one text (一是…二是…, （一）（二）, 1. 2. / 1、2、, （1）（2）, ①②) run 1, 2, 3 without
/// a repeat or a gap; the seed has "三是…；四是…；四是…" where 五是 was meant. A run starts at its 1 (numbers before the
/// first 1 are not a list: "6、9、11月"), and a new 1 starts a new run. Arabic labels count only at the start of the text
/// or of a sentence, where they label items; inside a sentence "1、2、4月" is a list of months and "行政运行（01）（50）" are
/// 科目 codes. A second 1 right after a lone 1 (一是…；一是…) is a repeat, not a new run. Chapter labels 一、二、 count
/// only at the start of the text or of a sentence and never when a numeral follows (一、二月份 and 一、二季度 are lists of
/// months and quarters). Once a run goes wrong it is reported once: the labels after an out-of-order one are not
/// measured against it again.
/// </summary>
internal sealed partial class EnumerationRule : IRule
{
    private static readonly Style[] Styles =
    [
        new(ShiLabel(), n => $"{ChineseText.FormatNumeral(n)}是"),
        new(ParenthesizedNumeral(), n => $"（{ChineseText.FormatNumeral(n)}）"),
        new(ChapterLabel(), n => $"{ChineseText.FormatNumeral(n)}、"),
        new(ArabicLabel(), n => $"{n}."),
        new(ParenthesizedArabic(), n => $"（{n}）"),
        new(Circled(), n => ((char)('①' + n - 1)).ToString()),
    ];

    public RuleInfo Info { get; } = new(
        "FC1909", Severity.Warning, "文字中的编号重复或不连续",
        "同一段文字中的编号（一是、二是……；（一）（二）……；一、二、……；1. 2. 或 1、2、……；（1）（2）……；①②……）应从 1 开始依次递增，不重复、不跳号；紧接着又写一个“一是”“1.”也算重复。编号从“一”或“1”起算，未从 1 开始的数字串（如 6、9、11月）不视为编号；阿拉伯数字和“一、”只在段首或句首才算编号，“一、二月份”“一、二季度”这类后面紧跟数字的不算。一组编号出错后只报告一次。",
        "goal_completion: 一是用于会议培训；二是用于举办活动；三是用于社工招考；四是用于购买书籍；四是用于基地维修。",
        "把重复或跳过的编号改为应有的序号（后一处“四是”应为“五是”）。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var field in context.Texts)
        {
            foreach (var finding in field.Capped(Info, Styles.SelectMany(style => Check(field, style))))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Func<Diagnostic>> Check(TextField field, Style style)
    {
        var run = new List<(int Number, Match Match)>();
        var reported = false;
        foreach (Match match in style.Pattern.Matches(field.Text))
        {
            if (Number(match.Groups["n"].Value) is not { } number)
            {
                continue;
            }

            // A 1 starts a new run, unless the run so far is a lone 1: then it is that 1 written twice.
            if (number == 1 && !(run.Count == 1 && run[0].Number == 1))
            {
                run = [(number, match)];
                reported = false;
                continue;
            }

            if (run.Count == 0 || reported)
            {
                continue;
            }

            if (IsFault(run, number))
            {
                reported = true;
                var before = run.ToList();
                yield return () => Finding(field, style, before, number, match);
            }

            run.Add((number, match));
        }
    }

    /// <summary>Whether label <paramref name="number"/> after <paramref name="run"/> is written twice or out of turn.</summary>
    private static bool IsFault(List<(int Number, Match Match)> run, int number) =>
        number != run[^1].Number + 1 || run.Exists(r => r.Number == number);

    /// <summary>What is wrong with label <paramref name="number"/> after <paramref name="run"/> (<see cref="IsFault"/>).</summary>
    private Diagnostic Finding(TextField field, Style style, List<(int Number, Match Match)> run, int number, Match match)
    {
        var last = run[^1].Number;
        var expected = style.Label(last + 1);
        var advice = expected == match.Value ? "" : $"，后一处应为“{expected}”";
        var earlier = run.FindLast(r => r.Number == number).Match;
        if (earlier is not null)
        {
            return Info.At(field.At(match.Index),
                $"{field.Label}中“{match.Value}”出现了两次（第 {earlier.Index + 1} 字“{field.Quote(earlier.Index, earlier.Length)}”与第 {match.Index + 1} 字“{field.Quote(match.Index, match.Length)}”）{advice}。",
                [field.At(earlier.Index)]);
        }

        return Info.At(field.At(match.Index),
            $"{field.Label}中“{field.Quote(match.Index, match.Length)}”：编号“{style.Label(last)}”之后是“{match.Value}”，应为“{expected}”。",
            [field.At(run[^1].Match.Index)]);
    }

    private static int? Number(string text) =>
        text.Length == 1 && text[0] is >= '①' and <= '⑳' ? text[0] - '①' + 1
        : char.IsAsciiDigit(text[0]) ? int.Parse(text, CultureInfo.InvariantCulture)
        : ChineseText.ParseNumeral(text);

    /// <summary>一是 … ; not the 一 that ends a word (统一是, 唯一是, 之一是, 第一是).</summary>
    [GeneratedRegex("(?<![统唯第之万同逐单专不])(?<n>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex ShiLabel();

    [GeneratedRegex("[（(](?<n>[一二三四五六七八九十]{1,3})[）)]")]
    private static partial Regex ParenthesizedNumeral();

    /// <summary>一、 at the start of the text or a sentence, not followed by another numeral (一、二月份).</summary>
    [GeneratedRegex("(?<=^|[。；;：:！？\\s])(?<n>[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十])")]
    private static partial Regex ChapterLabel();

    [GeneratedRegex("(?<=^|[。；;：:！？\\s])(?<n>[0-9]{1,2})[.．、](?![0-9])")]
    private static partial Regex ArabicLabel();

    /// <summary>（1） at the start of the text or a sentence; never a zero-padded （01）, which is a 科目 code's digits.</summary>
    [GeneratedRegex("(?<=^|[。；;：:！？\\s])[（(](?<n>[1-9][0-9]?)[）)]")]
    private static partial Regex ParenthesizedArabic();

    [GeneratedRegex("(?<n>[①-⑳])")]
    private static partial Regex Circled();

    /// <summary>A way of numbering: how its labels are found and how label n is written.</summary>
    private sealed record Style(Regex Pattern, Func<int, string> Label);
}
