using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// A completion rate needs a budget: "完成年初预算X%" cannot stand where the budget is 0 — said in the same paragraph
/// (年初预算为0万元, 预算数为0万元, 未安排预算) or printed only in the table the amount before the rate comes from (the
/// 预算数 column of the row that prints it, as the 三公 table does).
/// </summary>
internal static partial class ZeroBudgetCompletionRule
{
    [GeneratedRegex(@"(?:(?:年初|全年)预算数?为?|预算数为)0(?:\.0+)?万元|未安排(?:年初)?预算")]
    private static partial Regex ZeroBudgetPattern();

    /// <summary>"完成年初预算的98.69%", its rate in group p.</summary>
    [GeneratedRegex(@"完成(?:年初|全年)?预算(?:数)?(?:的)?(?<p>\d+(?:\.\d+)?)%")]
    internal static partial Regex CompletionPattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view, ParagraphAmounts amounts)
    {
        foreach (var (block, text) in amounts.Texts)
        {
            var zero = ZeroBudgetPattern().Match(text);
            foreach (Match completion in CompletionPattern().Matches(text))
            {
                if (zero.Success && zero.Index < completion.Index)
                {
                    yield return new AuditFinding(
                        AuditCodes.Completion,
                        $"“{zero.Value}”，却写“{completion.Value}”：预算为0时没有完成率。",
                        new AuditPlace(block, completion.Value));
                }
                else if (ZeroBudgetCell(view, amounts, block, completion.Index) is { } cell)
                {
                    yield return new AuditFinding(
                        AuditCodes.Completion,
                        $"“{completion.Value}”：表“{cell.Grid.Table.Title}”印出的{TableSumRule.HeaderOf(cell.Grid, cell.Column)}为0，预算为0时没有完成率。",
                        new AuditPlace(block, completion.Value))
                    {
                        Related = [cell.Grid.Place(cell.Block, cell.Row, cell.Column)],
                    };
                }
            }
        }
    }

    /// <summary>How the paragraph shows a zero budget before <paramref name="position"/> (its words, or the table's cell), or null.</summary>
    internal static string? ZeroBudget(DocumentView view, ParagraphAmounts amounts, int block, int position)
    {
        var text = amounts.Texts[block];
        if (ZeroBudgetPattern().Match(text) is { Success: true } zero && zero.Index < position)
        {
            return $"“{zero.Value}”";
        }

        return ZeroBudgetCell(view, amounts, block, position) is { } cell
            ? $"表“{cell.Grid.Table.Title}”印出的{TableSumRule.HeaderOf(cell.Grid, cell.Column)}为0"
            : null;
    }

    /// <summary>The budget cell, printed 0, of the row that prints the amount the rate follows.</summary>
    private static (TableGrid Grid, int Block, int Row, int Column)? ZeroBudgetCell(DocumentView view, ParagraphAmounts amounts, int block, int position) =>
        BudgetCell(view, amounts, block, position) is { Number.Value: 0m } cell ? (cell.Grid, cell.Block, cell.Row, cell.Column) : null;

    /// <summary>
    /// The budget the table prints for the amount the rate at <paramref name="position"/> follows: the 预算 column (not a
    /// 决算 one) of the row, or in a table laid out across of the heading, that prints the amount (the 三公 table's
    /// 预算数 beside its 决算数). Null when the amount is no standard quantity or its table prints no budget.
    /// </summary>
    internal static (TableGrid Grid, int Block, int Row, int Column, PrintedNumber Number)? BudgetCell(DocumentView view, ParagraphAmounts amounts, int block, int position)
    {
        if (amounts.Before(block, position) is not { } amount || QuantityAnchors.For(amount.Subject) is not { Table.Length: > 0 } anchor
            || QuantityRule.Cell(view, amounts.ScopeOf(block), anchor) is not { } cell)
        {
            return null;
        }

        for (var c = 0; c < cell.Grid.Columns; c++)
        {
            var header = TableSumRule.HeaderOf(cell.Grid, c);
            if (header.Contains("预算", StringComparison.Ordinal) && !header.Contains("决算", StringComparison.Ordinal)
                && SameHeading(cell.Grid, c, cell.Column) && cell.Grid.Number(cell.Row, c) is { } budget)
            {
                return (cell.Grid, cell.Block, cell.Row, c, budget);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether two columns stand under one heading above their 预算数/决算数 row: in a table laid out across (one row of
    /// figures, a heading per quantity), another quantity's budget is not this one's.
    /// </summary>
    private static bool SameHeading(TableGrid grid, int column, int other) =>
        grid.Table.HeaderRows < 2 || ReferenceEquals(grid[grid.Table.HeaderRows - 2, column]?.Cell, grid[grid.Table.HeaderRows - 2, other]?.Cell);
}
