using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Tests.Checks;
using Xunit;
using static Fincomp.Tests.Derivation.FigureFixtures;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// A figure the unit did not give is not 0: the report leaves its sentence out, and the checker names the key to add.
/// An explicit 0 written by the unit is still printed in the standard wording.
/// </summary>
public sealed class AbsentIsNotZeroTests
{
    private const string Without = "without-assets-or-counts";

    [Theory]
    [InlineData("共有车辆")]
    [InlineData("个项目开展了预算事前绩效评估")]
    [InlineData("个项目编制了绩效目标")]
    [InlineData("通用设备")]
    [InlineData("专用设备")]
    [InlineData("共有公务用车")]
    [InlineData("政府采购支出总额")]
    [InlineData("无政府采购支出")]
    public void The_report_does_not_state_a_figure_the_unit_did_not_give(string words) =>
        Assert.DoesNotContain(words, Report(Without), StringComparison.Ordinal);

    [Theory]
    [InlineData("共有车辆0辆")]
    [InlineData("组织对2个项目开展了预算事前绩效评估")]
    [InlineData("单价50万元以上通用设备0台（套）")]
    [InlineData("截至2023年12月31日，单位共有公务用车0辆")]
    [InlineData("无政府采购支出")]
    public void A_zero_the_unit_wrote_is_printed(string words) =>
        Assert.Contains(words, Report("personnel-public-vs-basic"), StringComparison.Ordinal);

    [Fact]
    public void Check_names_every_missing_key()
    {
        var keys = Check(Without).Where(d => d.Code == "FC1002").Select(d => d.Message).ToList();

        foreach (var key in new[]
        {
            "procurement：", "assets.vehicles：", "assets.general_equipment_over50：", "assets.special_equipment_over100：",
            "performance_management.prior_assessed：", "performance_management.with_targets：", "performance_management.monitored：",
            "three_public.vehicles.fleet：",
        })
        {
            Assert.Contains(keys, m => m.Contains("未填写 " + key, StringComparison.Ordinal));
        }

        Assert.All(Check(Without).Where(d => d.Code == "FC1002"), d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_unit_that_gives_every_section_has_no_missing_key()
    {
        Assert.DoesNotContain(Check("personnel-public-vs-basic"), d => d.Code is "FC1002" or "FC1003");
        Assert.DoesNotContain(TestUnits.Check(ConsistentUnit.Yaml), d => d.Code is "FC1002" or "FC1003");
    }

    [Fact]
    public void A_unit_with_spending_but_no_item_lines_does_not_check_clean()
    {
        var text = Text("personnel-public-vs-basic");
        var start = text.IndexOf("functional:", StringComparison.Ordinal);
        var end = text.IndexOf("basic_expenditure:", StringComparison.Ordinal);
        var findings = TestUnits.Check(text[..start] + text[end..]);

        var finding = Assert.Single(findings, d => d.Code == "FC1003");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("functional.lines", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_spending_without_personnel_and_public_costs_is_an_error_naming_both_keys()
    {
        var text = TestUnits.ReplaceOnce(Text("personnel-public-vs-basic"), "  personnel: 98.12\n  public: 90.38\n", "  items: []\n");
        var findings = TestUnits.Check(text).Where(d => d.Code == "FC1003").Select(d => d.Message).ToList();

        Assert.Contains(findings, m => m.Contains("basic_expenditure.personnel", StringComparison.Ordinal));
        Assert.Contains(findings, m => m.Contains("basic_expenditure.public", StringComparison.Ordinal));
        var report = Report(TestUnits.Load(text));
        Assert.DoesNotContain("人员经费0万元", report, StringComparison.Ordinal);
        Assert.Contains("2023年度一般公共预算财政拨款基本支出188.49万元。", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_without_a_standard_explanation_gets_no_empty_glossary_entry()
    {
        var text = TestUnits.ReplaceOnce(Text("personnel-public-vs-basic"), "\"2013102\"", "\"2013197\"");
        var report = Report(TestUnits.Load(text));

        Assert.DoesNotContain("：。", report, StringComparison.Ordinal);
        Assert.Contains(TestUnits.Check(text), d => d.Code == "FC1002" && d.Message.Contains("2013197", StringComparison.Ordinal));
    }
}
