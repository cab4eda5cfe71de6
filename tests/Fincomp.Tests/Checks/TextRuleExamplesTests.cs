using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// The text rules on the wording they are meant to catch and on the wording they must leave alone (real doublings, two
/// words meeting, lists of months, 科目 codes in brackets, rates in 元).
/// </summary>
public sealed class TextRuleExamplesTests
{
    [Theory]
    [InlineData("FC1905", "设定不不够完善", true)]
    [InlineData("FC1905", "做好工作工作", true)]
    [InlineData("FC1905", "的的确确做到了节约，关键是是否落实，每每如此", false)]
    [InlineData("FC1905", "充分分析、招考考察、研究会会费、公务用车车辆", false)]
    [InlineData("FC1905", "谢谢、常常、人人、层层落实", false)]
    [InlineData("FC1905", "成都都江堰片区存在在建工程，资金用于于都县，利用学习学习强国平台，主要要求", false)]
    [InlineData("FC1905", "各项工作要要落实", true)]
    [InlineData("FC1905", "目标的的设定", true)]
    [InlineData("FC1906", "厉行节约，，杜绝浪费", true)]
    [InlineData("FC1906", "厉行节约，。", true)]
    [InlineData("FC1906", "依据《预算法》（2018年修正", true)]
    [InlineData("FC1906", "依据“预算法”（2018年修正）", false)]
    [InlineData("FC1906", "1）压减会议；2）压减培训", false)]
    [InlineData("FC1907", "厉行节约.杜绝浪费", true)]
    [InlineData("FC1907", "厉行节约，杜绝浪费.", true)]
    [InlineData("FC1907", "1.压减会议，2.5万元，见 report.docx", false)]
    [InlineData("FC1907", "严控\\\"三公\\\"经费", true)]
    [InlineData("FC1907", "严控'三公'经费", true)]
    [InlineData("FC1907", "严控“三公”经费，见 'report' 与 \\\"a\\\" 文件", false)]
    [InlineData("FC1908", "较上年减少，主要原因是：。", true)]
    [InlineData("FC1908", "较上年增长/下降 5%", true)]
    [InlineData("FC1908", "较上年减少，原因是会议减少。分析变动原因。", false)]
    [InlineData("FC1909", "（一）压减会议；（三）压减培训", true)]
    [InlineData("FC1909", "1.压减会议。3.压减培训", true)]
    [InlineData("FC1909", "一是压减会议；二是压减培训；三是统一是非标准", false)]
    [InlineData("FC1909", "在6、9、11月，1、2、4月，行政运行（01）事业运行（50）", false)]
    [InlineData("FC1909", "一是加强学习；一是强化落实。", true)]
    [InlineData("FC1909", "1.加强学习；1.强化落实。", true)]
    [InlineData("FC1909", "（1）预算编制不精准；（1）执行不均衡。", true)]
    [InlineData("FC1909", "一、基本情况。三、收支情况。", true)]
    [InlineData("FC1909", "一、基本情况。二、收支情况。二、绩效情况。", true)]
    [InlineData("FC1909", "一、基本情况。二、收支情况。三、绩效情况。", false)]
    [InlineData("FC1909", "一、二月份支出较少，一、二季度进度较慢。", false)]
    [InlineData("FC1911", "公务用车运行维护费40000元", true)]
    [InlineData("FC1911", "补贴标准500元/月，会议费300元", false)]
    [InlineData("FC1911", "按每户10000元标准发放，其中人均补助0.6元，会员费按标准每年20000元缴纳", false)]
    [InlineData("FC1911", "按每户400000元标准发放，其中人均补助10.00元，会员费按标准每年200000元缴纳", false)]
    [InlineData("FC1911", "发放慰问金400000元，补助10.00元", true)]
    public void A_text_rule_fires_exactly_on_its_examples(string code, string text, bool fires)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "reason: 厉行节约", $"reason: \"{text}\"");

        var findings = TestUnits.Check(yaml).Where(d => d.Code == code).ToList();

        Assert.True(fires == findings.Count > 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("- 示例项目资金主要用于：\n          items:\n            - 开展组织活动。\n", false)]
    [InlineData("- 支出减少的原因如下：\n          items:\n            - 会议减少。\n", false)]
    [InlineData("- 示例项目资金主要用于：\n", true)]
    [InlineData("- 示例项目资金主要用于：\n            - 开展组织活动。\n", true)]
    public void A_paragraph_introducing_its_sections_items_is_finished(string paragraphs, bool fires)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "- 示例项目用于开展组织活动。\n", paragraphs);

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1908").ToList();

        Assert.True(fires == findings.Count > 0, string.Join("\n", findings));
    }

    [Fact]
    public void An_out_of_order_enumeration_is_reported_once_and_never_advises_the_label_already_written()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "reason: 厉行节约", "reason: 一是加强学习；三是强化落实；二是抓好整改；三是巩固成果。");

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1909");

        Assert.Contains("“一是”之后是“三是”，应为“二是”", finding.Message);
    }

    [Theory]
    [InlineData("2210201", "主要用于事业单位医疗保险支出", "2101102", true)]
    [InlineData("2210201", "主要用于住房公积金单位缴存，不含事业单位医疗", "2101102", false)]
    [InlineData("2013201", "主要用于离退休人员活动", "2080501", true)]
    [InlineData("2013201", "主要用于划拨工会经费", "2012906", false)]
    [InlineData("2013201", "主要用于职工医疗保险", "2101101", false)]
    [InlineData("2012906", "主要用于划拨工会经费及组织事务相关支出", "2080501", false)]
    [InlineData("2120199", "主要用于其他城乡社区支出", "2129999", false)]
    [InlineData("2120199", "主要用于住房公积金", "2210201", true)]
    public void A_purpose_naming_another_line_of_the_table_and_not_its_own_is_questioned(string code, string purpose, string other, bool fires)
    {
        var lines = $"""
                - code: "{code}"
                  budget: 10.00
                  actual: 10.00
                  project: 10.00
                  purpose: {purpose}
                - code: "{other}"
                  budget: 10.00
                  actual: 10.00
                  project: 10.00
                - code: "2013299"
            """;
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "    - code: \"2013299\"", lines.TrimEnd());

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1910").ToList();

        Assert.True(fires == findings.Count > 0, string.Join("\n", findings));
        Assert.All(findings, d => Assert.Equal(TestUnits.LineOf(yaml, "purpose: " + purpose), d.Span.Line));
    }

    [Theory]
    [InlineData("  organization:\n    internal_units:\n      - 综合科\n", "  organization:\n    internal_units: []\n", false)]
    [InlineData("  organization:\n    internal_units:\n      - 综合科\n", "", true)]
    [InlineData("      annual_goal: 开展组织活动不少于4次。\n", "", true)]
    [InlineData("      annual_goal: 开展组织活动不少于4次。\n", "      annual_goal: \" \"\n", true)]
    [InlineData("        - title: 一、项目概况\n", "        - title: 一、项目资金\n", true)]
    [InlineData("      purpose: 主要用于组织事务方面的其他支出\n", "      purpose: 主要用于组织事务方面的其他支出\n      meaning: \"\"\n", false)]
    [InlineData("- code: \"2013201\"\n", "- code: \"2013201\"\n      meaning: \"\"\n", false)]
    [InlineData("- code: \"2013201\"\n", "- code: \"2013201\"\n      meaning: \" \"\n", false)]
    [InlineData("- 负责本单位组织工作。\n", "- 负责本单位组织工作。\n    - \"\"\n", true)]
    [InlineData("- 负责本单位组织工作。\n", "- 负责本单位组织工作。\n    - \"。\"\n", true)]
    [InlineData("annual_goal: 开展组织活动不少于4次。", "annual_goal: \"。\"", true)]
    [InlineData("performance:\n", "glossary:\n  - term: 专项资金\n    definition: \"\"\nperformance:\n", true)]
    public void Required_texts_are_reported_when_absent_or_blank_but_an_empty_organization_is_a_fact(string old, string replacement, bool fires)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, old, replacement);

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1912").ToList();

        Assert.True(fires == findings.Count > 0, string.Join("\n", findings));
        Assert.All(findings, d => Assert.Equal(Severity.Warning, d.Severity));
    }
}
