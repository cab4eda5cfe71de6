using Fincomp.Derivation;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Fincomp.Batch;
using Fincomp.Batch.Summary;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Batch;

public sealed class SummaryWriterTests
{
    private static IReadOnlyList<SummaryRow> Rows()
    {
        var sample = new UnitLoader().Load(TestPaths.Sample("dangqun-2023.yaml")).Unit;
        var outcomes = new[]
        {
            new UnitOutcome("dangqun-2023.yaml", UnitStatus.Forced, [], ["out/dangqun-2023.docx"], TimeSpan.FromMilliseconds(500)) { RollUp = RollUpFigures.Of(ReportFigures.Of(sample!)) },
            new UnitOutcome("broken.yaml", UnitStatus.Unreadable, [], [], TimeSpan.Zero),
        };
        var rows = SummaryRows.From(outcomes);
        return [.. rows, .. SummaryRows.Totals(rows)];
    }

    [Fact]
    public void The_rows_carry_computed_figures_and_the_totals_row_adds_money()
    {
        var rows = Rows();

        Assert.Equal(837.44m, rows[0].GrandTotal);
        Assert.Equal(-54.15m, rows[0].Change);
        Assert.Equal(-6.07m, rows[0].ChangePercent);
        Assert.Equal(84.6m, rows[0].SelfEvaluationScore);
        Assert.Null(rows[1].GrandTotal);
        Assert.Equal("合计", rows[2].Unit);
        Assert.Equal(SummaryTotals.Built, rows[2].Totals);
        Assert.Equal(837.44m, rows[2].GrandTotal);
        Assert.Null(rows[2].ChangePercent);
    }

    [Fact]
    public void Csv_has_a_bom_a_header_and_one_line_per_row()
    {
        var bytes = Write(new CsvSummaryWriter());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = text.TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.DoesNotContain("用时", lines[0]);
        Assert.StartsWith("单位,年度,文件,状态", lines[0]);
        Assert.Contains("四川遂宁高新技术产业园区党群工作部,2023,dangqun-2023.yaml,有错误（强制生成）", lines[1]);
        Assert.Contains(",837.44,891.59,-54.15,-6.07,188.49,648.95,", lines[1]);
    }

