using Fincomp.Cli;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary><c>fincomp import</c> on the command line: one workbook to a file, a folder to a folder, --into, and no overwrite by accident.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-import-cli-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void One_workbook_becomes_a_unit_file_that_loads_and_names_its_unit()
    {
        var target = Path.Combine(_directory.Path, "dangqun-2023.yaml");

        var (exit, output, _) = Run("import", SampleWorkbookTests.Fixture(".xls"), "-o", target);

        Assert.Equal(0, exit);
        Assert.Contains("FC0320", output, StringComparison.Ordinal);
        // The workbook does not say whether the unit is 行政 or 事业: check names the key until the clerk writes it.
        var (unfilledExit, unfilledOutput, _) = Run("check", target);
        Assert.Equal(2, unfilledExit);
        Assert.Contains("error FC0107", unfilledOutput, StringComparison.Ordinal);
        Assert.Contains("unit.kind", unfilledOutput, StringComparison.Ordinal);
        File.WriteAllText(target, ImportHarness.KindFilledIn(File.ReadAllText(target)));
        var unit = new UnitLoader().Load(target).Unit!;
        Assert.Equal(("四川遂宁高新技术产业园区党群工作部", 2023), (unit.Unit.Name, unit.Unit.Year));
        Assert.Equal(33, unit.Functional.Lines.Count);
        var (checkExit, checkOutput, _) = Run("check", target);
        Assert.Equal(1, checkExit);
        Assert.Contains("FC1901", checkOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("error FC0", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_not_overwritten_without_force()
    {
        var target = Path.Combine(_directory.Path, "exists.yaml");
        File.WriteAllText(target, "keep");

        var (exit, output, _) = Run("import", SampleWorkbookTests.Fixture(".xlsx"), "-o", target);

        Assert.Equal(2, exit);
        Assert.Contains("FC0310", output, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(target));
        Assert.Equal(0, Run("import", SampleWorkbookTests.Fixture(".xlsx"), "-o", target, "--force").Code);
    }

    [Fact]
    public void A_folder_of_workbooks_becomes_a_folder_of_unit_files_and_into_updates_them()
    {
        var workbooks = Path.Combine(_directory.Path, "exports");
        Directory.CreateDirectory(workbooks);
        File.Copy(SampleWorkbookTests.Fixture(".xlsx"), Path.Combine(workbooks, "a.xlsx"));
        File.Copy(SampleWorkbookTests.Fixture(".xls"), Path.Combine(workbooks, "b.xls"));
        var units = Path.Combine(_directory.Path, "units");

        var (exit, _, _) = Run("import", workbooks, "-o", units, "--jobs", "2", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(["a.yaml", "b.yaml"], Directory.EnumerateFiles(units).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The two differ only in the workbook the header names.
        Assert.Equal(File.ReadAllText(Path.Combine(units, "a.yaml")).Replace("从 a.xlsx 生成", "从 b.xls 生成", StringComparison.Ordinal), File.ReadAllText(Path.Combine(units, "b.yaml")));

        var edited = File.ReadAllText(Path.Combine(units, "a.yaml")).Replace("name: 待填写", "name: 党群部", StringComparison.Ordinal)
            .Replace("actual: 334.48", "actual: 1", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(units, "a.yaml"), edited);
        Assert.Equal(0, Run("import", workbooks, "--into", units).Code);
        Assert.Equal(edited.Replace("actual: 1\n", "actual: 334.48\n", StringComparison.Ordinal), File.ReadAllText(Path.Combine(units, "a.yaml")));
    }

    [Fact]
    public void Into_a_unit_file_that_already_has_the_figures_leaves_it_untouched()
    {
        var target = Path.Combine(_directory.Path, "same.yaml");
        Assert.Equal(0, Run("import", SampleWorkbookTests.Fixture(".xlsx"), "-o", target).Code);
        var before = File.ReadAllBytes(target);
        var written = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(target, written);

        var (exit, output, _) = Run("import", SampleWorkbookTests.Fixture(".xlsx"), "--into", target);

        Assert.Equal(0, exit);
        Assert.Contains("文件未改动", output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(target));
        Assert.Equal(before, File.ReadAllBytes(target));
    }

    [Fact]
    public void Neither_out_nor_into_is_a_usage_error()
    {
        var (exit, _, error) = Run("import", SampleWorkbookTests.Fixture(".xlsx"));

        Assert.Equal(2, exit);
        Assert.Contains("--into", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_refused_before_anything_is_written()
    {
        var target = Path.Combine(_directory.Path, "bog.yaml");

        var (exit, _, error) = Run("import", SampleWorkbookTests.Fixture(".xlsx"), "-o", target, "--bogus");

        Assert.Equal(2, exit);
        Assert.Contains("不认识的选项 --bogus", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target) || Directory.Exists(target));
    }

    [Fact]
    public void A_year_that_contradicts_the_titles_is_refused()
    {
        var target = Path.Combine(_directory.Path, "year.yaml");

        var (exit, output, _) = Run("import", SampleWorkbookTests.Fixture(".xlsx"), "-o", target, "--year", "2022");

        Assert.Equal(2, exit);
        Assert.Contains("error FC0307", output, StringComparison.Ordinal);
        Assert.Contains("--year 给出的是 2022 年度", output, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = FincompApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
