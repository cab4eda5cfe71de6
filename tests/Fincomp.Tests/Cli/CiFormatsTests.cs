using System.Text.Json;
using System.Xml.Linq;
using Fincomp.Batch;
using Fincomp.Cli;
using Fincomp.Cli.Output;
using Fincomp.Diagnostics;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>The machine-read forms of <c>check</c>: JUnit XML for GitLab/Jenkins/Gitee, versioned JSON, verbose details.</summary>
public sealed class CiFormatsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-ci-");

    public void Dispose() => _folder.Dispose();

    private string Folder()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "好 单位.yaml"), ConsistentUnit.Yaml);
        File.WriteAllText(Path.Combine(_folder.Path, "错的单位.yaml"), TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "income_total: 320.00", "income_total: 321.00"));
        File.WriteAllText(Path.Combine(_folder.Path, "读不了.yaml"), "unit: [\n");
        return _folder.Path;
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = FincompApp.Run(args, output, new StringWriter());
        return (code, output.ToString());
    }

    [Fact]
    public void JUnit_has_one_case_per_unit_a_failure_for_errors_and_an_error_for_an_unreadable_file()
    {
        var (code, output) = Run("check", "-f", "junit", Folder());

        Assert.Equal(2, code);
        var suite = XDocument.Parse(output).Root!.Element("testsuite")!;
        Assert.Equal("3", (string?)suite.Attribute("tests"));
        Assert.Equal("1", (string?)suite.Attribute("failures"));
        Assert.Equal("1", (string?)suite.Attribute("errors"));
        var cases = suite.Elements("testcase").ToDictionary(c => Path.GetFileName((string)c.Attribute("name")!));
        Assert.Empty(cases["好 单位.yaml"].Elements());
        Assert.Equal("FC1101", (string?)cases["错的单位.yaml"].Element("failure")!.Attribute("type"));
        Assert.StartsWith("FC0", (string?)cases["读不了.yaml"].Element("error")!.Attribute("type"), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_states_its_schema_version_and_each_file_s_status()
    {
        var (_, output) = Run("check", "-f", "json", Folder());

        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var statuses = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("file").GetString()!), f => f.GetProperty("status").GetString());
        Assert.Equal("passed", statuses["好 单位.yaml"]);
        Assert.Equal("failed", statuses["错的单位.yaml"]);
        Assert.Equal("unreadable", statuses["读不了.yaml"]);
        Assert.Contains("不重叠", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Human")]
    [InlineData("Json")]
    [InlineData("Sarif")]
    [InlineData("GitHub")]
    [InlineData("JUnit")]
    public void A_finding_in_a_workbook_names_its_place_in_every_format(string formatName)
    {
        var diagnostic = new Diagnostic("FC1203", Severity.Error, "类合计与其下各款之和不符。", SourceSpan.At("决算报表.xlsx", "公开05表!E12"));
        var report = new CheckReport([new FileFindings("决算报表.xlsx", [diagnostic], UnitStatus.Failed)]);
        var writer = new StringWriter();

        ReportFormatters.For(Enum.Parse<ReportFormat>(formatName), onGitHubActions: false).Write(report, writer);

        var text = writer.ToString();
        Assert.Contains("公开05表!E12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(0,0)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line=0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Human_output_counts_the_files_and_verbose_adds_the_intervals()
    {
        var (_, plain) = Run("check", Folder());
        var (_, verbose) = Run("check", "--verbose", _folder.Path);

        Assert.Contains("3 个文件：1 通过 · 1 有错误 · 1 无法读取", plain, StringComparison.Ordinal);
        Assert.Contains("超出四舍五入可以解释的范围", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("依据：", plain, StringComparison.Ordinal);
        Assert.Contains("依据：", verbose, StringComparison.Ordinal);
    }
}
