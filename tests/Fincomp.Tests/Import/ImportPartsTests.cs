using Fincomp.Import;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>The small readers: amount cells, table titles, sheet places.</summary>
public sealed class ImportPartsTests
{
    [Theory]
    [InlineData(null, 2940.05, "#,##0.00", 1, "2940.05")]
    [InlineData(null, 7.5, "#,##0.00", 1, "7.50")]
    [InlineData(null, 0.1 + 0.2, "0.00_ ", 1, "0.30")]
    [InlineData(null, 12.345, "General", 1, "12.345")]
    [InlineData("2,940.05", null, null, 1, "2940.05")]
    [InlineData(" 1，234.5 ", null, null, 1, "1234.5")]
    [InlineData("-", null, null, 1, null)]
    [InlineData(null, 75000.0, "#,##0.00", 10000, "7.50")]
    [InlineData("9,812.34", null, null, 10000, "0.981234")]
    public void Amounts_keep_their_displayed_decimals(string? text, double? number, string? format, int divisor, string? expected)
    {
        Assert.True(AmountCell.TryRead(new SheetCell(text, number, format), divisor, out var amount));

        Assert.Equal(expected, amount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Text_that_is_no_amount_is_refused() =>
        Assert.False(AmountCell.TryRead(new SheetCell("七百", null, null), 1m, out _));

    [Theory]
    [InlineData("2023年度财政拨款收入支出决算总表", "Sheet1", TableKind.FiscalSummary)]
    [InlineData("收入支出决算总表", "Sheet1", TableKind.IncomeExpenditureSummary)]
    [InlineData("一般公共预算财政拨款“三公”经费支出决算表", "x", TableKind.ThreePublic)]
    [InlineData("一般公共预算财政拨款基本支出决算表", "x", TableKind.BasicExpenditure)]
    [InlineData("", "公开05表", TableKind.GeneralBudgetExpenditure)]
    [InlineData("注：本表为收入决算表", "附表2", TableKind.Income)]
    public void Tables_are_found_by_the_longest_title_or_the_sheet_name(string title, string sheetName, TableKind expected)
    {
        var sheet = new Sheet(sheetName, [[new SheetCell(title, null, null)]], []);

        Assert.Equal(expected, TableTitles.Recognise(sheet)?.Kind);
    }

    [Fact]
    public void A_label_above_the_title_does_not_hide_it()
    {
        var sheet = new Sheet("Sheet1", [[new SheetCell("公开03表", null, null)], [new SheetCell("支出决算表", null, null)]], []);

        Assert.Equal((TableKind.Expenditure, 1), TableTitles.Recognise(sheet));
    }

    [Fact]
    public void Places_are_written_as_spreadsheets_write_them()
    {
        var sheet = new Sheet("公开05表", [], []);

        Assert.Equal(("公开05表!E12", "公开05表!AA1"), (sheet.Place(11, 4), sheet.Place(0, 26)));
    }
}
