using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// Table arithmetic, read from the printed grid alone: a 类 is the sum of its 款 and a 款 of its 项 (any column of
/// amounts beside a code column, the economic classes of table 6 included), the 合计 row is the sum of the 类; a 合计
/// column is the sum of the columns beside it under the same heading; in a table of labels and amounts (tables 1 and
/// 2, the "三公" table) 本年…合计 sums the rows above it, 总计 adds the rows after that, a leading 合计 sums the rows
/// below it and a 小计 the rows its label spans.
/// </summary>
internal static partial class TableSumRule
{
    private static readonly string[] TotalHeaders = ["合计", "本年收入合计", "本年支出合计"];

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        foreach (var (index, grid) in view.Tables())
        {
            if (IsForm(grid))
            {
                continue;
            }

            var codeColumns = CodeColumns(grid);
            var findings = codeColumns.Count > 0
                ? codeColumns.SelectMany(c => Hierarchy(grid, index, c, codeColumns))
                : LabelledTotals(grid, index);
            foreach (var finding in findings.Concat(TotalColumns(grid, index, codeColumns.Count > 0)))
            {
                yield return finding;
            }
        }
    }

    /// <summary>Performance forms have their own arithmetic (weights and scores), see <see cref="FormTotalRule"/>.</summary>
    internal static bool IsForm(TableGrid grid) => grid.Table.Title?.Contains("绩效", StringComparison.Ordinal) == true;

    [GeneratedRegex(@"^\d{3}(\d{2}){0,2}$")]
    private static partial Regex CodePattern();

    private static List<int> CodeColumns(TableGrid grid)
    {
        var columns = new List<int>();
        for (var c = 0; c < grid.Columns; c++)
        {
            var codes = 0;
            for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
            {
                if (CodePattern().IsMatch(grid.OwnText(r, c)))
                {
                    codes++;
                }
            }

            if (codes >= 1 && (c + 1 >= grid.Columns || !AllNumbers(grid, c + 1)))
            {
                columns.Add(c);
            }
        }

        return columns;
    }

    private static bool AllNumbers(TableGrid grid, int column)
    {
        var any = false;
        for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
        {
            var text = grid.OwnText(r, column);
            if (text.Length > 0)
            {
                if (grid.Number(r, column) is null)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private static IEnumerable<AuditFinding> Hierarchy(TableGrid grid, int index, int codeColumn, List<int> codeColumns)
    {
        var next = codeColumns.Where(c => c > codeColumn).DefaultIfEmpty(grid.Columns).Min();
        var rows = new List<(int Row, string Code)>();
        int? totalRow = null;
        for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
        {
            var text = grid.OwnText(r, codeColumn);
            if (CodePattern().IsMatch(text))
            {
                rows.Add((r, text));
            }
            else if (text.EndsWith("合计", StringComparison.Ordinal))
            {
                totalRow = r;
            }
        }

        for (var column = codeColumn + 2; column < next; column++)
        {
            foreach (var (row, code) in rows.Where(x => x.Code.Length < 7))
            {
                var children = rows.Where(x => x.Code.Length == code.Length + 2 && x.Code.StartsWith(code, StringComparison.Ordinal)).Select(x => x.Row).ToList();
                if (Compare(grid, index, row, column, children, $"{code} {grid.OwnText(row, codeColumn + 1)}", "其下各级科目") is { } finding)
                {
                    yield return finding;
                }
            }

            if (totalRow is { } total
                && Compare(grid, index, total, column, rows.Where(x => x.Code.Length == 3).Select(x => x.Row).ToList(), grid.OwnText(total, codeColumn), "各类科目") is { } totalFinding)
            {
                yield return totalFinding;
            }
        }
    }

    private static IEnumerable<AuditFinding> TotalColumns(TableGrid grid, int index, bool coded)
    {
        for (var h = 0; h < grid.Table.HeaderRows; h++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                if (!TotalHeaders.Contains(grid.OwnText(h, c)))
                {
                    continue;
                }

                var end = grid.Columns;
                if (h > 0 && grid[h - 1, c] is { OriginRow: var pr } parent && pr == h - 1)
                {
                    end = parent.OriginColumn + Math.Max(1, parent.Cell.ColumnSpan);
                }

                var siblings = Enumerable.Range(c + 1, Math.Max(0, end - c - 1)).Where(s => grid[h, s] is { IsOrigin: true }).ToList();
                if (siblings.Count == 0)
                {
                    continue;
                }

                // In a table of 科目 rows a blank cell in a column that prints figures on other rows states nothing there:
                // the row as printed adds only its printed cells (table 3's 经营支出 blank on every 科目 while the 合计 row
                // prints 28.00). A table of labels may print a 合计 of record over a part the unit did not give ("三公").
                var used = coded
                    ? siblings.Where(s => Enumerable.Range(grid.Table.HeaderRows, grid.Rows - grid.Table.HeaderRows).Any(r => grid.Number(r, s) is not null)).ToList()
                    : [];
                for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
                {
                    if (grid.Number(r, c) is not { } whole || siblings.Any(s => grid.Number(r, s) is null && !used.Contains(s))
                        || siblings.All(s => grid.Number(r, s) is null))
                    {
                        continue;
                    }

                    var printed = siblings.Where(s => grid.Number(r, s) is not null).ToList();
                    var parts = printed.Select(s => grid.Number(r, s)!.Value).ToList();
                    if (PrintedSum.Violation(whole, parts) is { } code)
                    {
                        var label = RowLabel(grid, r, c);
                        yield return Finding(code, grid, index, r, c, $"“{label}”行的{grid.OwnText(h, c)} {whole}", printed.Count < siblings.Count ? "同行印出的各列（其余留空）" : "同行各列", parts, printed.Select(s => grid.Place(index, r, s)));
                    }
                }
            }
        }
    }

    private static IEnumerable<AuditFinding> LabelledTotals(TableGrid grid, int index)
    {
        for (var column = 1; column < grid.Columns; column++)
        {
            foreach (var finding in TopTotal(grid, index, column))
            {
                yield return finding;
            }
        }

        for (var labelColumn = 0; labelColumn < grid.Columns; labelColumn++)
        {
            if (!IsLabelColumn(grid, labelColumn))
            {
                continue;
            }

            var amounts = Enumerable.Range(labelColumn + 1, grid.Columns - labelColumn - 1).TakeWhile(c => !IsLabelColumn(grid, c)).ToList();
            foreach (var column in amounts)
            {
                foreach (var finding in RunningTotals(grid, index, labelColumn, column))
                {
                    yield return finding;
                }
            }
        }
    }

    private static bool IsLabelColumn(TableGrid grid, int column)
    {
        var labels = 0;
        for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
        {
            var text = grid.OwnText(r, column);
            if (text.Length > 0 && grid.Number(r, column) is null)
            {
                labels++;
            }
        }

        return labels > 0;
    }

    /// <summary>本年…合计 = the rows above it; 总计 = that 合计 + the rows between them.</summary>
    private static IEnumerable<AuditFinding> RunningTotals(TableGrid grid, int index, int labelColumn, int column)
    {
        var items = new List<int>();
        int? subtotal = null;
        for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
        {
            var label = grid.OwnText(r, labelColumn);
            if (label.Length == 0 || grid[r, labelColumn] is not { IsOrigin: true } || grid.Number(r, column) is null)
            {
                continue;
            }

            if (label.StartsWith("本年", StringComparison.Ordinal) && label.EndsWith("合计", StringComparison.Ordinal))
            {
                if (items.Count > 0 && Compare(grid, index, r, column, items, label, "其上各行") is { } finding)
                {
                    yield return finding;
                }

                subtotal = r;
                items = [];
            }
            else if (label == "总计" && subtotal is { } s)
            {
                if (Compare(grid, index, r, column, [s, .. items], label, "本年合计与其后各行") is { } finding)
                {
                    yield return finding;
                }

                items = [];
            }
            else if (label != "合计" && label != "小计")
            {
                items.Add(r);
            }
        }
    }

    /// <summary>A 合计 in the first data row sums the rows below that start a label; a 小计 sums the rows its label spans.</summary>
    private static IEnumerable<AuditFinding> TopTotal(TableGrid grid, int index, int column)
    {
        var first = grid.Table.HeaderRows;
        if (first >= grid.Rows || grid.OwnText(first, 0) != "合计" || grid.Number(first, column) is null)
        {
            yield break;
        }

        var top = Enumerable.Range(first + 1, grid.Rows - first - 1).Where(r => grid[r, 0] is { IsOrigin: true }).ToList();
        if (Compare(grid, index, first, column, top, "合计", "其下各行") is { } finding)
        {
            yield return finding;
        }

        foreach (var r in top)
        {
            if (grid[r, 0]!.Cell.RowSpan > 1 && grid.OwnText(r, 1) == "小计")
            {
                var spanned = Enumerable.Range(r + 1, Math.Min(grid.Rows, r + grid[r, 0]!.Cell.RowSpan) - r - 1).ToList();
                if (Compare(grid, index, r, column, spanned, $"{grid.OwnText(r, 0)}小计", "其下各行") is { } subtotal)
                {
                    yield return subtotal;
                }
            }
        }
    }

    private static AuditFinding? Compare(TableGrid grid, int index, int row, int column, List<int> partRows, string wholeName, string partsName)
    {
        if (partRows.Count == 0 || grid.Number(row, column) is not { } whole || partRows.Any(r => grid.Number(r, column) is null))
        {
            return null;
        }

        var parts = partRows.Select(r => grid.Number(r, column)!.Value).ToList();
        return PrintedSum.Violation(whole, parts) is { } code
            ? Finding(code, grid, index, row, column, $"“{wholeName}”的{HeaderOf(grid, column)} {whole}", partsName, parts, partRows.Select(r => grid.Place(index, r, column)))
            : null;
    }

    private static AuditFinding Finding(string code, TableGrid grid, int index, int row, int column, string whole, string partsName, List<PrintedNumber> parts, IEnumerable<AuditPlace> related)
    {
        var what = code == AuditCodes.PartExceedsWhole ? "小于其中的一项" : "与其组成部分之和不符";
        var message = $"表“{grid.Table.Title}”中{whole}{what}：{partsName} {PrintedSum.Describe(parts)}，超出四舍五入所能解释的范围 {PrintedSum.Sum(parts)}。";
        return new AuditFinding(code, message, grid.Place(index, row, column)) { Related = related.ToList() };
    }

    internal static string HeaderOf(TableGrid grid, int column)
    {
        for (var h = grid.Table.HeaderRows - 1; h >= 0; h--)
        {
            if (grid[h, column] is { } cell && cell.Cell.Text.Trim().Length > 0)
            {
                return cell.Cell.Text.Trim();
            }
        }

        return $"第{column + 1}列";
    }

    private static string RowLabel(TableGrid grid, int row, int before)
    {
        for (var c = 0; c < before; c++)
        {
            var text = grid.OwnText(row, c);
            if (text.Length > 0 && grid.Number(row, c) is null)
            {
                return text;
            }
        }

        return grid.OwnText(row, 0);
    }
}
