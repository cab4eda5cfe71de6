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

    [Theory]
    [InlineData("2024年整体支出绩效自评报告", null)]
    [InlineData("2023年整体支出绩效自评报告", "2023年")]
    [InlineData("三、2023年绩效自评情况", "2023年")]
    [InlineData("三、2023年工作开展情况", null)]
    public void A_self_evaluation_title_names_the_report_year_even_without_年度(string heading, string? wrong) =>
        AssertFinding(
            AuditCodes.Year,
            wrong,
            new ReportDocument("单位2024年度部门决算",
            [
                new Heading(HeadingLevel.Title, "单位2024年度部门决算"),
                new Heading(HeadingLevel.Part, "第二部分 2024年度单位决算情况说明"),
                Docs.Text("与2023年度相比，收、支总计均减少。"),
                new Heading(HeadingLevel.Section, heading),
            ]));

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

    [Fact]
    public void Full_marks_claimed_in_a_form_cell_meet_the_forms_total_score()
    {
        var form = Docs.Table("项目支出绩效自评表", 1, "指标\t权重\t得分", "产出\t60\t60", "效益\t40\t36", "合计\t100\t96", "评价结论\t总分为满分。");

        AssertFinding(AuditCodes.FullMarks, "96", Docs.Of(form));
        AssertFinding(AuditCodes.FullMarks, null, Docs.Of(Docs.Table("项目支出绩效自评表", 1, "指标\t权重\t得分", "合计\t100\t100", "评价结论\t总分为满分。")));
    }

    [Theory]
    [InlineData("（6）其它费用3.98万元，包括兰井村帮扶资金1万元；保修金2.78万元；会费2万元。", "其它费用3.98万元")]
    [InlineData("（6）其它费用5.78万元，包括兰井村帮扶资金1万元；保修金2.78万元；会费2万元。", null)]
    [InlineData("（6）其它费用3.98万元，包括兰井村帮扶资金1万元；保修金2.78万元等。", null)]
    public void Items_listed_after_a_total_add_up_to_it(string text, string? wrong) =>
        AssertFinding(AuditCodes.DetailSum, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("政府采购支出总额139万元，其中：货物支出21万元、工程支出0万元、服务支出108万元。", "政府采购支出总额139万元")]
    [InlineData("政府采购支出总额129万元，其中：货物支出21万元、工程支出0万元、服务支出108万元。", null)]
    [InlineData("支出合计139万元，其中：基本支出21万元，占15.11%；项目支出108万元，占77.70%。", null)]
    [InlineData("政府采购支出总额139万元，其中：货物支出21万元、服务支出108万元，授予中小企业合同金额95万元。", null)]
    public void Parts_joined_by_a_list_comma_after_qizhong_add_up_to_their_total(string text, string? wrong) =>
        AssertFinding(AuditCodes.DetailSum, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("“三公”经费财政拨款支出年初预算为55.5万元，支出决算为52.25万元，完成预算的96.14%。", "完成预算的96.14%")]
    [InlineData("“三公”经费财政拨款支出年初预算为55.5万元，支出决算为52.25万元，完成预算的94.14%。", null)]
    [InlineData("年初预算为55.5万元，支出决算为52.25万元，完成预算的94.14%，其中：因公出国（境）费支出决算为6.8万元，完成预算的85.00%。", null)]
    [InlineData("年初预算为55.5万元。支出决算为52.25万元，完成预算的96.14%。", null)]
    public void A_completion_rate_recomputes_from_the_budget_printed_right_before_its_actual(string text, string? wrong) =>
        AssertFinding(AuditCodes.Completion, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("3.98", null)]
    [InlineData("5.78", "实际支出5.78万元")]
    public void Numbered_paragraphs_after_a_total_add_up_to_it(string total, string? wrong) =>
        AssertFinding(AuditCodes.DetailSum, wrong, Docs.Of(
            Docs.Text($"项目资金实际支出{total}万元。具体开支范围包括："),
            Docs.Text("（1）征订报刊杂志1万元。"),
            Docs.Text("（2）会议费2.98万元。"),
            Docs.Text("三、项目绩效情况")));

    [Fact]
    public void A_sentence_listing_parts_before_numbered_paragraphs_is_not_their_total()
    {
        // The last part (公务接待费1.85) is not the total of the numbered items; the shares sentence checks the parts.
        var document = Docs.Of(
            Docs.Text("“三公”经费财政拨款支出决算中，因公出国（境）费支出决算6.8万元，占13.01%；公务用车购置及运行维护费支出决算43.6万元，占83.44%；公务接待费支出决算1.85万元，占3.54%。具体情况如下："),
            Docs.Text("1、因公出国（境）费支出6.8万元。"),
            Docs.Text("2、公务用车购置及运行维护费支出43.6万元。其中："),
            Docs.Text("公务用车购置支出为25万元。"),
            Docs.Text("3、公务接待费支出1.85万元。"));

        AssertFinding(AuditCodes.DetailSum, null, document);
    }

    [Theory]
    [InlineData("支出决算为156.2万元，完成预算91.88%。决算数小于预算数的主要原因是结余收回。", null)]
    [InlineData("支出决算为156.2万元，完成预算91.88%。决算数大于预算数的主要原因是结余收回。", "决算数大于预算数")]
    [InlineData("支出决算为156.2万元，完成预算100%。决算数等于预算数。", null)]
    [InlineData("支出决算为156.2万元，完成预算112%。决算数与预算数持平。", "持平")]
    [InlineData("支出决算为0万元，未安排预算。决算数小于预算数的主要原因是未发生支出。", "应为决算数等于预算数")]
    public void Greater_less_or_equal_follows_the_figures(string text, string? wrong) =>
        AssertFinding(AuditCodes.Comparison, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("公务接待费支出5万元，上年支出5万元，与上年持平。", null)]
    [InlineData("公务接待费支出5.00万元，2022年度支出5万元，与2022年度持平。", null)]
    [InlineData("公务接待费支出0万元，与2022年度持平。", null)]
    [InlineData("公务接待费支出5万元，上年支出4.5万元，与上年基本持平。", null)]
    [InlineData("公务接待费支出5万元，上年支出4.5万元，与上年持平。", "本年5万元，上年4.5万元，增加0.5万元")]
    [InlineData("公务接待费支出4万元，上年度为4.5万元，与上年度持平。", "减少0.5万元，不是持平")]
    [InlineData("公务接待费支出5万元，2022年度支出6万元，与2022年度持平。", "“与2022年度持平”")]
    [InlineData("公务接待费支出5万元，比上年增加0.5万元，同比持平。", "变动额为增加0.5万元")]
    [InlineData("公务接待费支出5万元，比上年持平，增长10%。", "变动幅度为增长10%")]
    [InlineData("公务接待费支出5万元，比上年增加0.5万元。公务用车运行维护费支出3万元，同比持平。", null)]
    [InlineData("收入增加0.5万元，支出与上年持平。", null)]
    [InlineData("支出与上年持平，收入增加0.5万元，增长5%。", null)]
    [InlineData("收入总计10.5万元，比上年增加0.5万元，增长5%，支出总计8万元，同比持平。", null)]
    [InlineData("公务接待费支出5万元，上年支出4.5万元，公务用车运行维护费支出3万元，与上年持平。", null)]
    [InlineData("支出增加0.5万元，与上年持平。", "变动额为增加0.5万元")]
    [InlineData("收入增加0.5万元，支出与上年持平，增加0.3万元。", "变动额为增加0.3万元")]
    [InlineData("公务接待费支出5万元，未安排预算，上年支出4.5万元，与上年持平。", "本年5万元，上年4.5万元")]
    public void Level_with_last_year_follows_the_sentences_figures(string text, string? wrong) =>
        AssertFinding(AuditCodes.Comparison, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("支出总计8万元，收入总计增加0.5万元，增长5%。", null)]
    [InlineData("支出总计8万元，比上年增加0.5万元，增长5%。", "变动幅度应为6.67%")]
    [InlineData("支出总计8万元。比上年增加0.5万元，增长5%。", "变动幅度应为6.67%")]
    public void A_change_is_measured_from_its_own_subjects_amount(string text, string? wrong) =>
        AssertFinding(AuditCodes.Change, wrong, Docs.Of(Docs.Text(text)));

    [Theory]
    [InlineData("其中：因公出国（境）费支出决算为6.8万元，完成预算的85.00%。", null)]
    [InlineData("其中：因公出国（境）费支出决算为6.8万元，完成预算的90.00%。", "完成率应为85%")]
    [InlineData("公务接待费支出决算为3万元，完成预算的100%。", "完成率应为75%")]
    [InlineData("公务接待费支出决算为3万元，完成预算的75%。", null)]
    public void A_completion_rate_whose_budget_only_the_table_prints_recomputes_from_that_row(string text, string? wrong) =>
        AssertFinding(AuditCodes.Completion, wrong, Docs.Of(
            Docs.Text(text),
            Docs.Table("一般公共预算财政拨款“三公”经费支出决算表", 1, "项目\t预算数\t决算数", "合计\t12.00\t9.80", "因公出国（境）费\t8.00\t6.80", "公务接待费\t4.00\t3.00")));

    [Fact]
    public void A_completion_rate_in_a_table_laid_out_across_recomputes_from_its_own_headings_budget()
    {
        // The Shanghai layout: each quantity a heading over its 预算数 and 决算数, one row of figures.
        var table = new Table(
            [
                Docs.Row(Docs.Cell("合计", 2), Docs.Cell("因公出国（境）费", 2), Docs.Cell("公务接待费", 2)),
                Docs.Row(Docs.Cell("预算数"), Docs.Cell("决算数"), Docs.Cell("预算数"), Docs.Cell("决算数"), Docs.Cell("预算数"), Docs.Cell("决算数")),
                Docs.Row(Docs.Cell("12.00"), Docs.Cell("9.80"), Docs.Cell("8.00"), Docs.Cell("6.80"), Docs.Cell("4.00"), Docs.Cell("3.00")),
            ],
            2,
            [])
        {
            Title = "一般公共预算财政拨款“三公”经费支出决算表",
        };

        AssertFinding(AuditCodes.Completion, "完成率应为85%", Docs.Of(Docs.Text("因公出国（境）费支出决算为6.8万元，完成预算的80%。"), table));
        AssertFinding(AuditCodes.Completion, null, Docs.Of(Docs.Text("因公出国（境）费支出决算为6.8万元，完成预算的85%。"), table));
    }

    [Theory]
    [InlineData("支出决算为12万元，预算数为0万元，完成预算100%。", "完成预算100%")]
    [InlineData("“三公”经费财政拨款支出决算为0万元，完成预算0%。", "预算数为0")]
    [InlineData("“三公”经费财政拨款支出决算为0万元，未安排预算。", null)]
    public void A_zero_budget_in_words_or_only_in_its_table_has_no_completion_rate(string text, string? wrong) =>
        AssertFinding(AuditCodes.Completion, wrong, Docs.Of(
            Docs.Text(text),
            Docs.Table("一般公共预算财政拨款“三公”经费支出决算表", 1, "项目\t预算数\t决算数", "合计\t0.00\t0.00")));

    [Theory]
    [InlineData("编制单位：某某局", null)]
    [InlineData("编制单位：某局", "某局")]
    [InlineData("说明：某局本年度没有“三公”经费财政拨款支出，故本表无数据。", "某局")]
    public void The_unit_is_named_as_its_title_names_it(string line, string? wrong) =>
        AssertFinding(AuditCodes.UnitName, wrong, new ReportDocument("某某局2023年度部门决算", [new Heading(HeadingLevel.Title, "某某局2023年度部门决算"), Docs.Text(line)]));

    [Theory]
    [InlineData(1, "单位名称\t备注")]
    [InlineData(0, "序号\t单位名称\t备注")]
    public void A_row_of_column_headings_is_not_a_unit_name(int headerRows, string headings)
    {
        var rows = headerRows == 1 ? new[] { headings, "某某局（本级）\t行政单位" } : [headings, "1\t某某局执法总队\t行政单位"];
        var document = new ReportDocument("某某局2023年度部门决算", [new Heading(HeadingLevel.Title, "某某局2023年度部门决算"), Docs.Table("", headerRows, rows)]);

        Assert.DoesNotContain(DocumentAuditor.AuditFinished(document), f => f.Code == AuditCodes.UnitName);
    }

    [Fact]
    public void A_form_cell_after_its_unit_name_label_is_still_checked() =>
        AssertFinding(AuditCodes.UnitName, "某局", new ReportDocument("某某局2023年度部门决算", [new Heading(HeadingLevel.Title, "某某局2023年度部门决算"), Docs.Table("", 1, "项目名称\t执法装备", "单位名称\t某局")]));

    [Fact]
    public void Full_width_figures_are_read_as_figures()
    {
        var document = Docs.Of(Docs.Text("本年支出合计８３７．４４万元，其中：基本支出１８８．４９万元，占２２．５２％；项目支出６４８．９５万元，占７７．４９％。党群部下设６个部门，分别为：甲、乙、丙、丁、戊。"));

        AssertFinding(AuditCodes.Share, "22.52%", document);
        AssertFinding(AuditCodes.Count, "下设6个", document);
    }

    [Fact]
    public void A_misspelt_subject_repeated_through_the_report_is_one_finding_with_its_count()
    {
        var lines = Enumerable.Range(1, 38).Select(i => (Block)Docs.Text($"{i}.一般公共服务（201）人大事务（01）行政运行（01）：支出决算为1万元。")).ToArray();

        var finding = Assert.Single(DocumentAuditor.AuditFinished(Docs.Of(lines)), f => f.Code == AuditCodes.SubjectName);
        Assert.Contains("共出现38处", finding.Message, StringComparison.Ordinal);
        Assert.Equal(37, finding.Related.Count);
    }

    [Fact]
    public void An_amount_changed_inside_a_list_is_an_amount_error_not_a_share_error()
    {
        var document = Docs.Of(
            Docs.Text("本年支出合计837.44万元，其中：基本支出188.59万元，占22.51%；项目支出648.95万元，占77.49%。"),
            Docs.Table("支出决算表", 1, "项目\t合计\t基本支出\t项目支出", "合计\t837.44\t188.49\t648.95"));

        AssertFinding(AuditCodes.TwoValues, "188.59", document);
        AssertFinding(AuditCodes.Share, null, document);
    }

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
