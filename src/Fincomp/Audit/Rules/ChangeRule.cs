using System.Text.RegularExpressions;
using Fincomp.Checks;
using Fincomp.Model;

namespace Fincomp.Audit.Rules;

/// <summary>
/// "增加/减少X万元，增长/下降Y%": the two verbs agree, and Y recomputes from X and the current amount printed before it
/// (last year's amount is the current one less the change) within rounding. An increase from nothing has no rate:
/// "增长100%" for an amount that is all increase is wrong whatever the figure; no change at all is "持平", never
/// "减少0万元".
/// </summary>
internal static partial class ChangeRule
{
    [GeneratedRegex(@"(?<verb>增加|减少)(?<x>\d[\d,]*(?:\.\d+)?)万元(?:，(?<pverb>增长|下降)(?<p>\d+(?:\.\d+)?)%)?")]
    private static partial Regex ChangePattern();

    public static IEnumerable<AuditFinding> Check(ParagraphAmounts amounts)
    {
        foreach (var (block, text) in amounts.Texts)
        {
            foreach (Match match in ChangePattern().Matches(text))
            {
                var increase = match.Groups["verb"].Value == "增加";
                var place = new AuditPlace(block, match.Value);
                if (PrintedNumber.TryParse(match.Groups["x"].Value, out var none) && none.Value == 0m)
                {
                    yield return new AuditFinding(AuditCodes.Change, $"“{match.Value}”：没有变动，应写“持平”，不写{match.Groups["verb"].Value}0万元。", place);
                    continue;
                }

                if (match.Groups["pverb"].Success && (match.Groups["pverb"].Value == "增长") != increase)
                {
                    yield return new AuditFinding(AuditCodes.Change, $"“{match.Value}”：金额说{match.Groups["verb"].Value}，幅度却说{match.Groups["pverb"].Value}。", place);
                    continue;
                }

                if (!match.Groups["p"].Success || !PrintedNumber.TryParse(match.Groups["x"].Value, out var change) || !PrintedNumber.TryParse(match.Groups["p"].Value, out var percent))
                {
                    continue;
                }

                var current = CurrentAmount(amounts, block, text, match.Index);
                if (current is null)
                {
                    continue;
                }

                var previous = increase
                    ? new RoundingInterval(current.Number.Interval.Low - change.Interval.High, current.Number.Interval.High - change.Interval.Low)
                    : current.Number.Interval + change.Interval;
                if (increase && change.Value > 0m && current.Number.Value == change.Value)
                {
                    yield return new AuditFinding(
                        AuditCodes.Change,
                        $"“{match.Value}”：本期{current.Number}万元全是增加额，上期为0，从零起的增长没有增长率，不应写“{match.Groups["pverb"].Value}{percent}%”。",
                        place)
                    {
                        Related = [new AuditPlace(current.Block, $"{current.Subject}{current.Number}万元")],
                    };
                    continue;
                }

                if (previous.Low <= 0m)
                {
                    continue;
                }

                var range = new RoundingInterval(change.Interval.Low / previous.High * 100m, change.Interval.High / previous.Low * 100m);
                if (!percent.Rounded.Overlaps(range))
                {
                    var last = increase ? current.Number.Value - change.Value : current.Number.Value + change.Value;
                    var exact = Math.Round(change.Value / last * 100m, 2, MidpointRounding.AwayFromZero);
                    yield return new AuditFinding(
                        AuditCodes.Change,
                        $"“{match.Value}”：本期{current.Number}万元、上期{Amounts.Format(last)}万元，变动幅度应为{Amounts.Format(exact)}%，印出的是{percent}%。",
                        place)
                    {
                        Related = [new AuditPlace(current.Block, $"{current.Subject}{current.Number}万元")],
                    };
                }
            }
        }
    }

    /// <summary>
    /// The amount the change is measured from: the same paragraph's amount of the subject the clause names ("公务接待费
    /// 支出决算比2022年度减少…" → the "公务接待费支出1.85万元" clause), else the paragraph's last amount before it that is
    /// not a budget figure — a completion clause such as "全年预算数为0万元" between the two is not this year's amount.
    /// </summary>
    private static TextAmount? CurrentAmount(ParagraphAmounts amounts, int block, string text, int position)
    {
        var subject = StatedFigures.Normalise(StatedFigures.SubjectBefore(text, position));
        foreach (var name in SubjectNames(subject))
        {
            if (amounts.Named(name, block, position) is { } named && named.Block == block)
            {
                return named;
            }
        }

        // Not an amount of another subject: in "支出8万元，收入增加0.5万元，增长5%" the 8万元 is not 收入's.
        var (from, _) = SubjectClauses.Around(text, position);
        var aboutBudget = subject.Contains("预算", StringComparison.Ordinal);
        return amounts.ByBlock.TryGetValue(block, out var inParagraph)
            ? inParagraph.LastOrDefault(a => !a.IsChange && a.End <= position && (a.Start >= from || from <= SubjectClauses.SentenceStart(text, position)) && (aboutBudget || !a.Subject.Contains("预算", StringComparison.Ordinal)))
            : null;
    }

    /// <summary>The clause's subject as written, then without its comparison ("比2022年度", "较上年"), then without "决算".</summary>
    private static IEnumerable<string> SubjectNames(string subject)
    {
        yield return subject;
        var compared = ComparisonTail().Replace(subject, string.Empty).Trim();
        if (compared.Length > 0 && compared != subject)
        {
            yield return compared;
        }

        if (compared.EndsWith("决算", StringComparison.Ordinal) && compared.Length > 2)
        {
            yield return compared[..^2];
        }
    }

    [GeneratedRegex(@"(?:比|较|与)[^比较与]*$")]
    private static partial Regex ComparisonTail();
}
