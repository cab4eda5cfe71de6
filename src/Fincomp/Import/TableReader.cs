using Fincomp.Diagnostics;

namespace Fincomp.Import;

/// <summary>Reads the cells of one recognised table, reporting each problem at its cell.</summary>
internal sealed class TableReader(string file, TableLayout layout, DiagnosticBag diagnostics)
{
    /// <summary>Header words of the columns that label a row (code, name, 项目, 行次 …) or annotate it, never amounts.</summary>
    private static readonly string[] LabelWords = ["编码", "代码", "名称", "项目", "行次", "栏次", "序号", "备注", "说明"];

    /// <summary>The cells read as amounts so far.</summary>
    private readonly HashSet<(int Row, int Column)> _read = [];

    /// <summary>The rows that are rows of the table (a 科目, a line of 表1 or 表4, a 合计): all their amount cells must be amounts.</summary>
    private readonly SortedSet<int> _rows = [];

    public TableLayout Layout { get; } = layout;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public string Title => TableTitles.TitleOf(Layout.Kind);

    /// <summary>The largest amount (by size) read from the table so far, in 万元: its scale, to catch a wrong unit line.</summary>
    public ImportedAmount? Largest { get; private set; }

    public SourceSpan Span(int row, int column) => SourceSpan.At(file, Layout.Sheet.Place(row, column));

    public string Text(int row, int column) => Layout.Sheet.At(row, column)?.Display ?? string.Empty;

    /// <summary>The amount in a cell (null when blank); text that is not an amount is reported (FC0305).</summary>
    public ImportedAmount? Amount(int row, int column)
    {
        _read.Add((row, column));
        _rows.Add(row);
        var cell = Layout.Sheet.At(row, column);
        if (!AmountCell.TryRead(cell, Layout.Divisor, out var value))
        {
            Error(ImportCodes.NotAnAmount, row, column, $"{Title}的金额单元格中是文字“{cell!.Display}”，不能读作金额：应为数字，如 1045.25、1,045.25（千位用逗号分隔）、-1,045.25 或 (1,045.25)；没有数时留空或写“-”。");
            return null;
        }

        if (value is not { } v)
        {
            return null;
        }

        var amount = new ImportedAmount(v, Span(row, column));
        if (Largest is null || Math.Abs(v) > Math.Abs(Largest.Value))
        {
            Largest = amount;
        }

        return amount;
    }

    /// <summary>Marks a row of the table whose amounts the table's reader may not all need, so that they are checked too.</summary>
    public void TableRow(int row) => _rows.Add(row);

    /// <summary>
    /// Reads every amount cell the table's reader did not need, so that text in any of them is reported (FC0305) rather
    /// than passing because that figure is not imported: the cells of the table's rows in its amount columns (those read
    /// anywhere in the table, and those whose header names no label such as 科目编码, 项目 or 行次).
    /// </summary>
    public void ReadUnreadAmounts()
    {
        var columns = Enumerable.Range(0, Layout.Labels.Count)
            .Where(c => _read.Any(r => r.Column == c) || IsAmountHeader(Layout.Leaf(c)))
            .ToList();
        foreach (var row in _rows.ToList())
        {
            foreach (var column in columns.Where(c => !_read.Contains((row, c))))
            {
                Amount(row, column);
            }
        }
    }

    private static bool IsAmountHeader(string leaf) =>
        leaf.Length > 0 && leaf is not ("类" or "款" or "项") && !LabelWords.Any(w => leaf.Contains(w, StringComparison.Ordinal));

    /// <summary>The one column whose label satisfies <paramref name="match"/>; reports FC0303 when there is none.</summary>
    public int? Column(string what, Func<string, bool> match, bool required = true)
    {
        var columns = Layout.Columns(match);
        if (columns.Count == 0)
        {
            if (required)
            {
                Error(ImportCodes.UnrecognisedHeader, Layout.HeaderStart, 0, $"{Title}的表头中找不到“{what}”列（表头为：{string.Join("、", Layout.Labels.Where(l => l.Length > 0))}）。");
            }

            return null;
        }

        return columns[0];
    }

    public void Error(string code, int row, int column, string message) => Diagnostics.Error(code, Span(row, column), message);

    public void Warning(string code, int row, int column, string message) =>
        Diagnostics.Add(new Diagnostic(code, Severity.Warning, message, Span(row, column)));
}
