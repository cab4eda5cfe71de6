using Fincomp.Audit;
using Fincomp.Cli;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// The self-audit inside <c>fincomp build</c>: every block knows its template, a consistent unit builds, and a custom
/// template that prints a wrong figure fails the build with an error naming that template and the figure.
/// </summary>
public sealed class SelfAuditBuildTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("fincomp-audit-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_block_of_a_compiled_report_names_the_template_that_printed_it()
    {
        var result = AuditedBuild.Compile(TestUnits.Load(ConsistentUnit.Yaml));
        var document = Assert.IsType<ReportDocument>(result.Document);

        Assert.All(document.Blocks, b => Assert.NotNull(b.Template));
        var income = document.Blocks.OfType<Paragraph>().First(p => p.Text.Contains("年度收入合计", StringComparison.Ordinal));
        Assert.Equal(TemplateLoader.BuiltInKey(TemplatePack.Sichuan, "02-02-income.scriban"), income.Template);
        Assert.Equal(TemplateLoader.BuiltInKey(TemplatePack.Sichuan, "05-tables.scriban"), document.Blocks.OfType<Table>().Last().Template);
        Assert.Equal(TemplateLoader.BuiltInKey(TemplatePack.Sichuan, "04-project-report.scriban"), document.Blocks.OfType<Table>().First(t => t.Title!.Contains("项目支出绩效自评表", StringComparison.Ordinal)).Template);
    }

    [Fact]
    public void Text_after_an_include_belongs_to_the_including_template()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "report.scriban"), "{{ include \"00-title.scriban\" }}\n总模板自己的一段。\n");
        var result = AuditedBuild.Compile(TestUnits.Load(ConsistentUnit.Yaml), _folder.Path);

        var blocks = Assert.IsType<ReportDocument>(result.Document).Blocks;
        Assert.Equal(TemplateLoader.BuiltInKey(TemplatePack.Sichuan, "00-title.scriban"), blocks[0].Template);
        Assert.Equal(Path.Combine(_folder.Path, "report.scriban"), blocks[^1].Template);
    }

    [Fact]
    public void A_consistent_unit_builds_with_a_clean_audit() =>
        AuditedBuild.AssertClean(AuditedBuild.Compile(TestUnits.Load(ConsistentUnit.Yaml)), "ConsistentUnit");

    [Fact]
    public void A_template_that_prints_a_wrong_share_fails_the_build_naming_itself_and_the_figure()
    {
        var template = BrokenIncomeTemplate();

        var result = AuditedBuild.Compile(TestUnits.Load(ConsistentUnit.Yaml), _folder.Path);

        Assert.Null(result.Document);
        var findings = AuditedBuild.AuditFindings(result);
        Assert.Equal(2, findings.Count(d => d.Code == AuditCodes.Share));
        var finding = Assert.Single(findings, d => d.Span.Place?.Contains("占90.91%", StringComparison.Ordinal) == true);
        Assert.Equal(AuditCodes.Share, finding.Code);
        Assert.Equal(template, finding.Span.File);
        Assert.Contains("应为93.75%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("02-02-income.scriban", finding.Message, StringComparison.Ordinal);
        Assert.Contains("不是单位数据的问题", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_command_refuses_to_write_a_report_its_template_contradicts()
    {
        var template = BrokenIncomeTemplate();
        var unit = Path.Combine(_folder.Path, "unit.yaml");
        File.WriteAllText(unit, ConsistentUnit.Yaml);
        var output = Path.Combine(_folder.Path, "out");
        var stdout = new StringWriter();

        var exit = FincompApp.Run(["build", unit, "-o", output, "--templates", _folder.Path], stdout, new StringWriter());

        Assert.NotEqual(0, exit);
        Assert.Contains($"{template}(输出第", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("error FC2004", stdout.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "unit.docx")));
    }

    [Fact]
    public void A_batch_labels_a_report_that_fails_its_self_audit_as_such_not_as_unreadable()
    {
        BrokenIncomeTemplate();
        var units = Path.Combine(_folder.Path, "units");
        Directory.CreateDirectory(units);
        File.WriteAllText(Path.Combine(units, "a.yaml"), ConsistentUnit.Yaml);
        File.WriteAllText(Path.Combine(units, "b.yaml"), TestUnits.Renamed(ConsistentUnit.Yaml, "乙"));
        var stdout = new StringWriter();

        var exit = FincompApp.Run(["build", units, "-o", Path.Combine(_folder.Path, "out"), "--templates", _folder.Path, "-j", "1"], stdout, new StringWriter());

        var text = stdout.ToString();
        Assert.Equal(4, exit);
        Assert.Contains("自检未通过 units", text.Replace(_folder.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("未生成：报告自检未通过", text, StringComparison.Ordinal);
        Assert.Contains("0 通过 · 0 有错误 · 0 无法读取 · 2 自检未通过", text, StringComparison.Ordinal);
        Assert.DoesNotContain("无法读取 ", text.Replace("0 无法读取 ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Doubled_punctuation_the_clerk_wrote_is_the_units_and_does_not_fail_the_build()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "负责本单位组织工作。", "负责本单位组织工作，，统筹**人事**管理。。");

        var result = AuditedBuild.Compile(TestUnits.Load(yaml));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Message));
        var document = Assert.IsType<ReportDocument>(result.Document);
        Assert.Contains(document.Blocks.OfType<Paragraph>(), p => p.Text.Contains("组织工作，，统筹", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == AuditCodes.Placeholder);
    }

    [Fact]
    public void Doubled_punctuation_a_template_adds_to_the_clerks_text_still_fails_the_build()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "templates", "sichuan", "01-profile.scriban"));
        var template = Path.Combine(_folder.Path, "01-profile.scriban");
        File.WriteAllText(template, TestUnits.ReplaceOnce(text, "{{ duty }}", "{{ duty }}。"));

        var result = AuditedBuild.Compile(TestUnits.Load(ConsistentUnit.Yaml), _folder.Path);

        Assert.Null(result.Document);
        var finding = Assert.Single(AuditedBuild.AuditFindings(result), d => d.Code == AuditCodes.Placeholder);
        Assert.Equal(template, finding.Span.File);
        Assert.Contains("标点“。。”重复", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>A bureau's income template that takes each source's share of the grand total (收入总计) instead of 收入合计.</summary>
    private string BrokenIncomeTemplate()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "templates", "sichuan", "02-02-income.scriban"));
        var path = Path.Combine(_folder.Path, "02-02-income.scriban");
        File.WriteAllText(path, TestUnits.ReplaceOnce(text, "share source.amount totals.income_total", "share source.amount totals.income_grand_total"));
        return path;
    }
}