    [Fact]
    public void Json_keeps_numbers_as_numbers()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Write(new JsonSummaryWriter()));

        var first = json.RootElement[0];
        Assert.Equal(837.44m, first.GetProperty("grand_total").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement[1].GetProperty("grand_total").ValueKind);
    }

    [Fact]
    public void The_workbook_is_valid_with_a_frozen_header_and_number_formats()
    {
        var bytes = Write(new XlsxSummaryWriter());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == "G2");
        Assert.Equal("837.44", cell.CellValue!.Text);
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        Assert.Equal(164u, format.NumberFormatId!.Value);
    }

    [Fact]
    public void The_workbook_is_byte_identical_when_written_twice() =>
        Assert.Equal(Write(new XlsxSummaryWriter()), Write(new XlsxSummaryWriter()));

    [Fact]
    public void Runs_that_took_different_times_write_identical_workbooks()
    {
        static byte[] Of(TimeSpan elapsed)
        {
            var sample = new UnitLoader().Load(TestPaths.Sample("dangqun-2023.yaml")).Unit;
            var rows = SummaryRows.From([new UnitOutcome("dangqun-2023.yaml", UnitStatus.Succeeded, [], [], elapsed) { RollUp = RollUpFigures.Of(ReportFigures.Of(sample!)) }]);
            using var stream = new MemoryStream();
            new XlsxSummaryWriter().Write([.. rows, .. SummaryRows.Totals(rows)], stream);
            return stream.ToArray();
        }

        Assert.Equal(Of(TimeSpan.FromSeconds(0.4)), Of(TimeSpan.FromSeconds(2.7)));
    }

    [Fact]
    public void Totals_add_one_set_of_units_per_row_and_leave_out_units_not_built()
    {
        var rows = ParkRows();

        var totals = rows.Where(r => r.Totals != SummaryTotals.None).ToList();
        var built = rows.Where(r => r.Totals == SummaryTotals.None && r.Status is "通过" or "有错误（强制生成）").ToList();
        var comparable = built.Where(r => r.PreviousGrandTotal.HasValue).ToList();
        Assert.Equal(2, totals.Count);
        Assert.Equal(built.Sum(r => r.GrandTotal), totals[0].GrandTotal);
        Assert.Null(totals[0].PreviousGrandTotal);
        Assert.Null(totals[0].Change);
        Assert.Equal(comparable.Sum(r => r.GrandTotal), totals[1].GrandTotal);
        Assert.Equal(comparable.Sum(r => r.PreviousGrandTotal), totals[1].PreviousGrandTotal);
        Assert.Equal(totals[1].GrandTotal - totals[1].PreviousGrandTotal, totals[1].Change);
        Assert.DoesNotContain(rows, r => r.Status == "有错误" && built.Contains(r));
    }

    [Fact]
    public void The_workbook_totals_are_formulas_whose_cached_values_recompute_from_the_unit_rows()
    {
        var rows = ParkRows();
        using var stream = new MemoryStream();
        new XlsxSummaryWriter().Write(rows, stream);

        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var unitRows = rows.Count(r => r.Totals == SummaryTotals.None);
        string Text(string reference) => cells[reference].InnerText;
        decimal? Number(string reference) => cells[reference].CellValue is { } value ? decimal.Parse(value.Text, System.Globalization.CultureInfo.InvariantCulture) : null;

        // Recompute each totals row from the sheet's own unit rows, by the rule its label states.
        foreach (var (column, row, needPrevious) in new[] { ("G", unitRows + 2, false), ("G", unitRows + 3, true), ("H", unitRows + 3, true), ("I", unitRows + 3, true) })
        {
            var expected = Enumerable.Range(2, unitRows)
                .Where(r => Text($"D{r}") is "通过" or "有错误（强制生成）" && (!needPrevious || Number($"H{r}") is not null))
                .Sum(r => Number($"{column}{r}") ?? 0m);
            Assert.Equal(expected, Number($"{column}{row}"));
            Assert.StartsWith("SUMIFS(", cells[$"{column}{row}"].CellFormula!.Text, StringComparison.Ordinal);
        }

        Assert.Equal(Number($"G{unitRows + 3}") - Number($"H{unitRows + 3}"), Number($"I{unitRows + 3}"));
        Assert.Equal($"A1:R{unitRows + 1}", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        var setup = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single();
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Contains(document.WorkbookPart.Workbook.Descendants<DefinedName>(), n => n.Name == "_xlnm.Print_Titles");
        // Printed, a header breaks before its unit, never inside "（万元）".
        var headers = sheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Contains("收支总计\n（万元）", headers);
        Assert.All(headers.Where(h => h.Contains('（', StringComparison.Ordinal)), h => Assert.Contains("\n（", h, StringComparison.Ordinal));
        var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        Assert.Equal("Normal", styles.CellStyles!.Elements<CellStyle>().Single().Name!.Value);
    }

    [Fact]
    public void A_batch_of_two_report_years_is_totalled_per_year_and_never_across_years()
    {
        static UnitOutcome Built(string file, string unit, int year, decimal total, decimal? previous) =>
            new(file, UnitStatus.Succeeded, [], [], TimeSpan.Zero)
            {
                RollUp = new RollUpFigures(unit, year) { GrandTotal = total, PreviousGrandTotal = previous, Change = total - previous, FiscalIncome = total },
            };
        var units = SummaryRows.From([Built("a.yaml", "甲局", 2024, 200m, 100m), Built("b.yaml", "乙局", 2023, 100m, 90m), Built("c.yaml", "丙局", 2024, 50m, null)]);

        var totals = SummaryRows.Totals(units);

        Assert.Equal(["2023年合计", "2024年合计", "2024年可比合计"], totals.Select(t => t.Unit));
        Assert.Equal([2023, 2024, 2024], totals.Select(t => t.Year));
        Assert.Equal([100m, 250m, 200m], totals.Select(t => t.GrandTotal!.Value));
        Assert.Equal([10m, null, 100m], totals.Select(t => t.Change));

        using var stream = new MemoryStream();
        new XlsxSummaryWriter().Write([.. units, .. totals], stream);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("2024", cells["B6"].CellValue!.Text);
        Assert.Equal("250", cells["G6"].CellValue!.Text);
        Assert.Contains(",$B$2:$B$4,2024)", cells["G6"].CellFormula!.Text, StringComparison.Ordinal);
        Assert.Contains(",$B$2:$B$4,2023)", cells["G5"].CellFormula!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_of_one_report_year_has_one_unlabelled_totals_row()
    {
        var totals = SummaryRows.Totals(Rows().Where(r => r.Totals == SummaryTotals.None).ToList());

        Assert.Equal("合计", Assert.Single(totals).Unit);
        Assert.Null(totals[0].Year);
    }

    /// <summary>The park as a batch would roll it up: one unit not built, one without last year's figures.</summary>
    private static IReadOnlyList<SummaryRow> ParkRows()
    {
        var loader = new UnitLoader();
        var outcomes = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "park"), "*.yaml")
            .Where(f => Path.GetFileName(f) != "fincomp.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new UnitOutcome(f, f.Contains("dangqun", StringComparison.Ordinal) ? UnitStatus.Failed : UnitStatus.Succeeded, [], [], TimeSpan.Zero) { RollUp = loader.Load(f).Unit is { } u ? RollUpFigures.Of(ReportFigures.Of(u)) : null })
            .Append(new UnitOutcome("坏的.yaml", UnitStatus.Unreadable, [], [], TimeSpan.Zero))
            .ToList();
        var rows = SummaryRows.From(outcomes);
        return [.. rows, .. SummaryRows.Totals(rows)];
    }

    private static byte[] Write(ISummaryWriter writer)
    {
        using var stream = new MemoryStream();
        writer.Write(Rows(), stream);
        return stream.ToArray();
    }
}
