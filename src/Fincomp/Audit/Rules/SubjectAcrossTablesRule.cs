using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// One 科目, one value across tables: a 类 or 款 that two spending tables print (表3 支出决算表 for all funds, 表5 for
/// 一般公共预算, the fund tables 8 and 9) over exactly the same 项 rows, alike in every spending column, is the same
/// quantity in both (the unit's lines there are all of one fund), so it prints the same 合计, 基本支出 and 项目支出 in
/// both. Where the 项 rows differ (a 类 holding 其他资金 in table 3) the two are different quantities and not compared.
/// The 合计 rows of two such tables over exactly the same 项 rows print one 基本支出 (table 3's is the statement's, table
/// 5's the 一般公共预算 one, section 六's): their 合计 may stand apart within rounding where 收入总计 and 支出总计 keep two
/// values (FC1107), but their 基本支出 never does.
/// </summary>
internal static partial class SubjectAcrossTablesRule
{
    /// <summary>The spending columns and the heading each is printed under (表3 heads its 合计 column 本年支出合计).</summary>
    private static readonly Dictionary<string, string> SpendingHeaders = new(StringComparer.Ordinal)
    {
        ["本年支出合计"] = "合计",
        ["合计"] = "合计",
        ["基本支出"] = "基本支出",
        ["项目支出"] = "项目支出",
    };

    /// <summary>The 合计 row's key: its "code" is a prefix of every 项, so the 项 below it are all of them.</summary>
    private const string TotalRow = "";

    [GeneratedRegex(@"^\d{3}(\d{2}){0,2}$")]
    private static partial Regex CodePattern();

    public static IEnumerable<AuditFinding> Check(DocumentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var first = new Dictionary<(int Scope, string Code, string Items), SubjectRow>();
        foreach (var (index, grid) in view.Tables())
        {
            if (TableSumRule.IsForm(grid) || SpendingTable(grid, index) is not { } rows)
            {
                continue;
            }

            foreach (var row in rows.Values.Where(r => r.Code.Length < 7))
            {
                var key = (view.Scopes[index], row.Code, ItemsBelow(rows, row.Code));
                if (key.Item3.Length == 0)
                {
                    continue;
                }

                if (!first.TryGetValue(key, out var earlier))
                {
                    first[key] = row;
                    continue;
                }

                foreach (var (column, number) in row.Amounts.Where(a => row.Code != TotalRow || a.Key == "基本支出"))
                {
                    if (earlier.Amounts.TryGetValue(column, out var other) && other.Number.Value != number.Number.Value)
                    {
                        var subject = row.Code == TotalRow ? "合计行" : $"科目 {row.Code} {row.Name}";
                        yield return new AuditFinding(
                            AuditCodes.TwoValues,
                            $"表“{grid.Table.Title}”中{subject}的{column} {number.Number} 与表“{earlier.Grid.Table.Title}”印出的 {other.Number} 不一致："
                                + $"两表中{(row.Code == TotalRow ? "合计" : "该科目")}之下的各项完全相同，是同一个数，却印出了两个值。",
                            grid.Place(index, number.Row, number.Column))
                        {
                            Related = [earlier.Grid.Place(earlier.Block, other.Row, other.Column)],
                        };
                    }
                }
            }
        }
    }

    /// <summary>
    /// The 科目 rows of a table with 基本支出 and 项目支出 columns (a spending table), by code, each with its spending
    /// columns; null for any other table (an income table's 本年收入合计 measures income).
    /// </summary>
    private static Dictionary<string, SubjectRow>? SpendingTable(TableGrid grid, int index)
    {
        var codeColumn = Enumerable.Range(0, grid.Columns).Cast<int?>()
            .FirstOrDefault(c => Enumerable.Range(grid.Table.HeaderRows, Math.Max(0, grid.Rows - grid.Table.HeaderRows)).Any(r => CodePattern().IsMatch(grid.OwnText(r, c!.Value))));
        if (codeColumn is not { } code)
        {
            return null;
        }

        var columns = Enumerable.Range(code + 1, Math.Max(0, grid.Columns - code - 1))
            .Select(c => (Column: c, Header: SpendingHeaders.GetValueOrDefault(TableSumRule.HeaderOf(grid, c))))
            .Where(c => c.Header is not null)
            .GroupBy(c => c.Header!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Column, StringComparer.Ordinal);
        if (!columns.ContainsKey("基本支出") || !columns.ContainsKey("项目支出") || !columns.ContainsKey("合计"))
        {
            return null;
        }

        var rows = new Dictionary<string, SubjectRow>(StringComparer.Ordinal);
        for (var r = grid.Table.HeaderRows; r < grid.Rows; r++)
        {
            var text = grid.OwnText(r, code);
            var isTotal = text.StartsWith("合计", StringComparison.Ordinal);
            if (!CodePattern().IsMatch(text) && !isTotal)
            {
                continue;
            }

            var amounts = new Dictionary<string, (int Row, int Column, PrintedNumber Number)>(StringComparer.Ordinal);
            foreach (var (header, column) in columns)
            {
                if (grid.Number(r, column) is { } number)
                {
                    amounts[header] = (r, column, number);
                }
            }

            rows.TryAdd(isTotal ? TotalRow : text, new SubjectRow(grid, index, isTotal ? TotalRow : text, grid.OwnText(r, code + 1), amounts));
        }

        return rows;
    }

    /// <summary>The 项 rows below a 类 or 款 as printed: what makes two tables' rows of one code the same quantity.</summary>
    private static string ItemsBelow(Dictionary<string, SubjectRow> rows, string code) =>
        string.Join(';', rows.Values
            .Where(r => r.Code.Length == 7 && r.Code.StartsWith(code, StringComparison.Ordinal))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => r.Code + "=" + string.Join(',', SpendingHeaders.Values.Distinct(StringComparer.Ordinal)
                .Select(h => r.Amounts.TryGetValue(h, out var a) ? a.Number.ToString() : "-"))));

    private sealed record SubjectRow(TableGrid Grid, int Block, string Code, string Name, IReadOnlyDictionary<string, (int Row, int Column, PrintedNumber Number)> Amounts);
}
