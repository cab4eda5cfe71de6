using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// Forms and tables across page breaks, read from the Word XML of two units whose pages broke badly in a LibreOffice
/// rendering: a form's head is kept with its first indicator group, so a form that cannot show that group at the foot
/// of a page starts on the next one; a table's last four rows (a 合计 row, a form's closing rows) are kept together,
/// and the project form's closing rows with its last group, so they never stand alone on a page; and the project
/// form's 未完成原因分析 column holds five characters a line.
/// </summary>
public sealed class FormPageBreakTests
{
    private const string FundUnit = "ziguiju-2025.yaml";

    private const string ProjectFormUnit = "shichang-2024-b.yaml";

    [Fact]
    public void A_unit_forms_head_is_kept_with_its_first_indicator_group()
    {
        // The head (部门名称 to the last 年度主要任务), the 年度绩效指标 heading row and the first group (完成征地面积,
        // a group of one) each keep with the next row.
        var rows = FormRows(FundUnit, "部门整体支出绩效目标自评表（2025年度）");
        var firstIndicator = rows.FindIndex(r => r.InnerText.Contains("完成征地面积", StringComparison.Ordinal));
        Assert.True(firstIndicator > 0, "the first indicator is not in the form");
        Assert.All(rows.Take(firstIndicator), r => Assert.True(KeptWithNext(r), $"\"{r.InnerText}\" is not kept with the next row"));
    }

    [Fact]
    public void A_tables_last_four_rows_are_kept_together()
    {
        var rows = FormRows(FundUnit, "政府性基金预算财政拨款收入支出决算表");
        Assert.StartsWith("合计", rows[^1].InnerText, StringComparison.Ordinal);
        Assert.All(rows.Skip(rows.Count - 4).SkipLast(1), r => Assert.True(KeptWithNext(r), $"\"{r.InnerText}\" is not kept with the next row"));
        Assert.False(KeptWithNext(rows[^1]));
    }

    [Fact]
    public void A_project_form_keeps_its_closing_rows_with_its_last_indicator_group()
    {
        // The last group is 满意度指标 with one row (its reason mentions 抵触); it and 合计 to 改进措施 keep with the next
        // row, so the signatures row moves with them.
        var rows = FormRows(ProjectFormUnit, "部门预算项目支出绩效自评表（2024年度）");
        var lastIndicator = rows.FindIndex(r => r.InnerText.Contains("抵触", StringComparison.Ordinal));
        Assert.Equal(rows.Count - 6, lastIndicator);
        Assert.All(rows.Skip(lastIndicator).SkipLast(1), r => Assert.True(KeptWithNext(r), $"\"{r.InnerText}\" is not kept with the next row"));
        Assert.False(KeptWithNext(rows[lastIndicator - 1]), "the group before the last one is kept with it: the chain is longer than the last group");
    }

    [Fact]
    public void The_reason_column_of_a_project_form_holds_five_characters_a_line()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(ProjectFormUnit)), false);
        var heading = document.MainDocumentPart!.Document.Body!.Descendants<TableCell>().Single(c => c.InnerText == "未完成原因分析");
        var width = int.Parse(heading.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture);

        // Table Text is 9 pt (180 twips an em); the cell loses 57 twips of margin on each side.
        Assert.True(width - (2 * 57) >= 5 * 180, $"the 未完成原因分析 column gives {width - (2 * 57)} twips, less than five characters");
    }

    private static List<TableRow> FormRows(string unit, string title)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(unit)), false);
        var table = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First(p => p.InnerText == title).ElementsAfter().OfType<Table>().First();
        return table.Elements<TableRow>().Select(r => (TableRow)r.CloneNode(true)).ToList();
    }

    /// <summary>Whether every paragraph of the row carries w:keepNext, which keeps the row on the next one's page.</summary>
    private static bool KeptWithNext(TableRow row) => row.Descendants<ParagraphProperties>().All(p => p.KeepNext is not null);

    private static byte[] Docx(string unit) => BuiltUnitDocx.WriteFile(TestPaths.Data("Layout", unit));
}
