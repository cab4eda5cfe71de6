using System.Globalization;
using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// "自评总分为满分" where the same report (or attachment) prints the score as 96 of 100: the word claims what the
/// figure denies. The full mark is the "总分为X分" printed beside the score, else 100. The claim may stand in a
/// paragraph or in a table cell (a form's 评价结论); the score in a sentence or in a performance form's 合计 row,
/// whose first figure is the total weight (the full mark) and second the total score.
/// </summary>
internal static partial class FullMarksRule
{
    [GeneratedRegex(@"(?:总分|评分|得分)为满分|获得满分|得满分")]
    private static partial Regex FullMarksPattern();

    [GeneratedRegex(@"(?<what>综合评分|自评得分|自评总分|综合得分|评分)为?(?<score>\d+(?:\.\d+)?)分(?:（总分为?(?<full>\d+(?:\.\d+)?)分）)?")]
    private static partial Regex ScorePattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        var scores = new List<Score>();
        foreach (var (block, text) in view.Paragraphs())
        {
            scores.AddRange(ScorePattern().Matches(text).Select(m => new Score(
                block, m.Groups["what"].Value, Number(m.Groups["score"].Value), m.Groups["full"].Success ? Number(m.Groups["full"].Value) : 100m, new AuditPlace(block, m.Value))));
        }

        scores.AddRange(FormTotals(view));
        var claims = view.Paragraphs().SelectMany(p => FullMarksPattern().Matches(p.Text).Select(m => (Block: p.Index, Claim: m.Value, Place: new AuditPlace(p.Index, m.Value))))
            .Concat(view.Tables().SelectMany(t => Cells(t.Index, t.Grid)))
            .OrderBy(c => c.Block);
        foreach (var (block, claim, place) in claims)
        {
            // The score the claim is about is the nearest one printed before it (a report may score several things).
            var below = scores.Where(s => view.Scopes[s.Block] == view.Scopes[block] && s.Value < s.Full)
                .OrderBy(s => s.Block <= block ? 0 : 1).ThenBy(s => Math.Abs(s.Block - block)).FirstOrDefault();
            if (below is not null)
            {
                yield return new AuditFinding(
                    AuditCodes.FullMarks,
                    $"“{claim}”，但{below.What}为{below.Value.ToString("0.##", CultureInfo.InvariantCulture)}分（满分{below.Full.ToString("0.##", CultureInfo.InvariantCulture)}分）。",
                    place)
                {
                    Related = [below.Place],
                };
            }
        }
    }

    private static IEnumerable<(int Block, string Claim, AuditPlace Place)> Cells(int index, TableGrid grid)
    {
        for (var r = 0; r < grid.Rows; r++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                if (FullMarksPattern().Match(grid.OwnText(r, c)) is { Success: true } claim)
                {
                    yield return (index, claim.Value, grid.Place(index, r, c) with { Quote = claim.Value });
                }
            }
        }
    }

    /// <summary>The score of each performance form: its 合计 row's second figure, of the first (the total weight).</summary>
    private static IEnumerable<Score> FormTotals(DocumentView view)
    {
        foreach (var (index, grid) in view.Tables())
        {
            if (!TableSumRule.IsForm(grid))
            {
                continue;
            }

            var total = Enumerable.Range(0, grid.Rows).LastOrDefault(r => grid.OwnText(r, 0) == "合计", -1);
            var columns = total < 0 ? [] : Enumerable.Range(1, grid.Columns - 1).Where(c => grid.Number(total, c) is not null).ToList();
            if (columns.Count >= 2)
            {
                yield return new Score(index, $"表“{grid.Table.Title}”合计行的得分", grid.Number(total, columns[1])!.Value.Value, grid.Number(total, columns[0])!.Value.Value, grid.Place(index, total, columns[1]));
            }
        }
    }

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A printed score: what it is called, its value and full mark, and where it is.</summary>
    private sealed record Score(int Block, string What, decimal Value, decimal Full, AuditPlace Place);
}
