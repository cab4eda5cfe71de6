using Fincomp.Checks;
using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// Every rule passes on <see cref="ConsistentUnit"/> and fires, at the right line, when one figure of it is broken.
/// Each case: the text replaced, its replacement, the rule expected and the text on whose line the finding must be.
/// </summary>
public sealed class RuleCasesTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "FC1101", "income_total: 320.00", "income_total: 321.00", "income_total: 321.00" },
        { "FC1102", "expenditure_total: 320.00", "expenditure_total: 322.00", "expenditure_total: 322.00" },
        { "FC1103", "    project: 170.00", "    project: 175.00", "    basic: 150.00" },
        { "FC1104", "income_grand_total: 330.00", "income_grand_total: 331.00", "income_grand_total: 331.00" },
        { "FC1105", "expenditure_grand_total: 330.00", "expenditure_grand_total: 333.00", "expenditure_grand_total: 333.00" },
        { "FC1106", "income_grand_total: 330.00", "income_grand_total: 340.00", "income_grand_total: 340.00" },
        { "FC1107", "vehicle_total: 4.00", "vehicle_total: 4.01", "vehicle_total: 4.01" },
        { "FC1201", "actual: 300.00", "actual: 310.00", "actual: 310.00" },
        { "FC1202", "basic: 120.00", "basic: 110.00", "actual: 120.00" },
        { "FC1202", "      actual: 20.00\n      project: 20.00\n", "      actual: 20.00\n      project: 12.00\n      operating: 7.00\n", "      actual: 20.00\n" },
        { "FC1208", "      actual: 20.00\n      project: 20.00\n", "      actual: 20.00\n", "      actual: 20.00\n" },
        { "FC1203", "code: \"2013201\"", "code: \"2013297\"", "code: \"2013297\"" },
        { "FC1205", "code: \"2013202\"", "code: \"2013201\"", "code: \"2013201\"\n      section_name" },
        { "FC1206", "fiscal: 150.0 }", "fiscal: 160.0 }", "fiscal: 160.0 }" },
        { "FC1207", "  income:\n    - { code: '2013201', total: 120.0, fiscal: 120.0 }\n    - { code: '2013202', total: 150.0, fiscal: 150.0 }\n    - { code: '2010301', total: 30.0, fiscal: 30.0 }\n    - { code: '2013299', total: 20.0, superior_subsidy: 20.0 }\n", "", "  lines:" },
        { "FC1204", "section_name: 组织事务", "section_name: 支组织事务", "section_name: 支组织事务" },
        { "FC1301", "personnel: 100.00", "personnel: 90.00", "personnel: 90.00" },
        { "FC1302", "amount: 100.0", "amount: 90.0", "personnel: 100.00" },
        { "FC1303", "amount: 46.0\n", "amount: 36.0\n", "public: 50.00" },
        { "FC1304", "code: \"30201\"", "code: \"30701\"", "code: \"30701\"" },
        { "FC1306", "code: \"30201\"", "code: \"30298\"", "code: \"30298\"" },
        { "FC1305", "    basic: 150.00\n    project: 170.00", "    basic: 155.00\n    project: 165.00", "basic: 155.00" },
        { "FC1401", "general_budget: 300.00", "general_budget: 310.00", "general_budget: 310.00" },
        { "FC1402", "opening_balance:\n    general_budget: 5.00", "opening_balance:\n    general_budget: 15.00", "general_budget: 15.00" },
        { "FC1501", "total: 5.50", "total: 6.50", "total: 6.50" },
        { "FC1502", "total: 7.00", "total: 0", "vehicle_operation: 5.00" },
        { "FC1503", "vehicle_purchase: 0\n", "vehicle_purchase: 20.00\n", "vehicle_purchase: 20.00" },
        { "FC1504", "domestic_people: 20", "domestic_people: 2", "domestic_people: 2" },
        { "FC1505", "amount: 46.0\n    - code: \"30231\"\n      name: 公务用车运行维护费\n      amount: 4.0\n", "amount: 44.0\n    - code: \"30231\"\n      name: 公务用车运行维护费\n      amount: 6.0\n", "amount: 6.0\n" },
        { "FC1506", "fleet:\n      sedan: 2", "fleet:\n      sedan: 3", "sedan: 3" },
        { "FC1601", "amount: 50.00", "amount: 45.00", "amount: 45.00" },
        { "FC1602", "kind: 行政单位", "kind: 事业单位", "amount: 50.00" },
        { "FC1603", "total: 30.00", "total: 35.00", "total: 35.00" },
        { "FC1604", "small_and_medium: 25.00", "small_and_medium: 35.00", "small_and_medium: 35.00" },
        { "FC1701", "budget: 150.00", "budget: 160.00", "actual: 150.00" },
        { "FC1702", "adjustment: 20.00", "adjustment: 25.00", "adjustment: 25.00" },
        { "FC1703", "budget: 30.00", "budget: 0", "budget: 0" },
        { "FC1705", "budget: 150.00", "budget: 0.01", "budget: 0.01" },
        { "FC1706", "budget: 120.00", "initial_budget: 120.00", "initial_budget: 120.00" },
        { "FC1707", "fund: 其他资金\n      actual: 20.00", "fund: 其他资金\n      budget: 25.00\n      actual: 20.00", "budget: 25.00" },
        { "FC1704", "income_grand_total: 325.00", "income_grand_total: 200.00", "  income:\n    general_budget" },
        { "FC1801", "weight: 30\n          score: 30\n        - level1: 产出指标\n          level2: 质量指标", "weight: 20\n          score: 20\n        - level1: 产出指标\n          level2: 质量指标", "        - level1: 产出指标\n          level2: 数量指标" },
        { "FC1802", "achieved: \"95\"\n          weight: 30\n          score: 30", "achieved: \"95\"\n          weight: 30\n          score: 35", "score: 35" },
        { "FC1803", "total_score: 100", "total_score: 95", "total_score: 95" },
        { "FC1804", "achieved: \"95\"", "achieved: \"85\"", "achieved: \"85\"" },
        { "FC1805", "achieved: \"5\"\n          weight: 30\n          score: 30", "achieved: \"5\"\n          weight: 30\n          score: 25", "score: 25" },
        { "FC1806", "target: \"40\"\n          unit: 万元", "target: \"400000\"\n          unit: 元", "target: \"400000\"" },
        { "FC1807", "amount: 30.00", "amount: 31.00", "        - name: 会议费" },
        { "FC1808", "amount: 4.00", "amount: 5.00", "amount: 10.00" },
        { "FC1809", "executed: 40.00", "executed: 30.00", "        fiscal:" },
        { "FC1901", "自评得分为满分。", "自评得分为XX分。", "conclusion:" },
        { "FC1902", "total_score: 100", "total_score: 95", "conclusion:" },
        { "FC1903", "reason: 人员增加\nprocurement", "reason: 2019年人员增加\nprocurement", "reason: 2019年" },
        { "FC1904", "amount: 50.00", "amount: 50.001", "amount: 50.001" },
        { "FC1905", "reason: 厉行节约", "reason: 厉行节约，不不浪费", "reason: 厉行节约" },
        { "FC1906", "reason: 厉行节约", "reason: 厉行节约。。", "reason: 厉行节约" },
        { "FC1907", "reason: 厉行节约", "reason: 厉行节约,杜绝浪费", "reason: 厉行节约" },
        { "FC1908", "reason: 厉行节约", "reason: 较上年增加（减少），主要原因是。", "reason: 较上年" },
        { "FC1909", "reason: 厉行节约", "reason: 一是厉行节约；二是压减会议；二是压减培训", "reason: 一是" },
        { "FC1910", "basic: 120.00\n", "basic: 120.00\n      purpose: 主要用于其他组织事务\n", "purpose: 主要用于其他组织事务" },
        { "FC1911", "reason: 厉行节约", "reason: 国内公务接待费1.5元", "reason: 国内公务接待费" },
        { "FC1912", "  duties:\n    - 负责本单位组织工作。\n", "", "  organization:" },
        { "FC1913", "title: 2023年整体支出绩效自评报告", "title: 2022年整体支出绩效自评报告", "title: 2022年" },
        { "FC1002", "  general_equipment_over50: 0\n", "", "  vehicles:\n    leaders: 0" },
        { "FC1003", "basic_expenditure:\n  personnel: 100.00\n  public: 50.00\n  items:\n    - code: \"30101\"\n      name: 基本工资\n      amount: 100.0\n    - code: \"30201\"\n      name: 办公费\n      amount: 46.0\n    - code: \"30231\"\n      name: 公务用车运行维护费\n      amount: 4.0\n", "", "unit:" },
    };

    [Fact]
    public void The_consistent_unit_has_no_findings_at_all()
    {
        var findings = TestUnits.Check(ConsistentUnit.Yaml);

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Breaking_one_figure_fires_the_rule_at_its_line(string code, string old, string replacement, string anchor)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, old, replacement);

        var findings = TestUnits.Check(yaml);

        var line = TestUnits.LineOf(yaml, anchor);
        Assert.True(
            findings.Any(d => d.Code == code && d.Span.Line == line && d.Severity != Severity.Info),
            $"expected {code} at line {line}; got:\n{string.Join("\n", findings)}");
    }

    [Theory]
    [InlineData("amount: 50.001234", false)]
    [InlineData("amount: 50.0012", true)]
    [InlineData("amount: 50.00123", true)]
    public void Six_decimals_are_an_exact_conversion_from_yuan_and_pass_FC1904(string replacement, bool fires)
    {
        var findings = TestUnits.Check(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "amount: 50.00", replacement));

        Assert.Equal(fires, findings.Any(d => d.Code == "FC1904"));
    }

    [Fact]
    public void Every_rule_of_the_default_set_has_a_failing_case()
    {
        var tested = Cases.Select(c => (string)c[0]).ToHashSet();

        var untested = RuleSet.Default.Rules.Select(r => r.Info.Code).Where(c => !tested.Contains(c)).ToList();

        Assert.Empty(untested);
    }
}
