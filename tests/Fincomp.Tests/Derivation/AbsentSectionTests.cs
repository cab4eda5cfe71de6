using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;
using static Fincomp.Tests.Derivation.FigureFixtures;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// Variants of a park unit with a section or a figure left out: the report states nothing it was not given (no
/// zeros, no change from a missing base, no share of nothing, no heading over nothing), and check says what the
/// document will lack, at the line to change.
/// </summary>
public sealed class AbsentSectionTests
{
    private static readonly Lazy<string> Zhifa = new(() => File.ReadAllText(TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))));

    /// <summary>zhifa without its "三公" section (last year's 三公 of 30.1 万元 stays).</summary>
    private static string WithoutThreePublic()
    {
        var text = Zhifa.Value;
        var start = text.IndexOf("\nthree_public:\n", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\noperating_costs:", start, StringComparison.Ordinal) + 1;
        return text[..start] + text[end..];
    }

    [Fact]
    public void A_unit_without_three_public_gets_no_section_seven_and_no_invented_zeros()
    {
        var report = Report(TestUnits.Load(WithoutThreePublic()));

        Assert.DoesNotContain("“三公”经费财政拨款支出决算", report, StringComparison.Ordinal);
        Assert.DoesNotContain("下降100%", report, StringComparison.Ordinal);
        Assert.DoesNotContain("无图7", report, StringComparison.Ordinal);
        Assert.Contains("## 七、政府性基金预算支出决算情况说明\n", report, StringComparison.Ordinal);
        Assert.Contains("## 九、其他重要事项的情况说明\n", report, StringComparison.Ordinal);
        Assert.DoesNotContain("## 十、", report, StringComparison.Ordinal);

        var table = Table(report, "一般公共预算财政拨款“三公”经费支出决算表");
        Assert.DoesNotContain(table, l => l.Contains("0.00", StringComparison.Ordinal) || l.Contains("本表无数据", StringComparison.Ordinal));
        Assert.Contains(table, l => l.StartsWith("公务接待费\t", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_without_three_public_is_an_error_that_says_what_the_document_lacks()
    {
        var findings = TestUnits.Check(WithoutThreePublic());

        var finding = Assert.Single(findings, d => d.Code == "FC1003");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("未填写 three_public：报告不写第二部分七", finding.Message, StringComparison.Ordinal);
        Assert.Contains("表7", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Span.Line > 0);
        // No reason is asked for a "change" to a figure that was not given.
        Assert.DoesNotContain(findings, d => d.Code == "FC1704");
    }

    [Fact]
    public void A_partial_previous_three_public_is_compared_only_where_both_years_give_a_figure()
    {
        var text = Zhifa.Value;
        var previous = text.IndexOf("\nprevious:\n", StringComparison.Ordinal);
        var last = text[previous..].Replace("    overseas: 0\n", string.Empty, StringComparison.Ordinal).Replace("    vehicle_purchase: 0\n", string.Empty, StringComparison.Ordinal);
        var report = Report(TestUnits.Load(text[..previous] + last));

        Assert.Contains("公务接待费支出决算比2022年度减少5.85万元，下降75.97%。", report, StringComparison.Ordinal);
        Assert.DoesNotContain("因公出国（境）支出决算比2022年度", report, StringComparison.Ordinal);
        Assert.DoesNotContain("公务用车购置及运行维护费支出决算比2022年度", report, StringComparison.Ordinal);
        Assert.DoesNotContain("比上年度", report, StringComparison.Ordinal);
        Assert.Contains("2023年度“三公”经费财政拨款支出决算为52.25万元，完成预算94.14%。", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_previous_three_public_is_compared_in_full()
    {
        var report = Report(TestUnits.Load(Zhifa.Value));

        Assert.Contains("完成预算94.14%，比上年度增加22.15万元，增长73.59%。", report, StringComparison.Ordinal);
        Assert.Contains("因公出国（境）支出决算比2022年度增加6.8万元。", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_finding_points_at_the_section_or_the_top_of_the_file_never_at_nothing()
    {
        var text = TestUnits.ReplaceOnce(Zhifa.Value, "  change_reason: 按车辆更新计划购置 1 辆执法用轿车，并组织 1 个团组赴新加坡学习城市精细化管理经验\n", string.Empty);
        text = TestUnits.ReplaceOnce(text, "  reason: 严格执行中央八项规定精神，压减公务用车运行维护和公务接待支出\n", string.Empty);
        var start = text.IndexOf("\nappropriations:\n", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\nfunctional:", start, StringComparison.Ordinal) + 1;
        text = text[..start] + text[end..];
        text = TestUnits.ReplaceOnce(text, "  fiscal_income_grand_total: 1190.60\n  fiscal_expenditure_grand_total: 1190.60\n", "  fiscal_income_grand_total: 900\n  fiscal_expenditure_grand_total: 900\n");
        var findings = TestUnits.Check(text).Where(d => d.Code == "FC1704").ToList();

        var threePublic = Assert.Single(findings, d => d.Message.StartsWith("“三公”经费", StringComparison.Ordinal));
        Assert.Equal(TestUnits.LineOf(text, "three_public:") + 1, threePublic.Span.Line);
        var fiscal = Assert.Single(findings, d => d.Message.StartsWith("财政拨款收入总计", StringComparison.Ordinal));
        // The appropriations section is not written: the reason is added at the top of the file.
        Assert.Equal(TestUnits.LineOf(text, "\nunit:") + 1, fiscal.Span.Line);
        Assert.All(findings, d => Assert.True(d.Span.Line > 0, d.ToString()));
    }

    [Fact]
    public void A_zero_whole_states_no_share()
    {
        var sample = TestPaths.LoadSample();
        var report = Report(sample);

        Assert.Contains("因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算0万元；公务接待费支出决算0万元。", report, StringComparison.Ordinal);
        Assert.Contains("授予中小企业合同金额0万元，其中：授予小微企业合同金额0万元。", report, StringComparison.Ordinal);
        Assert.DoesNotContain("占政府采购支出总额的0%", report, StringComparison.Ordinal);
        // A zero part of a non-zero whole is a true 0%.
        Assert.Contains("政府性基金预算财政拨款收入0万元，占0%", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_part_never_reads_zero_percent()
    {
        var text = TestUnits.ReplaceOnce(Zhifa.Value, "  small_and_micro: 210.00\n", "  small_and_micro: 0.01\n");
        var report = Report(TestUnits.Load(text));

        Assert.Contains("授予小微企业合同金额0.01万元，占政府采购支出总额的0.002%", report, StringComparison.Ordinal);
    }
}
