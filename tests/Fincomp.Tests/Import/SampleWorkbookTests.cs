using Fincomp.Diagnostics;
using Fincomp.Import;
using Fincomp.Tables;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// The committed workbooks of the sample, laid out as the finance system exports them (<see cref="FinanceSystemWorkbook"/>)
/// as .xlsx and as .xls, import into unit files whose tables and figures are the hand-written sample's.
/// </summary>
public sealed class SampleWorkbookTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-import-");

    public void Dispose() => _directory.Dispose();

    public static string Fixture(string extension) => TestPaths.Data("Import", "dangqun-2023-tables" + extension);

    [Fact]
    public void The_committed_xlsx_is_the_finance_system_layout_of_the_sample()
    {
        var expected = FinanceSystemWorkbook.Of(TestPaths.LoadSample());
        var path = Path.Combine(TestPaths.TestProject, "Data", "Import", "dangqun-2023-tables.xlsx");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, expected);
        }

        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(".xlsx")]
    [InlineData(".xls")]
    public void The_fixture_imports_into_a_unit_that_prints_the_samples_nine_tables(string extension)
    {
        var sample = TestPaths.LoadSample();

        var imported = ImportHarness.ImportNew(Fixture(extension));

        Assert.Equal(TableFigures.Of(sample), TableFigures.Of(imported));
        Assert.Equal(TablesText(sample), TablesText(imported));
    }

    [Fact]
    public void The_xls_and_the_xlsx_give_the_same_figures()
    {
        Assert.Equal(Describe(Fixture(".xlsx")), Describe(Fixture(".xls")));
    }

    [Fact]
    public void The_yuan_table_is_converted_and_said_so()
    {
        var result = UnitFileImport.NewFile(Fixture(".xlsx"));

        var notice = Assert.Single(result.Diagnostics, d => d.Code == ImportCodes.ConvertedFromYuan);
        Assert.Equal("公开06表!A1", notice.Span.Place);
        Assert.Contains("personnel: 98.12 ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_split_codes_and_indented_names_of_table_5_give_the_lines_and_the_printed_totals()
    {
        var diagnostics = new DiagnosticBag();

        var figures = WorkbookImporter.Import(Fixture(".xlsx"), diagnostics)!;

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(33, figures.Lines.Count);
        var line = figures.Lines.Single(l => l.Code == "2013202");
        Assert.Equal(334.48m, line.Actual.Value);
        Assert.Equal("公开05表!E24", line.Actual.Span.Place);
        var total = figures.DeclaredTotals.Single(t => t.Code == "201");
        Assert.Equal((773.13m, 773.12m), (total.Actual.Value, total.Actual.PartsSum!.Value));
    }

    /// <summary>The text of the nine tables as the report prints them.</summary>
    private static string TablesText(Model.UnitYear unit) =>
        string.Join("\n", StandardTables.For(unit).SelectMany(t => t.Table.Rows.Select(r => t.Number + "|" + string.Join("|", r.Cells.Select(c => c.Text)))));

    private static string Describe(string workbook)
    {
        var diagnostics = new DiagnosticBag();
        var figures = WorkbookImporter.Import(workbook, diagnostics)!;
        return string.Join("\n", [
            .. diagnostics.Items.Select(d => d.Code + " " + d.Span.Place + " " + d.Message),
            .. figures.Scalars.Select(s => $"{s.Key}={s.Value.Value}@{s.Value.Span.Place}"),
            .. figures.Lines.Select(l => $"{l.Code} {l.Fund} {l.Actual.Value} {l.Basic?.Value} {l.Project?.Value} @{l.Actual.Span.Place}"),
            .. figures.DeclaredTotals.Select(t => $"{t.Code} {t.Name} {t.Actual.Value}"),
            .. figures.Items.Select(i => $"{i.Code} {i.Name} {i.Amount?.Value}"),
            .. figures.Income.Select(i => i.Code + " " + string.Join(",", i.Columns.Select(c => c?.Value))),
        ]);
    }
}
