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
    [InlineData(null, 14.3, "@", 1, "14.3")]
    [InlineData(null, 14.3, "General", 1, "14.3")]
    [InlineData(null, 112400.18, "#,##0.00", 10000, "11.240018")]
    [InlineData(null, 123456.0, "#,##0.00", 10000, "12.345600")]
    [InlineData("9,812.34", null, null, 10000, "0.981234")]
    [InlineData("1,045.25", null, null, 1, "1045.25")]
    [InlineData("１，０４５．２５", null, null, 1, "1045.25")]
    [InlineData("1 045.25", null, null, 1, "1045.25")]
    [InlineData("-1,045.25", null, null, 1, "-1045.25")]
    [InlineData("－1,045.25", null, null, 1, "-1045.25")]
    [InlineData("(1,045.25)", null, null, 1, "-1045.25")]
    [InlineData("（1,045.25）", null, null, 1, "-1045.25")]
    [InlineData("--", null, null, 1, null)]
    [InlineData("—", null, null, 1, null)]
    [InlineData("－", null, null, 1, null)]
    public void Amounts_keep_their_displayed_decimals(string? text, double? number, string? format, int divisor, string? expected)
    {
        Assert.True(AmountCell.TryRead(new SheetCell(text, number, format), divisor, out var amount));

        Assert.Equal(expected, amount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("七百")]
    [InlineData("1.045,25")]
    [InlineData("1,04,5.25")]
    [InlineData("10,45.25")]
    [InlineData("(1,045.25")]
    [InlineData("1,045.25)")]
    [InlineData("1,045.25元")]
    [InlineData("--5")]
    public void Text_that_is_no_amount_is_refused(string text) =>
        Assert.False(AmountCell.TryRead(new SheetCell(text, null, null), 1m, out _));

    [Theory]
    [InlineData("A1", 0, 0)]
    [InlineData("E14", 13, 4)]
    [InlineData("AA3", 2, 26)]
    public void Cell_names_parse_to_their_row_and_column(string name, int row, int column)
    {
        Assert.True(Fincomp.IO.CellReference.TryParse(name, out var r, out var c));

        Assert.Equal((row, column, name), (r, c, Fincomp.IO.CellReference.Of(r + 1, c)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("E")]
    [InlineData("E0")]
    [InlineData("e14")]
    [InlineData("E14x")]
    public void Other_text_is_no_cell_name(string name) =>
        Assert.False(Fincomp.IO.CellReference.TryParse(name, out _, out _));

    [Fact]
    public void A_single_reception_figure_is_noticed_once_for_budget_and_actual()
    {
        static SheetCell Text(string text) => new(text, null, null);
        static SheetCell Number(double value) => new(null, value, "#,##0.00");
        var sheet = new Sheet("公开07表", [
            [Text("一般公共预算财政拨款“三公”经费支出决算表")],
            [Text("单位：万元")],
            [Text("项目"), Text("预算数"), Text("决算数")],
            [Text("合计"), Number(3), Number(2)],
            [Text("因公出国（境）费"), Number(0), Number(0)],
            [Text("公务用车购置费"), Number(1), Number(1)],
            [Text("公务接待费"), Number(2), Number(1)],
        ], []);
        var diagnostics = new Fincomp.Diagnostics.DiagnosticBag();

        var figures = WorkbookImporter.Import("t.xlsx", [sheet], diagnostics);

        var notice = Assert.Single(diagnostics.Items, d => d.Code == ImportCodes.ReceptionUnsplit);
        Assert.Equal("公开07表!B7", notice.Span.Place);
        Assert.Equal((2m, 1m), (figures.Scalar("three_public.budget.domestic_reception")!.Value, figures.Scalar("three_public.actual.domestic_reception")!.Value));
    }

    [Fact]
    public void A_table_that_says_it_has_no_data_is_present_and_empty()
    {
        static SheetCell Text(string text) => new(text, null, null);
        var headless = new Sheet("公开08表", [
            [Text("政府性基金预算财政拨款收入支出决算表")],
            [Text("单位：万元")],
            [Text("本表无数据")],
        ], []);
        var sentence = new Sheet("公开09表", [
            [Text("国有资本经营预算财政拨款收入支出决算表")],
            [Text("单位：万元")],
            [Text("项目")],
            [Text("本单位本年度无国有资本经营预算财政拨款收支，本表无数据。")],
        ], []);
        var diagnostics = new Fincomp.Diagnostics.DiagnosticBag();

        WorkbookImporter.Import("t.xlsx", [headless, sentence], diagnostics);

        var problems = diagnostics.Items.Where(d => d.Span.Place is not null && (d.Span.Place.StartsWith("公开08表", StringComparison.Ordinal) || d.Span.Place.StartsWith("公开09表", StringComparison.Ordinal))
            || d.Message.Contains("第 8 张", StringComparison.Ordinal) || d.Message.Contains("第 9 张", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(diagnostics.Items, d => d.Code == ImportCodes.MissingTable && d.Message.Contains("第 7 张", StringComparison.Ordinal));
    }

    [Fact]
    public void A_no_data_note_beside_amounts_does_not_empty_the_table()
    {
        static SheetCell Text(string text) => new(text, null, null);
        var sheet = new Sheet("公开08表", [
            [Text("政府性基金预算财政拨款收入支出决算表")],
            [Text("单位：万元")],
            [Text("项目")],
            [Text("合计"), new SheetCell(null, 5, "#,##0.00")],
            [Text("本表无数据")],
        ], []);
        var diagnostics = new Fincomp.Diagnostics.DiagnosticBag();

        WorkbookImporter.Import("t.xlsx", [sheet], diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Code == ImportCodes.UnrecognisedHeader && d.Span.Place!.StartsWith("公开08表", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023年度财政拨款收入支出决算总表", "Sheet1", TableKind.FiscalSummary)]
    [InlineData("收入支出决算总表", "Sheet1", TableKind.IncomeExpenditureSummary)]
    [InlineData("一般公共预算财政拨款“三公”经费支出决算表", "x", TableKind.ThreePublic)]
    [InlineData("一般公共预算财政拨款基本支出决算表", "x", TableKind.BasicExpenditure)]
    [InlineData("", "公开05表", TableKind.GeneralBudgetExpenditure)]
    [InlineData("注：本表为收入决算表", "附表2", TableKind.Income)]
    [InlineData("", "公开09表", TableKind.StateCapital)]
    [InlineData("", "表1", TableKind.IncomeExpenditureSummary)]
    [InlineData("", "表10", null)]
    [InlineData("", "表0", null)]
    public void Tables_are_found_by_the_longest_title_or_the_sheet_name(string title, string sheetName, TableKind? expected)
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
    public void A_two_level_header_without_its_merges_names_each_column_as_the_merge_would()
    {
        static SheetCell? Text(string text) => text.Length == 0 ? null : new(text, null, null);
        var sheet = new Sheet("公开08表", [
            [Text("政府性基金预算财政拨款收入支出决算表")],
            [Text("科目编码"), Text("科目名称"), Text("年初结转和结余"), Text("本年收入"), Text("本年支出"), Text(""), Text(""), Text("年末结转和结余")],
            [Text(""), Text(""), Text(""), Text(""), Text("合计"), Text("基本支出"), Text("项目支出"), Text("")],
            [Text("2120801"), Text("征地和拆迁补偿支出"), null, null, new SheetCell(null, 2380, "#,##0.00"), null, new SheetCell(null, 2380, "#,##0.00")],
        ], []);

        var layout = TableLayout.Of(sheet, TableKind.GovernmentFund, 0)!;

        Assert.Equal(["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出/合计", "本年支出/基本支出", "本年支出/项目支出", "年末结转和结余"], layout.Labels);
        Assert.Equal([3], layout.DataRows);
    }

    [Fact]
    public void A_data_row_under_a_one_level_header_is_no_second_header_row()
    {
        static SheetCell Text(string text) => new(text, null, null);
        var sheet = new Sheet("公开01表", [
            [Text("收入支出决算总表")],
            [Text("项目"), Text("决算数"), Text("项目"), Text("决算数")],
            [Text("使用非财政拨款结余"), null, Text("结余分配"), null],
        ], []);

        var layout = TableLayout.Of(sheet, TableKind.IncomeExpenditureSummary, 0)!;

        Assert.Equal(["项目", "决算数", "项目", "决算数"], layout.Labels);
        Assert.Equal([2], layout.DataRows);
    }

    [Fact]
    public void Places_are_written_as_spreadsheets_write_them()
    {
        var sheet = new Sheet("公开05表", [], []);

        Assert.Equal(("公开05表!E12", "公开05表!AA1"), (sheet.Place(11, 4), sheet.Place(0, 26)));
    }
}
