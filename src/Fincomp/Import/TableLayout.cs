using System.Text.RegularExpressions;

namespace Fincomp.Import;

/// <summary>
/// Where a table sits in its sheet: the title and unit lines above, the header rows (one or two levels, merged cells
/// resolved so each column has a label such as 本年支出/合计), and the data rows below, without the 栏次 row,
/// blank rows and note rows (注：…, 说明：…).
/// </summary>
internal sealed partial class TableLayout
{
    private static readonly string[] Anchors = ["项目", "科目编码", "科目名称", "编码", "收入", "支出", "人员经费", "公用经费", "类", "预算数", "决算数", "功能分类科目编码"];

    private TableLayout(Sheet sheet, TableKind kind, int headerStart, int headerEnd, IReadOnlyList<string> labels, IReadOnlyList<int> dataRows)
    {
        Sheet = sheet;
        Kind = kind;
        HeaderStart = headerStart;
        HeaderEnd = headerEnd;
        Labels = labels;
        DataRows = dataRows;
    }

    public Sheet Sheet { get; }

    public TableKind Kind { get; }

    public int HeaderStart { get; }

    public int HeaderEnd { get; }

    /// <summary>Per column, the header texts from top to bottom joined with '/', e.g. 本年支出/合计.</summary>
    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyList<int> DataRows { get; }

    /// <summary>10,000 when the table says 单位：元, else 1 (万元).</summary>
    public decimal Divisor { get; private init; } = 1m;

    /// <summary>Whether a unit line (单位：万元 / 元) was found.</summary>
    public bool HasUnitLine { get; private init; }

    /// <summary>Where the unit line is (row, column), if there is one: the cell to fix when the unit is wrong.</summary>
    public (int Row, int Column)? UnitCell { get; private init; }

    /// <summary>The unit line as written (单位：万元), if any.</summary>
    public string? UnitText { get; private init; }

    /// <summary>The 编制单位 named above the table, if any.</summary>
    public string? UnitName { get; private init; }

    /// <summary>The year in the title lines (2023年度), if any.</summary>
    public int? Year { get; private init; }

    /// <summary>Whether a note says the table has no data (本表无数据).</summary>
    public bool SaysEmpty { get; private init; }

    /// <summary>The layout, or null when no header row can be found.</summary>
    public static TableLayout? Of(Sheet sheet, TableKind kind, int titleRow)
    {
        var headerStart = -1;
        for (var row = Math.Max(0, titleRow + 1); row < Math.Min(sheet.Rows.Count, titleRow + 12); row++)
        {
            if (Enumerable.Range(0, sheet.ColumnCount).Any(c => Anchors.Contains(Clean(sheet.At(row, c)?.Display ?? string.Empty))))
            {
                headerStart = row;
                break;
            }
        }

        if (headerStart < 0)
        {
            return null;
        }

        var headerEnd = HeaderEndOf(sheet, headerStart);
        var unmerged = headerEnd == headerStart ? UnmergedGroups(sheet, headerStart) : [];
        if (unmerged.Count > 0)
        {
            headerEnd = headerStart + 1;
        }

        string HeaderText(int row, int column) =>
            sheet.At(row, column) is not { IsBlank: false } && unmerged.FirstOrDefault(m => m.Contains(row, column)) is { } group
                ? sheet.At(group.FromRow, group.FromColumn)!.Display
                : sheet.MergedText(row, column);
        var labels = Enumerable.Range(0, sheet.ColumnCount)
            .Select(c => string.Join('/', Enumerable.Range(headerStart, headerEnd - headerStart + 1)
                .Select(r => Clean(HeaderText(r, c)))
                .Where(t => t.Length > 0)
                .Distinct()))
            .ToList();

        var dataRows = new List<int>();
        var saysEmpty = false;
        for (var row = headerEnd + 1; row < sheet.Rows.Count; row++)
        {
            var texts = sheet.Rows[row].Where(c => c is { IsBlank: false }).Select(c => c!.Display).ToList();
            if (texts.Count == 0 || texts.Any(t => t is "栏次" or "行次") || IsColumnNumbering(texts))
            {
                continue;
            }

            if (texts[0].StartsWith('注') || texts[0].StartsWith("说明", StringComparison.Ordinal) || texts[0].StartsWith("备注", StringComparison.Ordinal))
            {
                saysEmpty |= texts[0].Contains("无数据", StringComparison.Ordinal) || texts[0].Contains("空表", StringComparison.Ordinal);
                continue;
            }

            dataRows.Add(row);
        }

        var cellsAbove = Enumerable.Range(0, headerStart)
            .SelectMany(r => sheet.Rows[r].Select((c, column) => (Row: r, Column: column, Cell: c)))
            .Where(c => c.Cell is { IsBlank: false })
            .ToList();
        var above = cellsAbove.Select(c => c.Cell!.Display).ToList();
        var unitCell = cellsAbove.FindIndex(c => UnitLine().IsMatch(c.Cell!.Display));
        var unit = above.Select(t => UnitLine().Match(t)).FirstOrDefault(m => m.Success);
        var maker = above.Select(t => MakerLine().Match(t)).FirstOrDefault(m => m.Success);
        var year = above.Select(t => YearText().Match(t)).FirstOrDefault(m => m.Success);
        return new TableLayout(sheet, kind, headerStart, headerEnd, labels, dataRows)
        {
            HasUnitLine = unit is not null,
            UnitCell = unitCell < 0 ? null : (cellsAbove[unitCell].Row, cellsAbove[unitCell].Column),
            UnitText = unit?.Value,
            Divisor = unit?.Groups[1].Value == "元" ? 10_000m : 1m,
            UnitName = maker?.Groups[1].Value.Trim(),
            Year = year is null ? null : int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            SaysEmpty = saysEmpty,
        };
    }

