using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// One quantity, one value: every amount the text names (a standard quantity of <see cref="QuantityAnchors"/>, or a 科目
/// label with its code) has the same value wherever the text prints it and as the table cell that prints it; the items
/// of a list under such a total agree with the rows of that total's table; a performance report's 综合评分 and 绩效评分
/// agree with its form's 合计. Each scope (the report, each attachment) is compared within itself.
/// </summary>
internal static partial class QuantityRule
{
    [GeneratedRegex(@"(?<what>综合评分|绩效评分|自评总分)为(?<n>\d+(?:\.\d+)?)分")]
    private static partial Regex ScorePattern();

    /// <summary>The findings; every amount found to disagree with an earlier value or its table cell is added to <paramref name="disputed"/>.</summary>
    public static IEnumerable<AuditFinding> Check(DocumentView view, ParagraphAmounts amounts, ISet<TextAmount> disputed)
    {
        var first = new Dictionary<(int Scope, string Key), TextAmount>();
        foreach (var amount in amounts.All.Where(a => !a.IsChange))
        {
            var scope = amounts.ScopeOf(amount.Block);
            var anchor = QuantityAnchors.For(amount.Subject);
            var key = amount.Code is { } code ? "科目" + code : anchor?.Term;
            if (key is not null)
            {
                if (first.TryGetValue((scope, key), out var earlier))
                {
                    if (earlier.Number.Value != amount.Number.Value)
                    {
                        disputed.Add(amount);
                        yield return Conflict(amounts, amount, $"前文印为{earlier.Number}万元", new AuditPlace(earlier.Block, Quote(amounts, earlier)));
                    }
                }
                else
                {
                    first[(scope, key)] = amount;
                }
            }

            var cell = amount.Code is { } itemCode ? Cell(view, scope, new QuantityAnchor(itemCode, "一般公共预算财政拨款支出决算表", itemCode, "合计"))
                : anchor is { Table.Length: > 0 } ? Cell(view, scope, anchor)
                : ListItemCell(view, scope, amount);
            if (cell is { } found && found.Number.Value != amount.Number.Value)
            {
                disputed.Add(amount);
                yield return Conflict(amounts, amount, $"表“{found.Grid.Table.Title}”印为{found.Number}", found.Grid.Place(found.Block, found.Row, found.Column));
            }
        }

        foreach (var finding in Scores(view, amounts))
        {
            yield return finding;
        }
    }

    private static IEnumerable<AuditFinding> Scores(DocumentView view, ParagraphAmounts amounts)
    {
        foreach (var (block, text) in amounts.Texts)
        {
            foreach (Match match in ScorePattern().Matches(text))
            {
                var form = FormOf(view, amounts.ScopeOf(block), block);
                if (form.Grid is null || !HasScores(form.Grid) || !PrintedNumber.TryParse(match.Groups["n"].Value, out var stated))
                {
                    continue;
                }

                var totalRow = Enumerable.Range(0, form.Grid.Rows).LastOrDefault(r => form.Grid.OwnText(r, 0) == "合计", -1);
                var numbers = totalRow < 0 ? [] : Enumerable.Range(1, form.Grid.Columns - 1).Where(c => form.Grid.Number(totalRow, c) is not null).ToList();
                if (numbers.Count == 0)
                {
                    continue;
                }

                // The 合计 row prints the total weight, then the total score.
                if (numbers.Count < 2)
                {
                    continue;
                }

                var column = numbers[1];
                var printed = form.Grid.Number(totalRow, column)!.Value;
                if (printed.Value != stated.Value)
                {
                    yield return new AuditFinding(
                        AuditCodes.TwoValues,
                        $"“{match.Value}”与表“{form.Grid.Table.Title}”合计行的得分 {printed} 不一致：同一个分数印出了两个值。",
                        new AuditPlace(block, match.Value))
                    {
                        Related = [form.Grid.Place(form.Index, totalRow, column)],
                    };
                }
            }
        }
    }

    /// <summary>
    /// The form a score sentence is about: the nearest form after it in its scope (a self-evaluation report states its
    /// score, then appends its form), else the nearest before it. An attachment may hold two reports (整体支出, then a
    /// project) without a title between them that the reading sees, so the first form of the scope may be another
    /// report's; a form with no 得分 column is still the sentence's own and leaves it uncompared.
    /// </summary>
    private static (int Index, TableGrid Grid) FormOf(DocumentView view, int scope, int block)
    {
        var forms = view.Tables().Where(t => view.Scopes[t.Index] == scope && (TableSumRule.IsForm(t.Grid) || HasWeights(t.Grid))).ToList();
        return forms.FirstOrDefault(t => t.Index > block) is { Grid: not null } after ? after : forms.LastOrDefault(t => t.Index < block);
    }

