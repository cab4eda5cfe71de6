using Fincomp.Audit;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// A score is compared with the form of its own report (the one after it), not with the first form of the attachment;
/// a finished document's comparison years ("与X年度相比") name the year before the report's.
/// </summary>
public sealed class OwnFormAndComparisonYearTests
{
    [Theory]
    [InlineData("84.6", "96", null)]
    [InlineData("84.6", "86", "绩效评分为86分")]
    public void A_score_is_compared_with_the_form_that_follows_it(string overall, string project, string? wrong)
    {
        var document = Docs.Of(
            Docs.Text($"整体支出绩效评分为{overall}分。"),
            Docs.Table("（2023年度）", 0, "一级指标\t权重", "产出指标\t84.6", "合计\t84.6"),
            Docs.Text($"项目绩效评分为{project}分。"),
            Docs.Table("部门预算项目支出绩效自评表（2023年度）", 0, "一级指标\t权重\t得分", "产出指标\t60\t56", "效益指标\t40\t40", "合计\t100\t96"));

        var findings = DocumentAuditor.AuditFinished(document).Where(f => f.Code == AuditCodes.TwoValues).ToList();

        if (wrong is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(wrong, Assert.Single(findings).Place.Quote);
        }
    }

    [Theory]
    [InlineData("与2023年度相比，收入总计增加20万元。", null)]
    [InlineData("比2023年度增加20万元。", null)]
    [InlineData("决算数与2024年度预算数相比增加20万元。", null)]
    [InlineData("比2024年初预算增加20万元。", null)]
    [InlineData("与2022年度相比，收入总计增加20万元。", "与2022年度")]
    [InlineData("收入较2022年增加20万元。", "较2022年")]
    public void A_comparison_in_the_text_names_the_year_before_the_report(string text, string? wrong)
    {
        var document = Docs.Of(new Heading(HeadingLevel.Part, "第二部分 2024年度部门决算情况说明"), Docs.Text(text));

        var findings = DocumentAuditor.AuditFinished(document).Where(f => f.Code == AuditCodes.Year).ToList();

        if (wrong is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal(wrong, finding.Place.Quote);
            Assert.Contains("应与上年（2023年）比较", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_build_is_not_held_to_the_comparison_years_of_its_clerk_texts() =>
        Assert.DoesNotContain(
            DocumentAuditor.Audit(Docs.Of(new Heading(HeadingLevel.Part, "第二部分 2024年度部门决算情况说明"), Docs.Text("收入较2019年增加20万元。"))),
            f => f.Code == AuditCodes.Year);
}
