using Fincomp.Cli;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>
/// The year's 科目 tables and the clerk's code-table extensions through <c>fincomp check</c> and <c>fincomp build</c>:
/// a code the extension adds passes the check and is printed with the extension's name; a bad extension row is an
/// error located at its own file and line; a year without a shipped table is said, not hidden.
/// </summary>
public sealed class CodeTablesTests : IDisposable
{
    private const string ProvinceCode = "2240198";
    private const string ProvinceName = "省定应急救援能力提升";

    private readonly TemporaryFolder _folder = new("fincomp-code-tables-");

    public void Dispose() => _folder.Dispose();

    private string Unit => Path.Combine(_folder.Path, "unit.yaml");

    /// <summary>The park's clean 应急管理局 with one line moved to <paramref name="code"/> and extra YAML appended.</summary>
    private void WriteUnit(string code, int year = 2023, string extra = "")
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "park", "yingji-2023.yaml"))
            .Replace("code: \"2240108\"", $"code: \"{code}\"", StringComparison.Ordinal)
            .Replace("  year: 2023", $"  year: {year}", StringComparison.Ordinal)
            .Replace("title: 2023年", $"title: {year}年", StringComparison.Ordinal);
        File.WriteAllText(Unit, text + extra);
    }

    private static (int Code, string Output) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var code = FincompApp.Run(arguments, output, output);
        return (code, output.ToString());
    }

    [Fact]
    public void A_code_added_by_the_unit_files_extension_checks_clean_and_is_printed_with_its_name()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "本省科目.tsv"), $"code\tname\tmeaning\n{ProvinceCode}\t{ProvinceName}\t反映省定应急救援能力提升方面的支出。\n");
        WriteUnit(ProvinceCode, extra: "\ncode_tables:\n  functional: 本省科目.tsv\n");

        var (checkCode, checkOutput) = Run("check", Unit);
        var (buildCode, buildOutput) = Run("build", Unit, "-o", _folder.Path, "--format", "html");

        Assert.True(checkCode == 0, checkOutput);
        Assert.DoesNotContain("FC1203", checkOutput);
        Assert.True(buildCode == 0, buildOutput);
        var html = File.ReadAllText(Path.Combine(_folder.Path, "unit.html"));
        Assert.Contains(ProvinceCode, html);
        Assert.Contains(ProvinceName, html);
    }

    [Fact]
    public void An_economic_extension_names_a_basic_expenditure_item_in_table_6()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "economic.tsv"), "30298\t省定公用经费项目\n");
        WriteUnit("2240108", extra: "\ncode_tables:\n  economic: economic.tsv\n");
        File.WriteAllText(Unit, File.ReadAllText(Unit).Replace("code: \"30299\"", "code: \"30298\"", StringComparison.Ordinal));

        var (checkCode, checkOutput) = Run("check", Unit);
        var (buildCode, buildOutput) = Run("build", Unit, "-o", _folder.Path, "--format", "html");

        Assert.True(checkCode == 0, checkOutput);
        Assert.DoesNotContain("FC1304", checkOutput);
        Assert.True(buildCode == 0, buildOutput);
        Assert.Contains("省定公用经费项目", File.ReadAllText(Path.Combine(_folder.Path, "unit.html")));
    }

    [Fact]
    public void Without_the_extension_the_same_code_is_an_error()
    {
        WriteUnit(ProvinceCode);

        var (code, output) = Run("check", Unit);
        var (_, explained) = Run("explain", "FC1203");

        Assert.Equal(1, code);
        Assert.Contains($"error FC1203: 2023年功能分类表中没有项级科目 {ProvinceCode}；最接近的有效编码：2240108 应急管理事务/应急救援、2240199 应急管理事务/其他应急管理支出、2240101 应急管理事务/行政运行。", output);
        Assert.Contains("code_tables.functional", explained);
    }

    [Fact]
    public void The_folder_manifest_names_an_extension_for_all_its_units()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "province.tsv"), $"{ProvinceCode}\t{ProvinceName}\n");
        File.WriteAllText(Path.Combine(_folder.Path, "fincomp.yaml"), "code_tables:\n  functional: province.tsv\n");
        WriteUnit(ProvinceCode);

        var (code, output) = Run("check", _folder.Path);

        Assert.True(code == 0, output);
    }

    [Fact]
    public void A_bad_row_of_the_extension_is_an_error_at_its_own_file_and_line()
    {
        var extension = Path.Combine(_folder.Path, "本省科目.tsv");
        File.WriteAllText(extension, $"code\tname\n{ProvinceCode}\t{ProvinceName}\n22401X9\t坏编码\n");
        WriteUnit(ProvinceCode, extra: "\ncode_tables:\n  functional: 本省科目.tsv\n");

        var (checkCode, checkOutput) = Run("check", Unit);
        var (buildCode, buildOutput) = Run("build", Unit, "-o", _folder.Path, "--format", "html");

        Assert.Equal(1, checkCode);
        Assert.Contains($"{extension}(3,1): error FC0401", checkOutput);
        Assert.DoesNotContain("FC1203", checkOutput);
        Assert.Equal(1, buildCode);
        Assert.Contains("FC0401", buildOutput);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "unit.html")));
    }

    [Fact]
    public void An_extension_path_with_parent_steps_is_named_plainly_in_messages()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "x"));
        var extension = Path.Combine(_folder.Path, "e", "econ.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(extension)!);
        File.WriteAllText(extension, "30298\t省定公用经费项目\n302X9\t坏编码\n");
        WriteUnit("2240108", extra: "\ncode_tables:\n  economic: x/../e/econ.tsv\n");

        var (code, output) = Run("check", Unit);

        Assert.Equal(1, code);
        Assert.Contains($"{extension}(2,1): error FC0401", output);
        Assert.DoesNotContain("..", output.Replace("……", "", StringComparison.Ordinal).Replace("…", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_extension_file_is_an_error_at_the_key_that_names_it()
    {
        WriteUnit("2240108", extra: "\ncode_tables:\n  economic: 不存在.tsv\n");
        var line = File.ReadAllLines(Unit).ToList().FindIndex(l => l.Contains("不存在.tsv", StringComparison.Ordinal)) + 1;

        var (code, output) = Run("check", Unit);

        Assert.Equal(1, code);
        Assert.Contains($"{Unit}({line},", output);
        Assert.Contains("error FC0404", output);
    }

    [Fact]
    public void A_2024_unit_uses_the_2024_table()
    {
        WriteUnit("2013901", year: 2024);

        var (code, output) = Run("check", Unit);
        var (buildCode, buildOutput) = Run("build", Unit, "-o", _folder.Path, "--format", "html");

        Assert.True(code == 0, output);
        Assert.DoesNotContain("FC1203", output);
        Assert.DoesNotContain("FC0403", output);
        Assert.True(buildCode == 0, buildOutput);
        var html = File.ReadAllText(Path.Combine(_folder.Path, "unit.html"));
        Assert.Contains("一般公共服务支出（201）社会工作事务（39）行政运行（01）", html);
    }

    [Fact]
    public void A_year_without_a_shipped_table_is_told_which_table_stands_in()
    {
        WriteUnit("2240108", year: 2027);
        var line = File.ReadAllLines(Unit).ToList().FindIndex(l => l.Contains("year: 2027", StringComparison.Ordinal)) + 1;

        var (code, output) = Run("check", Unit);

        Assert.Contains($"{Unit}({line},", output);
        Assert.Contains("info FC0403", output);
        Assert.Contains("本单位是 2027 年度，编码按 2026 年的政府收支分类科目核对、科目名称也取自该年（fincomp 内置 2023–2026 年的科目表，没有 2027 年的）", output);
        Assert.NotEqual(2, code);
    }
}
