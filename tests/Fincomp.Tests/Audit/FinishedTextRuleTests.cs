using Fincomp.Audit;
using Fincomp.Document;
using Fincomp.Import;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>What only a finished text gets wrong: each rule with a document it passes and one it fails.</summary>
public sealed class FinishedTextRuleTests
{
    [Theory]
    [InlineData("第二部分 2023年度单位决算情况说明", "截至2023年12月31日，共有车辆0辆。", null)]
    [InlineData("第二部分 2022年度单位决算情况说明", "截至2023年12月31日，共有车辆0辆。", "2022年度")]
    [InlineData("第二部分 2023年度单位决算情况说明", "截至2022年12月31日，共有车辆0辆。", "截至2022年12月31日")]
    [InlineData("第二部分 2023年度单位决算情况说明", "与2022年度相比，收、支总计均减少。", null)]
    public void Headings_and_the_year_end_name_the_report_year(string heading, string text, string? wrong) =>
        AssertFinding(
            AuditCodes.Year,
            wrong,
            new ReportDocument("单位2023年度部门决算", [new Heading(HeadingLevel.Title, "单位2023年度部门决算"), new Heading(HeadingLevel.Part, heading), Docs.Text(text)]));

    [Fact]
    public void A_wrong_year_on_the_cover_is_the_one_blamed_when_the_headings_agree_on_another()
    {
        var document = new ReportDocument("单位2022年度部门决算",
        [
            new Heading(HeadingLevel.Title, "单位2022年度部门决算"),
            new Heading(HeadingLevel.Part, "第一部分 2023年度单位概况"),
            new Heading(HeadingLevel.Part, "第二部分 2023年度单位决算情况说明"),
            Docs.Text("截至2023年12月31日，本单位共有在职人员10人。"),
            Docs.Table("2023年度收入决算表", 1, "项目\t决算数", "合计\t0.00"),
        ]);

        AssertFinding(AuditCodes.Year, "2022年度”写的是2022年，本报告是2023年度决算", document);
    }

    [Fact]
    public void A_table_title_names_the_report_year() =>
        AssertFinding(
            AuditCodes.Year,
            "2022年度",
            new ReportDocument("单位2023年度部门决算", [new Heading(HeadingLevel.Title, "单位2023年度部门决算"), Docs.Table("项目支出绩效自评表（2022年度）", 1, "指标\t分值", "产出\t50")]));

    [Fact]
    public void A_report_with_a_tables_part_prints_all_nine_tables()
    {
        var tables = TableTitles.All.Select(t => (Block)Docs.Table(t.Title, 1, "项目\t决算数", "合计\t0.00")).ToList();
        var part = new Heading(HeadingLevel.Part, "第五部分 附表");

        AssertFinding(AuditCodes.MissingTable, null, Docs.Of([part, .. tables]));
        AssertFinding(AuditCodes.MissingTable, "政府性基金预算财政拨款收入支出决算表", Docs.Of([part, .. tables.Where(t => ((Table)t).Title != "政府性基金预算财政拨款收入支出决算表")]));
        Assert.Equal(9, AuditedBuild.Audit(Docs.Of(part, Docs.Text("本部门无附表。"))).Count(f => f.Code == AuditCodes.MissingTable));
    }

    [Fact]
    public void A_single_table_without_a_tables_part_asks_for_no_others() =>
        AssertFinding(AuditCodes.MissingTable, null, Docs.Of(Docs.Table("收入决算表", 1, "项目\t决算数", "合计\t0.00")));

    [Theory]
    [InlineData("机关运行经费支出90.37万元，比2022年度增加23.17万元，增长34.48%。", null)]
    [InlineData("机关运行经费支出23.17万元，比2022年度增加23.17万元，增长100%。", "增长100%")]
    public void An_increase_from_nothing_has_no_growth_rate(string text, string? wrong) =>
        AssertFinding(AuditCodes.Change, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("公务接待费支出0万元，未安排预算，与2022年度持平。", null)]
    [InlineData("公务接待费支出5万元，年初预算为5万元，完成年初预算的100%。", null)]
    [InlineData("公务接待费支出5万元，年初预算为0万元，完成年初预算的100%。", "完成年初预算的100%")]
    [InlineData("公务接待费支出0万元，未安排预算，完成预算100%。", "完成预算100%")]
    public void A_completion_rate_needs_a_budget(string text, string? wrong) =>
        AssertFinding(AuditCodes.Completion, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("与2022年度相比，公务接待费支出持平。", null)]
    [InlineData("公务接待费支出决算比2022年度减少0万元，下降0%。", "减少0万元")]
    public void No_change_is_written_as_level(string text, string? wrong) =>
        AssertFinding(AuditCodes.Change, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("32.灾害防治及应急管理支出（224）应急管理事务（01）行政运行（01）：支出决算为0.5万元。", null)]
    [InlineData("32.灾害防治及应急管理支出（224）支应急管理事务（01）行政运行（01）：支出决算为0.5万元。", "支应急管理事务")]
    [InlineData("主要用于一般公共服务支出（201）政府办公厅（室）及相关机构事务（03）行政运行（01）。", null)]
    [InlineData("一般公共服务支出（201）政府办公厅（室）及相关机构事务（03）行政运转（01）。", "行政运转")]
    public void A_subject_printed_with_its_code_has_the_name_of_the_year_table(string text, string? wrong) =>
        AssertFinding(AuditCodes.SubjectName, wrong, new ReportDocument("单位2023年度部门决算", [new Heading(HeadingLevel.Title, "单位2023年度部门决算"), Docs.Text(text)]));

    [Theory]
    [InlineData("2240101\t行政运行\t0.50", null)]
    [InlineData("2240101\t行政运转\t0.50", "行政运转")]
    public void A_table_row_has_the_name_of_its_code(string row, string? wrong) =>
        AssertFinding(AuditCodes.SubjectName, wrong, Docs.Of(Docs.Table("支出决算表", 1, "科目编码\t科目名称\t合计", row)));

    [Theory]
    [InlineData("项目综合评分为100分（总分为100分）。", "自评总分为满分。", null)]
    [InlineData("项目综合评分为96分（总分为100分）。", "自评总分为满分。", "满分")]
    [InlineData("项目综合评分为96分（总分为100分）。", "自评得分为96分。", null)]
    public void A_score_called_full_marks_is_the_full_mark(string score, string claim, string? wrong) =>
        AssertFinding(AuditCodes.FullMarks, wrong, Docs.Of(Docs.Text(score), Docs.Text(claim)));

    private static void AssertFinding(string code, string? quoted, ReportDocument document)
    {
        var findings = DocumentAuditor.AuditFinished(document).Where(f => f.Code == code).ToList();
        if (quoted is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Contains(quoted, finding.Place.Quote + finding.Message, StringComparison.Ordinal);
    }
}
