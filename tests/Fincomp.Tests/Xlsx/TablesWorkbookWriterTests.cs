using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Fincomp.IO;
using Fincomp.Cli;
using Fincomp.Tests.Support;
using Fincomp.Writers.Xlsx;
using Xunit;

namespace Fincomp.Tests.Xlsx;

/// <summary>
/// <c>build --format xlsx</c>: nine sheets in the published layout, amounts as numbers formatted #,##0.00, codes as
/// text, merged headers, print titles; valid Open XML and the same bytes every time.
/// </summary>
public sealed class TablesWorkbookWriterTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-xlsx-");

    public void Dispose() => _directory.Dispose();

    private static byte[] Sample()
    {
        using var stream = new MemoryStream();
        TablesWorkbookWriter.Write(Fincomp.Derivation.ReportFigures.Of(TestPaths.LoadSample()), stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_same_unit_gives_the_same_bytes() => Assert.Equal(Sample(), Sample());

    [Fact]
    public void The_workbook_is_valid_and_holds_the_nine_tables_in_their_layout()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);
        var workbook = document.WorkbookPart!;

        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"公开{n:00}表"), sheets.Select(s => s.Name!.Value));
        Assert.Equal(9, workbook.Workbook.DefinedNames!.Elements<DefinedName>().Count(d => d.Name == "_xlnm.Print_Titles"));

        var table5 = ((WorksheetPart)workbook.GetPartById(sheets[4].Id!)).Worksheet;
        var cells = table5.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("一般公共预算财政拨款支出决算表", cells["A1"].InnerText);
        Assert.Equal(CellValues.InlineString, cells["A4"].DataType!.Value);
        Assert.Equal("201", cells["A4"].InnerText);
        Assert.Equal(CellValues.Number, cells["C4"].DataType!.Value);
        Assert.Equal("773.13", cells["C4"].CellValue!.Text);
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cells["C4"].StyleIndex!.Value).NumberFormatId!.Value;
        Assert.Equal("#,##0.00", styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == format).FormatCode!.Value);
        Assert.Contains(table5.Descendants<MergeCell>(), m => m.Reference == "A1:E1");
        Assert.NotNull(table5.GetFirstChild<PageSetup>()?.FitToWidth);
    }

    [Fact]
    public void Build_writes_the_workbook_next_to_the_report()
    {
        using var output = new StringWriter();

        var code = FincompApp.Run(["build", TestPaths.Sample("dangqun-2023.yaml"), "--force", "--format", "xlsx", "-o", _directory.Path], output, output);

        // The sample keeps the published disclosure's errors: --force writes the workbook and still exits 1.
        Assert.Equal(1, code);
        Assert.Equal(Sample(), File.ReadAllBytes(Path.Combine(_directory.Path, "dangqun-2023.xlsx")));
    }
}