    /// <summary>The columns whose label satisfies <paramref name="match"/>, left to right.</summary>
    public IReadOnlyList<int> Columns(Func<string, bool> match) =>
        Enumerable.Range(0, Labels.Count).Where(c => match(Labels[c])).ToList();

    /// <summary>The last segment of a column's label (合计 of 本年支出/合计).</summary>
    public string Leaf(int column) => Labels[column].Split('/')[^1];

    /// <summary>A header text without spaces, line breaks and numbering.</summary>
    public static string Clean(string text) => Whitespace().Replace(text, string.Empty);

    /// <summary>
    /// The last header row: a cell merged down pulls the header to its last row; a cell merged across that the next
    /// row splits into several headers (本年支出 over 合计 / 基本支出 / 项目支出) pulls it one row further.
    /// </summary>
    private static int HeaderEndOf(Sheet sheet, int start)
    {
        var end = start;
        for (var row = start; row <= end && row < start + 4; row++)
        {
            foreach (var merge in sheet.Merges.Where(m => m.FromRow == row))
            {
                end = Math.Max(end, merge.ToRow);
                if (merge.ToColumn > merge.FromColumn && row + 1 < sheet.Rows.Count)
                {
                    var children = Enumerable.Range(merge.FromColumn, merge.ToColumn - merge.FromColumn + 1)
                        .Count(c => sheet.At(row + 1, c) is { IsBlank: false });
                    if (children >= 2)
                    {
                        end = Math.Max(end, row + 1);
                    }
                }
            }
        }

        return end;
    }

    /// <summary>
    /// A two-level header saved without its merged cells (the upper text only in the first column of its group, as a
    /// CSV round trip or an unmerging clerk leaves it): the row below the header holds only header words, some of them
    /// under blank upper cells. Each upper text then spans the blank cells to its right that have a lower header, as the
    /// merge did; none when the next row is data (codes, amounts, 栏次 numbers).
    /// </summary>
    private static List<MergedRange> UnmergedGroups(Sheet sheet, int header)
    {
        var below = header + 1;
        var texts = Enumerable.Range(0, sheet.ColumnCount).Where(c => sheet.At(below, c) is { IsBlank: false }).ToList();
        if (texts.Count < 2 || texts.Any(c => sheet.At(below, c) is { } cell && (cell.Number is not null || cell.Display.Any(char.IsAsciiDigit)))
            || !texts.Any(c => sheet.At(header, c) is not { IsBlank: false }))
        {
            return [];
        }

        var groups = new List<MergedRange>();
        for (var column = 0; column < sheet.ColumnCount; column++)
        {
            if (sheet.At(header, column) is not { IsBlank: false })
            {
                continue;
            }

            var end = column;
            while (end + 1 < sheet.ColumnCount && sheet.At(header, end + 1) is not { IsBlank: false } && sheet.At(below, end + 1) is { IsBlank: false })
            {
                end++;
            }

            if (end > column)
            {
                groups.Add(new MergedRange(header, column, header, end));
            }
        }

        return groups;
    }

    /// <summary>A row of column numbers 1, 2, 3 … under the header, as some exports print.</summary>
    internal static bool IsColumnNumbering(List<string> texts) =>
        texts.Count >= 3 && texts.Select((t, i) => t == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(b => b);

    [GeneratedRegex("[\\s\u3000]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("(?<!编制)单位[：:]\\s*(万元|元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex("编制单位[：:]\\s*([^\\s\u3000]+)")]
    private static partial Regex MakerLine();

    [GeneratedRegex("((?:19|20)[0-9]{2})\\s*年")]
    private static partial Regex YearText();
}
