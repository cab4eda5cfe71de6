using Fincomp.Audit;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>The text rules of the audit, each with a sentence that recomputes and one that does not.</summary>
public sealed class TextRuleTests
{
    [Theory]
    [InlineData("2023年度收入合计200万元，其中：一般公共预算财政拨款收入150万元，占75%；上级补助收入50万元，占25%。", null)]
    [InlineData("2023年度收入合计200万元，其中：一般公共预算财政拨款收入150万元，占75%；上级补助收入50万元，占26%。", "占26%")]
    [InlineData("2023年度收入合计837.44万元，其中：城乡社区支出55.6万元，占6.66%。", "占6.66%")]
    [InlineData("2023年度收入合计837.44万元，其中：城乡社区支出55.6万元，占6.64%。", null)]
    [InlineData("2023年度收入合计8000000万元，其中：卫生健康支出0.6万元，占0%。", null)]
    public void A_share_recomputes_from_its_part_and_the_total_heading_its_list(string text, string? wrong) =>
        AssertFinding(AuditCodes.Share, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("占本年支出合计的40%", null)]
    [InlineData("占本年支出合计的45%", "占本年支出合计的45%")]
    public void A_named_share_uses_the_amount_of_that_name_printed_before(string share, string? wrong) =>
        AssertFinding(
            AuditCodes.Share,
            wrong,
            Docs.Of(Docs.Text("2023年度本年支出合计500万元。"), Docs.Text($"2023年度一般公共预算财政拨款支出200万元，{share}。")));

    [Theory]
    [InlineData("收、支总计均为837.44万元。与2022年度相比，收、支总计各减少54.15万元，下降6.07%。", null)]
    [InlineData("收、支总计均为837.44万元。与2022年度相比，收、支总计各减少54.15万元，下降6.7%。", "减少54.15万元，下降6.7%")]
    [InlineData("机关运行经费支出90.37万元，比2022年度增加23.17万元，增长34.48%。", null)]
    [InlineData("机关运行经费支出90.37万元，比2022年度增加23.17万元，下降34.48%。", "增加23.17万元，下降34.48%")]
    [InlineData("收入总计120万元，支出总计80万元。与2022年度相比，收入总计增加20万元，增长20%，支出总计减少20万元，下降20%。", null)]
    [InlineData("收入总计120万元，支出总计80万元。与2022年度相比，收入总计增加20万元，增长20%，支出总计减少20万元，下降25%。", "减少20万元，下降25%")]
    [InlineData("3.公务接待费支出1.85万元，全年预算数为0万元。公务接待费支出决算比2022年度减少5.85万元，下降75.97%。", null)]
    [InlineData("3.公务接待费支出1.85万元，全年预算数为0万元。公务接待费支出决算比2022年度减少5.85万元，下降70.97%。", "减少5.85万元，下降70.97%")]
    [InlineData("公务接待费支出1.85万元，全年预算数为0万元，比2022年度减少5.85万元，下降75.97%。", null)]
    public void A_change_has_agreeing_verbs_and_a_percentage_that_recomputes(string text, string? wrong) =>
        AssertFinding(AuditCodes.Change, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("党群部下设5个部门，分别为：综合群团组、党建组、干部人才组、宣传统战组、工资编制组。", null)]
    [InlineData("党群部下设6个部门，分别为：综合群团组、党建组、干部人才组、宣传统战组、工资编制组。", "下设6个")]
    public void A_stated_count_matches_the_items_listed(string text, string? wrong) =>
        AssertFinding(AuditCodes.Count, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("人员经费98.12万元。", null)]
    [InlineData("人员经费98.13万元。", "人员经费98.13万元")]
    public void A_named_quantity_agrees_with_its_table_cell(string text, string? wrong) =>
        AssertFinding(
            AuditCodes.TwoValues,
            wrong,
            Docs.Of(
                Docs.Text(text),
                Docs.Table("一般公共预算财政拨款基本支出决算表", 1, "科目编码\t科目名称\t决算数", "人员经费合计\t\t98.12")));

    [Fact]
    public void A_named_quantity_has_one_value_wherever_the_text_prints_it()
    {
        AssertFinding(AuditCodes.TwoValues, null, Docs.Of(Docs.Text("2023年度基本支出2336.91万元。"), Docs.Text("其中：基本支出2336.91万元，占50%。")));
        AssertFinding(AuditCodes.TwoValues, "基本支出2336.92万元", Docs.Of(Docs.Text("2023年度基本支出2336.91万元。"), Docs.Text("其中：基本支出2336.92万元。")));
    }

    [Fact]
    public void An_attachment_is_compared_within_itself()
    {
        var document = Docs.Of(
            Docs.Text("2023年度基本支出188.49万元。"),
            new Document.Heading(Document.HeadingLevel.Title, "2023年整体支出绩效自评报告"),
            Docs.Text("2023年度基本支出100万元。"));

        Assert.Empty(AuditedBuild.Audit(document));
    }

    [Theory]
    [InlineData("2010301", "7.5", null)]
    [InlineData("2010301", "7.6", "支出决算为7.6万元")]
    public void A_科目_line_agrees_with_its_row_of_the_general_budget_table(string code, string amount, string? wrong)
    {
        var text = $"1.一般公共服务支出（201）政府办公厅（室）及相关机构事务（03）行政运行（01）：支出决算为{amount}万元，完成预算100%。";
        var table = Docs.Table("一般公共预算财政拨款支出决算表", 1, "科目编码\t科目名称\t合计\t基本支出\t项目支出", $"{code}\t行政运行\t7.50\t7.50\t0.00");

        AssertFinding(AuditCodes.TwoValues, wrong, Docs.Of(Docs.Text(text), table));
    }

    [Theory]
    [InlineData("96", null)]
    [InlineData("86", "综合评分为86分")]
    public void A_project_score_agrees_with_the_total_of_its_form(string score, string? wrong)
    {
        var form = Docs.Table("部门预算项目支出绩效自评表（2023年度）", 0, "一级指标\t权重\t得分", "产出指标\t60\t56", "效益指标\t40\t40", "合计\t100\t96");

        AssertFinding(AuditCodes.TwoValues, wrong, Docs.Of(Docs.Text($"最终得出项目综合评分为{score}分（总分为100分）。"), form));
    }

    [Theory]
    [InlineData("2023年度机关运行经费支出90.37万元。", null)]
    [InlineData("2023年度机关运行经费支出XX万元。", "XX")]
    [InlineData("主要原因是待填写。", "待填写")]
    [InlineData("×××部门2023年度无政府采购支出。", "××")]
    [InlineData("主要原因是人员增加。。", "。。")]
    [InlineData("Excel 与 XXL 不是占位符。", null)]
    public void A_placeholder_or_doubled_punctuation_is_found(string text, string? wrong) =>
        AssertFinding(AuditCodes.Placeholder, wrong, Docs.Of(Docs.Text(text)));

    private static void AssertFinding(string code, string? quoted, Document.ReportDocument document)
    {
        var findings = AuditedBuild.Audit(document);
        if (quoted is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(code, finding.Code);
        Assert.Contains(quoted, finding.Place.Quote + finding.Message, StringComparison.Ordinal);
    }
}
