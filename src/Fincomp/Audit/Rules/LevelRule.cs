using System.Text.RegularExpressions;
using Fincomp.Checks;

namespace Fincomp.Audit.Rules;

/// <summary>
/// "与上年持平"/"与2022年度持平"/"同比持平"/"比上年持平" says the figure did not change from last year; the sentence's own
/// figures can say otherwise: a change printed beside it ("增加0.5万元", "下降3%") that is not zero, or this year's amount
/// and last year's ("上年为3万元", "2022年度支出3万元") printed differently — figures of the clauses about the same
/// subject (<see cref="SubjectClauses"/>), since a sentence may say another subject changed. A sentence that prints no
/// figure of last year and no change is not judged; "基本持平" allows a small change and is not judged either.
/// </summary>
internal static partial class LevelRule
{
    [GeneratedRegex(@"(?:[与和同](?<period>上年同期|上一?年度?|去年|\d{4}年度?)(?:相比|比较)?|同比|[比较](?<period>上一?年度?|\d{4}年度?))持平")]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"(?<verb>增长|下降)(?<p>\d+(?:\.\d+)?)%")]
    private static partial Regex RatePattern();

    private static readonly string[] LastYear = ["上年", "上一年", "去年", "同期"];

    public static IEnumerable<AuditFinding> Check(ParagraphAmounts amounts)
    {
        foreach (var (block, text) in amounts.Texts)
        {
            foreach (Match level in LevelPattern().Matches(text))
            {
                // Only the clauses of the wording's own subject: "收入增加0.5万元，支出与上年持平" says 支出 did not change.
                var (start, end) = SubjectClauses.Around(text, level.Index);
                var place = new AuditPlace(block, level.Value);
                var inSentence = amounts.ByBlock[block].Where(a => a.Start >= start && a.End <= end).ToList();
                if (inSentence.FirstOrDefault(a => a.IsChange && a.Number.Value != 0m) is { } change)
                {
                    yield return new AuditFinding(
                        AuditCodes.Comparison,
                        $"“{level.Value}”与印出的数字不符：同一句印出的变动额为{text[(change.Start - 2)..change.Start]}{change.Number}万元，不是持平。",
                        place)
                    {
                        Related = [new AuditPlace(block, text[(change.Start - 2)..change.End])],
                    };
                    continue;
                }

                if (RatePattern().Matches(text[start..end]).FirstOrDefault(r => PrintedNumber.TryParse(r.Groups["p"].Value, out var p) && p.Value != 0m) is { } rate)
                {
                    yield return new AuditFinding(
                        AuditCodes.Comparison,
                        $"“{level.Value}”与印出的数字不符：同一句印出的变动幅度为{rate.Value}，不是持平。",
                        place)
                    {
                        Related = [new AuditPlace(block, rate.Value)],
                    };
                    continue;
                }

                var period = level.Groups["period"].Success ? level.Groups["period"].Value : null;
                var figures = inSentence.Where(a => !a.IsChange).ToList();
                var previous = figures.FirstOrDefault(a => IsLastYears(StatedFigures.SubjectBefore(text, a.Start), period));
                var current = figures.LastOrDefault(a => !ReferenceEquals(a, previous) && !IsLastYears(StatedFigures.SubjectBefore(text, a.Start), period));
                if (previous is null || current is null || previous.Number.Value == current.Number.Value)
                {
                    continue;
                }

                var difference = current.Number.Value - previous.Number.Value;
                yield return new AuditFinding(
                    AuditCodes.Comparison,
                    $"“{level.Value}”与印出的数字不符：本年{current.Number}万元，上年{previous.Number}万元，{(difference > 0m ? "增加" : "减少")}{Amounts.Format(Math.Abs(difference))}万元，不是持平。",
                    place)
                {
                    Related = [new AuditPlace(block, text[previous.Start..previous.End]), new AuditPlace(block, text[current.Start..current.End])],
                };
            }
        }
    }

    /// <summary>Whether the clause before an amount names last year: 上年, 去年, 同期, or the year the wording compares with.</summary>
    private static bool IsLastYears(string clause, string? period) =>
        LastYear.Any(word => clause.Contains(word, StringComparison.Ordinal))
        || (period is { Length: >= 4 } && char.IsAsciiDigit(period[0]) && clause.Contains(period[..4], StringComparison.Ordinal));
}
