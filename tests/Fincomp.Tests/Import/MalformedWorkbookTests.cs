using Fincomp.Cli;
using Fincomp.Document;
using Fincomp.Tables;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// Each malformed workbook is reported at its sheet and cell with its code, in every output format, ends with exit
/// code 2 and writes no unit file.
/// </summary>
public sealed class MalformedWorkbookTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-malformed-");

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "missing-table", "FC0302", "工作簿" },
        { "unrecognised-header", "FC0303", "公开03表!A3" },
        { "unknown-code", "FC0304", "公开05表!C7" },
        { "text-amount", "FC0305", "公开03表!C5" },
        { "wrong-name", "FC0306", "公开05表!D7" },
        { "unit-line-wrong", "FC0311", "公开05表!G2" },
        { "fiscal-over-all", "FC0312", "公开03表!C" },
        { "uncomputed-formula", "FC0313", "公开05表!E7" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_workbook_is_located_and_writes_nothing(string kind, string code, string place)
    {
        var workbook = Write(kind);
        var target = Path.Combine(_directory.Path, kind + ".yaml");

        var (exit, output, _) = Run("import", workbook, "-o", target);

        Assert.Equal(2, exit);
        Assert.True(output.Contains($"{workbook}({place}", StringComparison.Ordinal) && output.Contains($": error {code}:", StringComparison.Ordinal), output);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.EnumerateFiles(_directory.Path, "*.yaml*"));
    }

    [Theory]
    [InlineData("json", "\"place\"")]
    [InlineData("sarif", "\"ruleId\": \"FC0305\"")]
    [InlineData("github", "::error")]
    public void The_findings_come_in_checks_formats(string format, string expected)
    {
        var workbook = Write("text-amount");

        var (exit, output, _) = Run("import", workbook, "-o", Path.Combine(_directory.Path, "x.yaml"), "--format", format);

        Assert.Equal(2, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("公开03表!C5", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_import_counts_a_workbook_refused_for_a_name_as_having_errors_not_as_unreadable()
    {
        var workbooks = Path.Combine(_directory.Path, "exports");
        Directory.CreateDirectory(workbooks);
        File.Move(Write("wrong-name"), Path.Combine(workbooks, "wrong-name.xlsx"));
        File.Copy(SampleWorkbookTests.Fixture(".xlsx"), Path.Combine(workbooks, "good.xlsx"));
        File.WriteAllText(Path.Combine(workbooks, "not.xlsx"), "单位,金额\n");

        var (exit, output, _) = Run("import", workbooks, "-o", Path.Combine(_directory.Path, "units"));

        Assert.Equal(2, exit);
        Assert.Contains("error FC0306:", output, StringComparison.Ordinal);
        Assert.Contains("3 个文件：1 通过 · 1 有错误 · 1 无法读取", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_no_workbook_is_unreadable()
    {
        var path = Path.Combine(_directory.Path, "not.xlsx");
        File.WriteAllText(path, "单位,金额\n");

        var (exit, output, _) = Run("import", path, "-o", Path.Combine(_directory.Path, "x.yaml"));

        Assert.Equal(2, exit);
        Assert.Contains("error FC0301:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_a_unit_file_of_another_unit_is_refused_and_leaves_it_untouched()
    {
        var unitFile = Path.Combine(_directory.Path, "other.yaml");
        var text = File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml")).Replace("  year: 2023", "  year: 2022", StringComparison.Ordinal);
        File.WriteAllText(unitFile, text);

        var (exit, output, _) = Run("import", SampleWorkbookTests.Fixture(".xlsx"), "--into", unitFile);

        Assert.Equal(2, exit);
        Assert.Contains("error FC0307:", output, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(unitFile));
    }

    private string Write(string kind)
    {
        var unit = TestPaths.LoadSample();
        var bytes = kind switch
        {
            "missing-table" => FinanceSystemWorkbook.Of(unit, without: 9),
            "unrecognised-header" => FinanceSystemWorkbook.Of(unit, t => Change(t, 3, 0, 3, c => c with { Text = "基本费用" })),
            "unknown-code" => FinanceSystemWorkbook.Of(unit, t => Change(t, 5, 4, 2, c => c with { Text = "98" })),
            "text-amount" => FinanceSystemWorkbook.Of(unit, t => Change(t, 3, 2, 2, c => c with { Text = "七百七十三" })),
            "wrong-name" => FinanceSystemWorkbook.Of(unit, t => Change(t, 5, 4, 3, c => c with { Text = "\u3000\u3000\u3000\u3000行政管理" })),
            "unit-line-wrong" => FinanceSystemWorkbook.Of(unit, t => t.Number != 5 ? t : FinanceSystemWorkbook.With(t, FinanceSystemWorkbook.Scaled(t.Table, 10_000m, "单位：万元"))),
            "fiscal-over-all" => FinanceSystemWorkbook.Of(unit, t => t.Number != 3 ? t : Change(t, 3, t.Table.Rows.ToList().FindIndex(r => r.Cells[0].Text == "2013202"), 2, c => c with { Text = "0.01" })),
            "uncomputed-formula" => WorkbookFormulas.With(FinanceSystemWorkbook.Of(unit), "公开05表", "E7", "F7+G7", null),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var path = Path.Combine(_directory.Path, kind + ".xlsx");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static StandardTable Change(StandardTable table, int number, int row, int cell, Func<TableCell, TableCell> change) =>
        table.Number != number ? table : FinanceSystemWorkbook.With(table, FinanceSystemWorkbook.ReplaceCell(table.Table, row, cell, change(table.Table.Rows[row].Cells[cell])));

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = FincompApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
