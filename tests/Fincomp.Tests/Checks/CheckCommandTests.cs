using System.Text.Json;
using Fincomp.Cli;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Checks;

/// <summary>The check, rules and explain commands driven in-process.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-check-");

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var code = FincompApp.Run(args, writer, writer);
        return (code, writer.ToString());
    }

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void The_sample_exits_1_with_findings_in_compiler_form_and_the_summary()
    {
        var (code, output) = Run("check", SampleUnitTests.FindSample());

        Assert.Equal(1, code);
        Assert.Matches(@"dangqun-2023\.yaml\(\d+,\d+\): error FC1807: ", output);
        Assert.Matches(@"\d+ 个错误，\d+ 个警告，\d+ 条提示。", output);
    }

    [Fact]
    public void A_consistent_unit_exits_0()
    {
        var (code, output) = Run("check", Write("ok.yaml", ConsistentUnit.Yaml));

        Assert.Equal(0, code);
        Assert.Contains("0 个错误，0 个警告，0 条提示。", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_fail_only_with_warnings_as_errors()
    {
        var path = Write("warn.yaml", TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "amount: 50.00", "amount: 45.00"));

        Assert.Equal(0, Run("check", path).Code);
        Assert.Equal(1, Run("check", "--warnings-as-errors", path).Code);
    }

    [Fact]
    public void An_unreadable_input_exits_2()
    {
        var (code, output) = Run("check", Write("bad.yaml", "unit: [\n"));

        Assert.Equal(2, code);
        Assert.Contains("error FC0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_checked_file_by_file()
    {
        Write("a.yaml", ConsistentUnit.Yaml);
        Write("b.yaml", TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "income_total: 320.00", "income_total: 321.00"));

        var (code, output) = Run("check", _folder.Path);

        Assert.Equal(1, code);
        Assert.Contains("b.yaml(", output, StringComparison.Ordinal);
        Assert.DoesNotContain("a.yaml(", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_keeps_Chinese_readable_and_lists_findings()
    {
        var (_, output) = Run("check", "--format", "json", SampleUnitTests.FindSample());

        using var json = JsonDocument.Parse(output);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics");
        Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("code").GetString() == "FC1808" && d.GetProperty("severity").GetString() == "error");
        Assert.Contains("开支明细", output, StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("errors").GetInt32() >= 3);
    }

    [Fact]
    public void Sarif_output_is_version_2_1_0_with_rules_and_located_results()
    {
        var (_, output) = Run("check", "--format", "sarif", SampleUnitTests.FindSample());

        using var json = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "FC1204");
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "FC1902");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.True(region.GetProperty("startLine").GetInt32() > 1);
    }

    [Fact]
    public void GitHub_output_writes_workflow_annotations()
    {
        var (_, output) = Run("check", "--format", "github", SampleUnitTests.FindSample());

        Assert.Matches(@"::error file=[^,]+dangqun-2023\.yaml,line=\d+,col=\d+,title=FC1807::", output);
        Assert.Contains("::notice ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_rule_and_explain_shows_one()
    {
        var (code, list) = Run("rules");
        var (explainCode, explained) = Run("explain", "fc1203");

        Assert.Equal(0, code);
        Assert.All(Fincomp.Checks.RuleSet.Default.Rules, r => Assert.Contains(r.Info.Code, list, StringComparison.Ordinal));
        Assert.Equal(0, explainCode);
        Assert.Contains("FC1203", explained, StringComparison.Ordinal);
        Assert.Contains("改法：", explained, StringComparison.Ordinal);
        Assert.Equal(2, Run("explain", "FC9999").Code);
    }

    [Fact]
    public void Docs_rules_md_is_the_generated_catalogue()
    {
        var docs = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(SampleUnitTests.FindSample()))!, "docs", "rules.md");
        var (_, generated) = Run("rules", "--markdown");

        Assert.Equal(generated.ReplaceLineEndings("\n"), File.ReadAllText(docs).ReplaceLineEndings("\n"));
    }
}
