using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Import;
using Fincomp.Tables;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// Cells that would otherwise pass silently: a formula saved without its result (it reads as blank, and its amount
/// would move to 其他资金), text in an amount cell the import does not need, and a code mistyped with a letter. Each
/// is an error at its own cell, and nothing is written.
/// </summary>
public sealed class CellProblemTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-cells-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_formula_without_a_stored_result_is_an_error_at_its_cell()
    {
        // 公开05表 row 7 is 2010301 行政运行: 合计 7.50 = 基本支出 7.50 + 项目支出 0.
        var bytes = WorkbookFormulas.With(WorkbookFormulas.With(Sample(), "公开05表", "E7", "F7+G7", null), "公开05表", "E8", "F8+G8", null);

        var result = UnitFileImport.NewFile(Write(bytes));

        Assert.Null(result.Text);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((ImportCodes.UncomputedFormula, "公开05表!E7"), (error.Code, error.Span.Place));
        Assert.Contains("=F7+G7", error.Message, StringComparison.Ordinal);
        Assert.Contains("保存后再导入", error.Message, StringComparison.Ordinal);
        Assert.Contains("另有 1 个公式单元格同样没有结果（E8）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_saved_with_its_result_imports_as_that_result()
    {
        var bytes = WorkbookFormulas.With(Sample(), "公开05表", "E7", "F7+G7", "7.5");

        var imported = ImportHarness.ImportNew(Write(bytes));

        Assert.Equal(TableFigures.Of(TestPaths.LoadSample()), TableFigures.Of(imported));
    }

    [Fact]
    public void A_formula_whose_result_is_empty_text_is_a_blank_cell_not_a_missing_result()
    {
        // =IF(…,"",…) saved by Excel: t="str" with an empty value. D7 is the name of 2010301, which may be blank.
        var bytes = WorkbookFormulas.With(Sample(), "公开05表", "D7", "IF(E7=0,\"行政运行\",\"\")", "", text: true);

        var imported = ImportHarness.ImportNew(Write(bytes));

        Assert.Equal(TableFigures.Of(TestPaths.LoadSample()), TableFigures.Of(imported));
    }

    [Theory]
    [InlineData(5, 3, 5, "公开05表!F6")] // the 基本支出 of a 款 row
    [InlineData(5, 2, 5, "公开05表!F5")] // the 基本支出 of a 类 row
    [InlineData(4, 9, 5, "公开04表!F12")] // a 政府性基金 cell of a spending line of table 4
    [InlineData(4, 9, 3, "公开04表!D12")] // 合计 of the spending side of table 4, a column the import does not read
    public void Text_in_an_amount_cell_the_import_does_not_need_is_an_error_at_that_cell(int table, int row, int cell, string place)
    {
        var bytes = FinanceSystemWorkbook.Of(TestPaths.LoadSample(), t => Change(t, table, row, cell, "约96万"));

        var result = UnitFileImport.NewFile(Write(bytes));

        Assert.Null(result.Text);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((ImportCodes.NotAnAmount, place), (error.Code, error.Span.Place));
        Assert.Contains("“约96万”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_with_a_letter_in_a_split_code_column_is_reported_at_that_cell_with_what_is_wrong()
    {
        // Row 7 of 公开05表 is 2010301: the 项 cell C7 is made 01x.
        var bytes = FinanceSystemWorkbook.Of(TestPaths.LoadSample(), t => Change(t, 5, 4, 2, "01x"));

        var result = UnitFileImport.NewFile(Write(bytes));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((ImportCodes.UnknownCode, "公开05表!C7"), (error.Code, error.Span.Place));
        Assert.Contains("“2010301x”", error.Message, StringComparison.Ordinal);
        Assert.Contains("“x”不是数字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_with_a_letter_in_the_code_column_is_reported_there_not_as_a_row_without_a_code()
    {
        var bytes = FinanceSystemWorkbook.Of(TestPaths.LoadSample(), t => t.Number != 3 ? t
            : Change(t, 3, t.Table.Rows.ToList().FindIndex(r => r.Cells[0].Text == "2013202"), 0, "2013202x"));

        var result = UnitFileImport.NewFile(Write(bytes));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(ImportCodes.UnknownCode, error.Code);
        Assert.Matches("^公开03表!A[0-9]+$", error.Span.Place);
        Assert.Contains("“2013202x”写错了：其中的“x”不是数字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_in_full_width_digits_says_so()
    {
        var bytes = FinanceSystemWorkbook.Of(TestPaths.LoadSample(), t => Change(t, 5, 4, 2, "０１"));

        var result = UnitFileImport.NewFile(Write(bytes));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((ImportCodes.UnknownCode, "公开05表!C7"), (error.Code, error.Span.Place));
        Assert.Contains("全角数字", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Sample() => FinanceSystemWorkbook.Of(TestPaths.LoadSample());

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_directory.Path, "tables.xlsx");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static StandardTable Change(StandardTable table, int number, int row, int cell, string text) =>
        table.Number != number ? table : FinanceSystemWorkbook.With(table, FinanceSystemWorkbook.ReplaceCell(table.Table, row, cell,
            table.Table.Rows[row].Cells[cell] with { Text = text, Alignment = CellAlignment.Left }));
}
