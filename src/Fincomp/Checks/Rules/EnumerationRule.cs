using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1909: the enumerations inside one text (一是…二是…, （一）（二）, 1. 2. / 1、2、, （1）（2）, ①②) run 1, 2, 3 without
/// a repeat or a gap; the seed has "三是…；四是…；四是…" where 五是 was meant. A run starts at its 1 (numbers before the
/// first 1 are not a list: "6、9、11月"), and a new 1 starts a new run. Arabic labels count only at the start of the text
/// or of a sentence, where they label items; inside a sentence "1、2、4月" is a list of months and "行政运行（01）（50）" are
/// 科目 codes.
/// </summary>
public sealed partial class EnumerationRule : IRule
{
    private static readonly Style[] Styles =
    [
        new(ShiLabel(), n => $"{ChineseText.FormatNumeral(n)}是"),
        new(ParenthesizedNumeral(), n => $"（{ChineseText.FormatNumeral(n)}）"),
        new(ArabicLabel(), n => $"{n}."),
        new(ParenthesizedArabic(), n => $"（{n}）"),
        new(Circled(), n => ((char)('①' + n - 1)).ToString()),
    ];

    public RuleInfo Info { get; } = new(
        "FC1909", Severity.Warning, "文字中的编号重复或不连续",
        "同一段文字中的编号（一是、二是……；（一）（二）……；1. 2. 或 1、2、……；（1）（2）……；①②……）应从 1 开始依次递增，不重复、不跳号。编号从“一”或“1”起算，未从 1 开始的数字串（如 6、9、11月）不视为编号；阿拉伯数字只在段首或句首才算编号。",
        "goal_completion: 一是用于会议培训；二是用于举办活动；三是用于社工招考；四是用于购买书籍；四是用于基地维修。",
        "把重复或跳过的编号改为应有的序号（后一处“四是”应为“五是”）。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var field in context.Texts)
        {
            foreach (var style in Styles)
            {
                foreach (var finding in Check(field, style))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Diagnostic> Check(TextField field, Style style)
    {
        var run = new List<(int Number, Match Match)>();
        foreach (Match match in style.Pattern.Matches(field.Text))
        {
            if (Number(match.Groups["n"].Value) is not { } number)
            {
                continue;
            }

            if (number == 1)
            {
                run = [(number, match)];
                continue;
            }

            if (run.Count == 0)
            {
                continue;
            }

            var last = run[^1].Number;
            var expected = style.Label(last + 1);
            var earlier = run.FindLast(r => r.Number == number).Match;
            if (earlier is not null)
            {
                yield return Info.At(field.At(match.Index),
                    $"{field.Label}中“{match.Value}”出现了两次（第 {earlier.Index + 1} 字“{field.Quote(earlier.Index, earlier.Length)}”与第 {match.Index + 1} 字“{field.Quote(match.Index, match.Length)}”），后一处应为“{expected}”。",
                    [field.At(earlier.Index)]);
            }
            else if (number != last + 1)
            {
                yield return Info.At(field.At(match.Index),
                    $"{field.Label}中“{field.Quote(match.Index, match.Length)}”：编号“{style.Label(last)}”之后是“{match.Value}”，应为“{expected}”。",
                    [field.At(run[^1].Match.Index)]);
            }

            run.Add((number, match));
        }
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
