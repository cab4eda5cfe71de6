using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// FC1913: a self-evaluation report's title, and a 绩效自评 heading in it, name the report year; running text may
/// still name the year before (FC1903 allows it), and a title naming another year is reported once, not twice.
/// </summary>
public sealed class SelfEvaluationYearRuleTests
{
    private const string ProjectTitle = "  title: 2023年示例项目支出绩效自评报告\n";
    private const string ProjectSection = "- title: 一、项目概况";

    [Fact]
    public void Titles_naming_the_report_year_pass() =>
        Assert.DoesNotContain(TestUnits.Check(ConsistentUnit.Yaml), d => d.Code == "FC1913");

    [Fact]
    public void A_project_report_title_naming_last_year_is_an_error_at_the_year()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, ProjectTitle, "  title: 2022年示例项目支出绩效自评报告\n");

        var findings = TestUnits.Check(yaml);

        var finding = Assert.Single(findings, d => d.Code == "FC1913");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(TestUnits.LineOf(yaml, "title: 2022年示例项目"), finding.Span.Line);
        Assert.Contains("2022年示例项目支出绩效自评报告", finding.Message, StringComparison.Ordinal);
        Assert.Contains("报告年度为 2023年", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, d => d.Code == "FC1903");
    }

    [Fact]
    public void A_title_two_years_back_is_reported_once()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, ProjectTitle, "  title: 2021年示例项目支出绩效自评报告\n");

        var findings = TestUnits.Check(yaml);

        Assert.Single(findings, d => d.Code == "FC1913");
        Assert.DoesNotContain(findings, d => d.Code == "FC1903");
    }

    [Fact]
    public void A_self_evaluation_heading_names_the_report_year()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, ProjectSection, "- title: 二、2022年绩效自评情况");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1913");

        Assert.Equal(TestUnits.LineOf(yaml, "title: 二、2022年"), finding.Span.Line);
    }

    [Theory]
    [InlineData(ProjectSection, "- title: 一、2022年项目概况")]
    [InlineData("- 示例项目用于开展组织活动。", "- 与2022年绩效自评结果相比，目标完成情况有所提高。")]
    public void Last_year_in_other_headings_and_in_running_text_stays_allowed(string written, string replacement)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, written, replacement);

        var findings = TestUnits.Check(yaml);

        Assert.DoesNotContain(findings, d => d.Code == "FC1913");
        Assert.DoesNotContain(findings, d => d.Code == "FC1903");
    }

    [Theory]
    [InlineData("2022年度示例项目支出绩效自评报告", 2022)]
    [InlineData("二〇二二年示例项目支出绩效自评报告", 2022)]
    [InlineData("二零二二年度示例项目支出绩效自评报告", 2022)]
    [InlineData("二〇一九年度示例项目支出绩效自评报告", 2019)]
    public void A_year_written_with_年度_or_in_Chinese_numerals_is_read(string title, int named)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, ProjectTitle, $"  title: {title}\n");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1913");

        Assert.Contains($"写的是 {named}年", finding.Message, StringComparison.Ordinal);
        Assert.Equal(TestUnits.LineOf(yaml, "title: " + title[..4]), finding.Span.Line);
    }

    [Theory]
    [InlineData("二〇二三年示例项目支出绩效自评报告")]
    [InlineData("2023年度示例项目支出绩效自评报告")]
    [InlineData("示例项目支出绩效自评报告")]
    public void A_title_naming_the_report_year_in_any_form_or_no_year_at_all_passes(string title)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, ProjectTitle, $"  title: {title}\n");

        Assert.DoesNotContain(TestUnits.Check(yaml), d => d.Code == "FC1913");
    }

    [Theory]
    [InlineData("2024年9月", null)]
    [InlineData("2023年9月", null)]
    [InlineData("2025年9月", "2025年")]
    public void The_publication_date_may_name_the_year_after_the_report(string published, string? wrong)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "  year: 2023\n", $"  year: 2023\n  published: {published}\n");

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1903").ToList();

        if (wrong is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Contains(wrong, Assert.Single(findings).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Running_text_may_not_name_the_year_after_the_report()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "负责本单位组织工作。", "负责本单位2024年组织工作。");

        Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1903");
    }
}
