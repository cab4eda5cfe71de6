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
            new UnitOutcome("dangqun-2023.yaml", UnitStatus.Forced, [], ["out/dangqun-2023.docx"], TimeSpan.FromMilliseconds(500)) { Figures = ReportFigures.Of(sample!) },
            new UnitOutcome("broken.yaml", UnitStatus.Unreadable, [], [], TimeSpan.Zero),
        };
        var rows = SummaryRows.From(outcomes);
        return [.. rows, SummaryRows.Totals(rows)];
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

    private static byte[] Write(ISummaryWriter writer)
    {
        using var stream = new MemoryStream();
        writer.Write(Rows(), stream);
        return stream.ToArray();
    }
}