    /// <summary>
    /// Whether a table has a 权重 column: a form whose title the reading did not find ("（2023年度）" set between the
    /// form's name and the table) is still the form that stands there.
    /// </summary>
    private static bool HasWeights(TableGrid grid) =>
        Enumerable.Range(0, grid.Rows).Any(r => Enumerable.Range(0, grid.Columns).Any(c => grid.OwnText(r, c) == "权重"));

    /// <summary>Whether a form has a 得分 column: a unit form that prints only weights has no score to compare.</summary>
    private static bool HasScores(TableGrid grid) =>
        Enumerable.Range(0, grid.Rows).Any(r => Enumerable.Range(0, grid.Columns).Any(c => grid.OwnText(r, c) == "得分"));

    private static AuditFinding Conflict(ParagraphAmounts amounts, TextAmount amount, string other, AuditPlace otherPlace) =>
        new(AuditCodes.TwoValues, $"“{Quote(amounts, amount)}”与{other}不一致：同一个数印出了两个值。", new AuditPlace(amount.Block, Quote(amounts, amount)))
        {
            Related = [otherPlace],
        };

    private static string Quote(ParagraphAmounts amounts, TextAmount amount) =>
        ShareRule.Quote(amounts.Texts[amount.Block], amount.Start, amount.End);

    /// <summary>An item of a list whose lead is anchored: the row of the lead's table labelled with the item's name.</summary>
    private static (TableGrid Grid, int Block, int Row, int Column, PrintedNumber Number)? ListItemCell(DocumentView view, int scope, TextAmount amount)
    {
        if (amount.Lead is not { } lead || QuantityAnchors.For(lead.Subject) is not { Table.Length: > 0 } leadAnchor)
        {
            return null;
        }

        foreach (var name in new[] { amount.Subject, Strip(amount.Subject, "支出决算"), Strip(amount.Subject, "支出") })
        {
            if (name.Length > 0 && Cell(view, scope, leadAnchor with { Row = name }) is { } cell)
            {
                return cell;
            }
        }

        return null;
    }

    private static string Strip(string text, string ending) =>
        text.EndsWith(ending, StringComparison.Ordinal) ? text[..^ending.Length] : string.Empty;

    internal static (TableGrid Grid, int Block, int Row, int Column, PrintedNumber Number)? Cell(DocumentView view, int scope, QuantityAnchor anchor)
    {
        foreach (var (index, grid) in view.Tables())
        {
            if (view.Scopes[index] != scope || grid.Table.Title?.Contains(anchor.Table, StringComparison.Ordinal) != true
                || (anchor.Table == "支出决算表" && grid.Table.Title != "支出决算表"))
            {
                continue;
            }

            var seen = 0;
            foreach (var (r, c) in grid.Find(anchor.Row))
            {
                if (r < grid.Table.HeaderRows && ColumnWise(grid, index, r, c, anchor) is { } across)
                {
                    return across;
                }

                if (r < grid.Table.HeaderRows || ++seen != anchor.Occurrence)
                {
                    continue;
                }

                var column = anchor.Column is { } heading
                    ? Enumerable.Range(c + 1, Math.Max(0, grid.Columns - c - 1)).Cast<int?>().FirstOrDefault(x => TableSumRule.HeaderOf(grid, x!.Value) == heading)
                    : Enumerable.Range(c + 1, Math.Max(0, grid.Columns - c - 1)).Cast<int?>().FirstOrDefault(x => grid.Number(r, x!.Value) is not null);
                return column is { } col && grid.Number(r, col) is { } number ? (grid, index, r, col, number) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A table laid out across (the Shanghai "三公" table: 合计, 因公出国（境）费… as column headings over 预算数/决算数,
    /// one row of figures): the figure in the one data row under <paramref name="anchor"/>'s heading, in the column of
    /// the labelled heading's span that is headed <see cref="QuantityAnchor.Column"/>.
    /// </summary>
    private static (TableGrid Grid, int Block, int Row, int Column, PrintedNumber Number)? ColumnWise(TableGrid grid, int block, int row, int column, QuantityAnchor anchor)
    {
        if (anchor.Column is not { } heading || grid.Rows != grid.Table.HeaderRows + 1 || grid[row, column] is not { } label)
        {
            return null;
        }

        var data = grid.Rows - 1;
        for (var c = column; c < column + Math.Max(1, label.Cell.ColumnSpan); c++)
        {
            if (TableSumRule.HeaderOf(grid, c) == heading && grid.Number(data, c) is { } number)
            {
                return (grid, block, data, c, number);
            }
        }

        return null;
    }
}
