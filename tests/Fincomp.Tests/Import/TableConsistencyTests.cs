using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Import;
using Fincomp.Tables;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// Workbooks whose tables disagree with each other in ways a single cell cannot show: a table whose unit line does not
/// fit its numbers (FC0311), and a 科目 with more 财政拨款 spending than table 3 has for all funds (FC0312). Each is an
/// error located at the cell to fix; a consistent workbook gives neither.
/// </summary>
public sealed class TableConsistencyTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-consistency-");

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(5, "万元", 10_000, "公开05表!", "单位：元")]
    [InlineData(1, "元", 1, "公开01表!", "单位：万元")]
    [InlineData(3, "元", 1, "公开03表!", "单位：万元")]
    public void A_table_whose_unit_line_does_not_fit_its_numbers_is_an_error_at_that_table(int number, string labelled, int factor, string place, string advice)
    {
        var diagnostics = Import(t => t.Number != number ? t
            : FinanceSystemWorkbook.With(t, FinanceSystemWorkbook.Scaled(t.Table, factor, "单位：" + labelled)));

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(ImportCodes.ImplausibleUnit, error.Code);
        Assert.StartsWith(place, error.Span.Place, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == ImportCodes.ConvertedFromYuan && d.Span.Place!.StartsWith(place, StringComparison.Ordinal));
    }

    [Fact]
    public void The_consistent_sample_workbook_has_no_unit_or_fund_error()
    {
        var diagnostics = Import(t => t);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code is ImportCodes.ImplausibleUnit or ImportCodes.FiscalExceedsAllFunds);
    }

    [Fact]
    public void A_subject_with_more_appropriation_than_all_funds_is_an_error_at_table_3_not_a_negative_line()
    {
        // 2013202 spends 334.48 in table 5; table 3, which holds all funds, is made to say 33.45.
        var diagnostics = Import(t => t.Number != 3 ? t : FinanceSystemWorkbook.With(t, FinanceSystemWorkbook.ReplaceCell(
            t.Table, t.Table.Rows.ToList().FindIndex(r => r.Cells[0].Text == "2013202"), 2, new TableCell("33.45", CellAlignment.Left))));

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(ImportCodes.FiscalExceedsAllFunds, error.Code);
        Assert.StartsWith("公开03表!C", error.Span.Place, StringComparison.Ordinal);
        Assert.Contains("公开05表!E24 为 334.48", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_amounts_in_full_width_digits_and_with_separators_read_as_the_numbers()
    {
        var sample = TestPaths.LoadSample();
        var bytes = FinanceSystemWorkbook.Of(sample, t => t.Number != 5 ? t : FinanceSystemWorkbook.With(t, t.Table with
        {
            Rows = [.. t.Table.Rows.Select(r => new TableRow([.. r.Cells.Select(c => c.Alignment != CellAlignment.Right ? c : c with
            {
                Alignment = CellAlignment.Left,
                Text = c.Text == "334.48" ? "３３４．４８" : c.Text == "773.13" ? " 7 7 3.13 " : c.Text,
            })]))],
        }));
        var path = Path.Combine(_directory.Path, "text.xlsx");
        File.WriteAllBytes(path, bytes);

        var imported = ImportHarness.ImportNew(path);

        Assert.Equal(TableFigures.Of(sample), TableFigures.Of(imported));
    }

    private DiagnosticBag Import(Func<StandardTable, StandardTable> change)
    {
        var path = Path.Combine(_directory.Path, "tables.xlsx");
        File.WriteAllBytes(path, FinanceSystemWorkbook.Of(TestPaths.LoadSample(), change));
        var diagnostics = new DiagnosticBag();
        WorkbookImporter.Import(path, diagnostics);
        return diagnostics;
    }
}
