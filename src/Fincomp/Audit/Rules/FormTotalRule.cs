using Fincomp.Checks;

namespace Fincomp.Audit.Rules;

/// <summary>
/// A performance form's 合计 row: its first number is the sum of every printed 权重, its second the sum of every
/// printed 得分, each read from the column under the 权重/得分 heading of its block (the budget-execution block and
/// the indicator block have their own headings). Weights and scores are exact: no rounding excuses a gap.
/// </summary>
internal static class FormTotalRule
{
    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        foreach (var (index, grid) in view.Tables())
        {
            if (!TableSumRule.IsForm(grid))
            {
                continue;
            }

            var totalRow = Enumerable.Range(0, grid.Rows).LastOrDefault(r => grid.OwnText(r, 0) == "合计", -1);
            if (totalRow < 0)
            {
                continue;
            }

            var weights = new List<(int Row, int Column)>();
            var scores = new List<(int Row, int Column)>();
            int? weightColumn = null;
            int? scoreColumn = null;
            for (var r = 0; r < totalRow; r++)
            {
                var heading = Column(grid, r, "权重");
                if (heading is not null)
                {
                    weightColumn = heading;
                    scoreColumn = Column(grid, r, "得分");
                    continue;
                }

                Collect(grid, r, weightColumn, weights);
                Collect(grid, r, scoreColumn, scores);
            }

            var totals = Enumerable.Range(1, grid.Columns - 1).Where(c => grid.Number(totalRow, c) is not null).ToList();
            if (totals.Count > 0 && weights.Count > 0 && Mismatch(grid, index, totalRow, totals[0], weights, "权重") is { } weight)
            {
                yield return weight;
            }

            if (totals.Count > 1 && scores.Count > 0 && Mismatch(grid, index, totalRow, totals[1], scores, "得分") is { } score)
            {
                yield return score;
            }
        }
    }

    private static int? Column(TableGrid grid, int row, string heading)
    {
        for (var c = 0; c < grid.Columns; c++)
        {
            if (grid.OwnText(row, c) == heading)
            {
                return c;
            }
        }

        return null;
    }

    private static void Collect(TableGrid grid, int row, int? column, List<(int, int)> into)
    {
        if (column is { } c && grid.Number(row, c) is not null)
        {
            into.Add((row, c));
        }
    }

    private static AuditFinding? Mismatch(TableGrid grid, int index, int totalRow, int totalColumn, List<(int Row, int Column)> cells, string what)
    {
        var total = grid.Number(totalRow, totalColumn)!.Value;
        var parts = cells.Select(x => grid.Number(x.Row, x.Column)!.Value).ToList();
        var sum = parts.Sum(p => p.Value);
        if (sum == total.Value)
        {
            return null;
        }

        var message = $"表“{grid.Table.Title}”合计行的{what} {total} 与各行{what}之和 {Amounts.Format(sum)}（{string.Join(" + ", parts)}）不符。";
        return new AuditFinding(AuditCodes.TableSum, message, grid.Place(index, totalRow, totalColumn))
        {
            Related = cells.Select(x => grid.Place(index, x.Row, x.Column)).ToList(),
        };
    }
}
