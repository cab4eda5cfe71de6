using System.Globalization;
using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// "自评总分为满分" where the same report (or attachment) prints the score as 96 of 100: the word claims what the
/// figure denies. The full mark is the "总分为X分" printed beside the score, else 100.
/// </summary>
internal static partial class FullMarksRule
{
    [GeneratedRegex(@"(?:总分|评分|得分)为满分|获得满分|得满分")]
    private static partial Regex FullMarksPattern();

    [GeneratedRegex(@"(?<what>综合评分|自评得分|自评总分|综合得分|评分)为?(?<score>\d+(?:\.\d+)?)分(?:（总分为?(?<full>\d+(?:\.\d+)?)分）)?")]
    private static partial Regex ScorePattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        var scores = new List<(int Block, Match Match)>();
        foreach (var (block, text) in view.Paragraphs())
        {
            scores.AddRange(ScorePattern().Matches(text).Select(m => (block, m)));
        }

        foreach (var (block, text) in view.Paragraphs())
        {
            foreach (Match claim in FullMarksPattern().Matches(text))
            {
                // The score the claim is about is the nearest one printed before it (a report may score several things).
                var below = scores.Where(s => view.Scopes[s.Block] == view.Scopes[block] && Score(s.Match) < Full(s.Match))
                    .OrderBy(s => s.Block <= block ? 0 : 1).ThenBy(s => Math.Abs(s.Block - block)).FirstOrDefault();
                if (below.Match is { } score)
                {
                    var scoreBlock = below.Block;
                    yield return new AuditFinding(
                        AuditCodes.FullMarks,
                        $"“{claim.Value}”，但{score.Groups["what"].Value}为{score.Groups["score"].Value}分（满分{Full(score).ToString("0.##", CultureInfo.InvariantCulture)}分）。",
                        new AuditPlace(block, claim.Value))
                    {
                        Related = [new AuditPlace(scoreBlock, score.Value)],
                    };
                }
            }
        }
    }

    private static decimal Score(Match match) => decimal.Parse(match.Groups["score"].Value, CultureInfo.InvariantCulture);

    private static decimal Full(Match match) =>
        match.Groups["full"].Success ? decimal.Parse(match.Groups["full"].Value, CultureInfo.InvariantCulture) : 100m;
}
