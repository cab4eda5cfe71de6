using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Tables;

/// <summary>
/// Table 8 prints per row what the unit file gives: the park's 规划建设局 wrote income lines for its two 政府性基金 项
/// (2,500 and 700, adding up to the fund's 3,200) and carried nothing into the year, so each row states its 本年收入,
/// 年初结转和结余 0 and 年末结转和结余 (收入 − 支出, adding up to the fund's 150); a unit without income lines keeps the
/// cells blank.
/// </summary>
public sealed class FundTableRowsTests
{
    [Fact]
    public void Rows_print_the_income_and_balances_the_unit_file_gives()
    {
        var rows = FundRows(BuiltUnitDocx.WriteFile(TestPaths.Sample(Path.Combine("park", "guijian-2023.yaml"))));

        Assert.Equal(["2120801", "征地和拆迁补偿支出", "0.00", "2,500.00", "2,380.00", "0.00", "2,380.00", "120.00"], Row(rows, "2120801"));
        Assert.Equal(["2120803", "城市建设支出", "0.00", "700.00", "670.00", "0.00", "670.00", "30.00"], Row(rows, "2120803"));
        Assert.Equal(["212", "城乡社区支出", "0.00", "3,200.00", "3,050.00", "0.00", "3,050.00", "150.00"], Row(rows, "212"));
    }

    private static string[] Row(List<TableRow> rows, string code) =>
        [.. rows.Single(r => r.Elements<TableCell>().First().InnerText == code).Elements<TableCell>().Select(c => c.InnerText)];

    private static List<TableRow> FundRows(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First(p => p.InnerText == "政府性基金预算财政拨款收入支出决算表").ElementsAfter().OfType<Table>().First();
        return [.. table.Elements<TableRow>().Select(r => (TableRow)r.CloneNode(true))];
    }
}
