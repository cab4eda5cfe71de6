using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// Numbers never wrap in a table cell: read from the Word XML, every amount, code, rate and score, and every 合计 label,
/// is narrower than its cell's text width (cell width less the 57-twip margins on each side). Widths are measured in
/// DejaVu Serif (Bold for bold cells), the widest face a conversion without Times New Roman puts in for it (fincomp's
/// font setup falls back to Liberation Serif, then DejaVu Serif), at the Table Text size, so the test holds in the
/// worst face.
/// </summary>
public sealed partial class TableColumnFitTests
{
    private const int CellMargins = 2 * 57;

    public static TheoryData<string> Units() => new(BuiltUnitDocx.All);

    [Theory]
    [MemberData(nameof(Units))]
    public void Every_number_and_total_label_fits_its_cell_on_one_line(string sample)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(BuiltUnitDocx.Write(sample)), false);
        var em = TableFontTwips(document);
        var checkedCells = 0;
        foreach (var cell in document.MainDocumentPart!.Document.Body!.Descendants<TableCell>())
        {
            var text = cell.InnerText;
            if (!Unbreakable().IsMatch(text))
            {
                continue;
            }

            checkedCells++;
            var available = int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture) - CellMargins;
            var width = Width(text, em, bold: cell.Descendants<Bold>().Any());
            Assert.True(width <= available, $"{sample}: \"{text}\" needs {width:0} twips, its cell gives {available}");
        }

        Assert.True(checkedCells > 100, $"{sample}: only {checkedCells} number cells found");
    }

    /// <summary>
    /// The widest values a column may hold, against the column widths themselves: a score of 100.00 or 19.99 in the
    /// project form's 权重 and 得分 columns, 100.00% in its 预算执行率 column, 9,999.99 in its amount columns, a 7-digit
    /// 项 code in tables 2 and 3.
    /// </summary>
    [Fact]
    public void Form_score_and_rate_columns_and_code_columns_hold_their_widest_values()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(SampleDocx.Value), false);
        var em = TableFontTwips(document);
        var body = document.MainDocumentPart!.Document.Body!;

        var form = TableAfter(body, "部门预算项目支出绩效自评表（2023年度）");
        var budgetHead = form.Elements<TableRow>().First(r => r.InnerText.Contains("预算执行率", StringComparison.Ordinal));
        var indicatorHead = form.Elements<TableRow>().First(r => r.InnerText.Contains("未完成原因分析", StringComparison.Ordinal));
        // Amounts, scores and rates are printed in the regular face (only the 合计 label is bold).
        foreach (var amount in new[] { "年初预算", "调整后预算数", "预算执行数" })
        {
            AssertHolds(budgetHead, amount, "9,999.99", em);
        }

        AssertHolds(budgetHead, "预算执行率", "100.00%", em);
        AssertHolds(budgetHead, "权重", "100.00", em);
        AssertHolds(budgetHead, "得分", "100.00", em);
        AssertHolds(indicatorHead, "权重", "100.00", em);
        AssertHolds(indicatorHead, "得分", "19.99", em);
        AssertHolds(indicatorHead, "得分", "100.00", em);

        foreach (var title in new[] { "收入决算表", "支出决算表" })
        {
            var table = TableAfter(body, title);
            AssertHolds(table.Elements<TableRow>().First(), "科目编码", "2150899", em);
        }
    }

    private static void AssertHolds(TableRow header, string column, string value, double em)
    {
        const bool bold = false;
        var cell = header.Elements<TableCell>().First(c => c.InnerText == column);
        var available = int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture) - CellMargins;
        Assert.True(Width(value, em, bold) <= available, $"{column}: \"{value}\" needs {Width(value, em, bold):0} twips, the column gives {available}");
    }

    private static Table TableAfter(Body body, string title) =>
        body.Elements<Paragraph>().First(p => p.InnerText == title).ElementsAfter().OfType<Table>().First();

    /// <summary>The Table Text style's size as twips per em (w:sz is in half-points; 20 twips a point).</summary>
    private static double TableFontTwips(WordprocessingDocument document)
    {
        var style = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "TableText");
        var halfPoints = int.Parse(style.StyleRunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        return halfPoints * 10.0;
    }

    /// <summary>The text's advance in DejaVu Serif or DejaVu Serif Bold (advance widths read from the fonts' hmtx tables, in em), in twips.</summary>
    private static double Width(string text, double em, bool bold) => text.Sum(c => c switch
    {
        >= '0' and <= '9' => bold ? 0.696 : 0.636,
        '.' or ',' => bold ? 0.348 : 0.318,
        '%' => 0.950,
        '-' => bold ? 0.415 : 0.338,
        _ => 1.0,
    }) * em;

    /// <summary>Cells that must stay on one line: numbers (amounts, codes, rates, scores) and the total labels.</summary>
    [GeneratedRegex(@"^(-?[0-9][0-9.,]*%?|合计|总计)$")]
    private static partial Regex Unbreakable();
}
