using Fincomp.Diagnostics;

namespace Fincomp.Import;

/// <summary>Reads the cells of one recognised table, reporting each problem at its cell.</summary>
internal sealed class TableReader(string file, TableLayout layout, DiagnosticBag diagnostics)
{
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
