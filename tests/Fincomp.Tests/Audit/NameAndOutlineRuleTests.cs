using Fincomp.Audit;
using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Import;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// The unit's full name wherever a finished report states it (FC2016), the numbering of its headings (FC2020), and a
/// missing table of the Shanghai template named by that template's title where it should stand (FC2010).
/// </summary>
public sealed class NameAndOutlineRuleTests
{
    private const string Name = "四川某市某某区财政局";

    [Theory]
    [InlineData("第一部分 四川某市某某区财政局概况", null)]
    [InlineData("第一部分 四川某市某区财政局概况", "四川某市某区财政局")]
    [InlineData("第二部分 四川某市某区财政局2023年度部门决算表", "四川某市某区财政局")]
    [InlineData("第二部分 某市财政局2023年度部门决算表", "某市财政局")]
    [InlineData("第二部分 2023年度部门决算情况说明", null)]
    public void A_heading_names_the_unit_as_its_title_does(string heading, string? wrong) =>
        AssertFinding(AuditCodes.UnitName, wrong, Report(new Heading(HeadingLevel.Part, heading)));

    [Theory]
    [InlineData("2023年度，四川某市某某区财政局机关运行经费支出5万元。", null)]
    [InlineData("2023年度，财政局机关运行经费支出5万元。", null)]
    [InlineData("2023年度，四川某市某区财政局机关运行经费支出5万元。", "四川某市某区财政局")]
    [InlineData("四川某市某区财政局主要职责是：管理全区财政收支。", "四川某市某区财政局")]
    [InlineData("四川某市某某区管理委员会是本局的主管部门。", null)]
    [InlineData("四川某市某某区财政局（本级）为行政单位。", null)]
    public void A_sentence_that_states_the_full_name_states_the_titles_name(string text, string? wrong) =>
        AssertFinding(AuditCodes.UnitName, wrong, Report(Docs.Text(text)));

    [Theory]
    [InlineData(1, "部门名称\t四川某市某区财政局", "四川某市某区财政局")]
    [InlineData(2, "主管部门\t四川某市某区财政局\t实施单位（盖章）\t四川某市某某区财政局", null)]
    [InlineData(2, "主管部门\t四川某市某某区财政局\t实施单位（盖章）\t四川某市某区财政局", "四川某市某区财政局")]
    [InlineData(1, "序号\t单位名称\t备注", null)]
    [InlineData(0, "1\t四川某市某区财政局（本级）\t行政单位", "四川某市某区财政局")]
    public void A_form_or_list_cell_names_the_unit_as_its_title_does_but_a_parent_is_not_compared(int headerRows, string row, string? wrong) =>
        AssertFinding(AuditCodes.UnitName, wrong, Report(Docs.Table("部门整体支出绩效目标自评表（2023年度）", headerRows, row, "年度预算\t10.00")));

    [Fact]
    public void A_name_written_otherwise_is_found_once_in_its_paragraph()
    {
        var findings = DocumentAuditor.AuditFinished(Report(Docs.Text("编制单位：四川某市某区财政局"))).Where(f => f.Code == AuditCodes.UnitName).ToList();

        Assert.Equal("四川某市某区财政局", Assert.Single(findings).Place.Quote);
    }

    [Theory]
    [InlineData(new[] { "第一部分 概况", "第二部分 决算情况说明", "第三部分 名词解释" }, null)]
    [InlineData(new[] { "第一部分 概况", "第三部分 名词解释" }, "“第一部分”之后是“第三部分”，缺少“第二部分”")]
    [InlineData(new[] { "八、政府性基金", "九、国有资本", "十、其他事项" }, null)]
    [InlineData(new[] { "七、三公经费", "八、政府性基金", "十、其他事项" }, "“八、”之后是“十、”，缺少“九、”")]
    [InlineData(new[] { "一、收入", "（一）总体", "（二）结构", "二、支出", "（一）总体" }, null)]
    [InlineData(new[] { "一、收入", "（一）总体", "（三）结构" }, "缺少“（二）”")]
    [InlineData(new[] { "一、收入", "二、支出", "第二部分 说明", "一、收入" }, null)]
    [InlineData(new[] { "第一部分 概况", "第二部分 说明", "第一部分 概况", "第二部分 说明" }, null)]
    [InlineData(new[] { "一、收入", "二、支出", "财政拨款说明", "四、其他" }, "缺少“三、”")]
    [InlineData(new[] { "第一部分 概况", "第四部分 附件" }, "缺少“第二部分”、“第三部分”")]
    [InlineData(new[] { "一、收入", "（二）结构" }, "第一个标题是“（二）”，缺少“（一）”")]
    [InlineData(new[] { "一、收入", "（一）总体", "二、支出", "（二）结构" }, "第一个标题是“（二）”，缺少“（一）”")]
    [InlineData(new[] { "一、收入", "正文", "（三）结构" }, "缺少“（一）”、“（二）”")]
    [InlineData(new[] { "一、收入", "（一）总体", "二、支出", "（一）总体" }, null)]
    public void Numbered_headings_count_on_without_a_gap(string[] headings, string? wrong)
    {
        var blocks = headings.Select(h => (Block)new Heading(Fincomp.Audit.Reading.ReadStructure.LevelByNumbering(h) ?? HeadingLevel.Section, h)).ToArray();

        AssertFinding(AuditCodes.HeadingGap, wrong, Docs.Of(blocks));
    }

    [Theory]
    [InlineData("八、政府性基金预算财政拨款收入支出决算情况说明（本部门本年度没有政府性基金预算财政拨款收入和支出）", "九、国有资本经营预算", null)]
    [InlineData("八、政府性基金预算支出决算情况说明·························5", "九、国有资本经营预算", null)]
    [InlineData("本部门本年度没有政府性基金预算财政拨款收入和支出。", "九、国有资本经营预算", "缺少“八、”")]
    [InlineData("八、政府性基金预算：指…。", "十、其他重要事项", "“八、”之后是“十、”")]
    public void A_numbered_paragraph_counts_but_is_never_the_finding(string between, string next, string? wrong) =>
        AssertFinding(AuditCodes.HeadingGap, wrong, Docs.Of(new Heading(HeadingLevel.Section, "七、三公经费"), Docs.Text(between), new Heading(HeadingLevel.Section, next)));

    [Theory]
    [InlineData("二、支出决算：指单位为保障机构正常运转而发生的支出。", null)]
    [InlineData("二、支出", null)]
    [InlineData("四、支出", "缺少“二、”、“三、”")]
    public void A_short_numbered_sentence_read_as_a_heading_is_a_list_item(string item, string? wrong) =>
        AssertFinding(AuditCodes.HeadingGap, wrong, Docs.Of(new Heading(HeadingLevel.Section, "一、收入"), new Heading(HeadingLevel.Section, item), new Heading(HeadingLevel.Section, "五、结余：指年末结转和结余的资金。")));

    [Fact]
    public void A_numbered_heading_read_as_a_tables_title_counts()
    {
        var blocks = new Block[] { new Heading(HeadingLevel.Section, "一、收入"), Docs.Table("（一）收入支出决算总表", 1, "项目\t决算数", "合计\t0.00"), new Heading(HeadingLevel.Subsection, "（二）收入决算表") };

        AssertFinding(AuditCodes.HeadingGap, null, Docs.Of(blocks));
        AssertFinding(AuditCodes.HeadingGap, "缺少“（一）”", Docs.Of(blocks[0], Docs.Table("收入支出决算总表", 1, "项目\t决算数", "合计\t0.00"), blocks[2]));
    }

    [Fact]
    public void A_new_title_starts_the_count_again()
    {
        var attachment = Docs.Of(
            new Heading(HeadingLevel.Section, "三、绩效管理"),
            new Heading(HeadingLevel.Section, "四、评价结论"),
            new Heading(HeadingLevel.Title, "2023年项目支出绩效自评报告"),
            new Heading(HeadingLevel.Section, "二、资金情况"),
            new Heading(HeadingLevel.Section, "四、评价结论"));

        var finding = Assert.Single(DocumentAuditor.AuditFinished(attachment), f => f.Code == AuditCodes.HeadingGap);

        Assert.Equal(5, finding.Place.BlockIndex);
        Assert.Equal("四、评价结论", finding.Place.Quote);
    }

    [Fact]
    public void A_shanghai_report_missing_its_three_public_table_names_its_own_title_before_the_next_table()
    {
        var part = new Heading(HeadingLevel.Part, "第二部分 上海市某局2024年度部门决算表");
        var tables = ShanghaiTables().Where(t => t.Title != StandardTableTitles.ThreePublicShanghai).ToArray();

        var finding = Assert.Single(DocumentAuditor.AuditFinished(Docs.Of([part, .. tables])), f => f.Code == AuditCodes.MissingTable);

        Assert.Contains($"缺少第7张公开表“{StandardTableTitles.ThreePublicShanghai}”（应在表“{StandardTableTitles.GovernmentFund}”之前）", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("一般公共预算财政拨款“三公”", finding.Message, StringComparison.Ordinal);
        Assert.Equal(StandardTableTitles.GovernmentFund, finding.Place.Quote);
        Assert.Equal(1 + Array.IndexOf(tables, tables.Single(t => t.Title == StandardTableTitles.GovernmentFund)) + 1, finding.Place.BlockIndex);
    }

    [Fact]
    public void The_last_table_missing_is_found_after_the_one_before_it()
    {
        var part = new Heading(HeadingLevel.Part, "第二部分 上海市某局2024年度部门决算表");
        var tables = ShanghaiTables().Where(t => t.Title != StandardTableTitles.StateCapital).ToArray();

        var finding = Assert.Single(DocumentAuditor.AuditFinished(Docs.Of([part, .. tables])), f => f.Code == AuditCodes.MissingTable);

        Assert.Contains($"“{StandardTableTitles.StateCapital}”（应在表“{StandardTableTitles.GovernmentFund}”之后）", finding.Message, StringComparison.Ordinal);
        Assert.Equal(StandardTableTitles.GovernmentFund, finding.Place.Quote);
    }

    [Fact]
    public void A_sichuan_report_missing_its_three_public_table_names_the_sichuan_title()
    {
        var part = new Heading(HeadingLevel.Part, "第五部分 附表");
        var tables = TableTitles.Printed.Where(t => t.Kind != TableKind.ThreePublic).Select(t => (Block)Docs.Table(t.Title, 1, "项目\t决算数", "合计\t0.00")).ToArray();

        var finding = Assert.Single(DocumentAuditor.AuditFinished(Docs.Of([part, .. tables])), f => f.Code == AuditCodes.MissingTable);

        Assert.Contains($"“{StandardTableTitles.ThreePublic}”（应在表“{StandardTableTitles.GovernmentFund}”之前）", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023年度部门收入决算表", null)]
    [InlineData("单位收入决算表", null)]
    [InlineData("收入决算表（续）", null)]
    [InlineData("附表2 收入决算表", null)]
    [InlineData("收人决算表", null)]
    [InlineData("项目支出绩效自评表", "缺少第2张公开表“收入决算表”")]
    public void A_standard_table_renamed_slightly_is_not_missing(string title, string? wrong)
    {
        var part = new Heading(HeadingLevel.Part, "第五部分 附表");
        var tables = TableTitles.Printed.Select(t => (Block)Docs.Table(t.Kind == TableKind.Income ? title : t.Title, 1, "项目\t决算数", "合计\t0.00")).ToArray();
        var findings = DocumentAuditor.AuditFinished(Docs.Of([part, .. tables])).Where(f => f.Code == AuditCodes.MissingTable).ToList();

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
    public void A_standard_table_printed_as_a_picture_is_not_audited_rather_than_missing()
    {
        var part = new Heading(HeadingLevel.Part, "第五部分 附表");
        var blocks = TableTitles.Printed.SelectMany(t => t.Kind == TableKind.Income
            ? new Block[] { Docs.Text("收入决算表"), Docs.Text("单位：万元"), Fincomp.Audit.Reading.PictureBlock.Instance }
            : [Docs.Table(t.Title, 1, "项目\t决算数", "合计\t0.00")]).ToArray();
        var findings = DocumentAuditor.AuditFinished(Docs.Of([part, .. blocks]));

        Assert.DoesNotContain(findings, f => f.Code == AuditCodes.MissingTable);
        var picture = Assert.Single(findings, f => f.Code == AuditCodes.PictureTable);
        Assert.Equal("收入决算表", picture.Place.Quote);
        Assert.Contains("为图片，未核对", picture.Message, StringComparison.Ordinal);

        // The same title above a paragraph, not a picture: the table is missing.
        var without = DocumentAuditor.AuditFinished(Docs.Of([part, .. blocks.Where(b => b is not Fincomp.Document.Figure)]));
        Assert.Contains(without, f => f.Code == AuditCodes.MissingTable && f.Message.Contains("收入决算表", StringComparison.Ordinal));
        Assert.DoesNotContain(without, f => f.Code == AuditCodes.PictureTable);
    }

    private static Table[] ShanghaiTables() =>
        [.. TableTitles.Printed.Select(t => t.Kind == TableKind.ThreePublic ? StandardTableTitles.ThreePublicShanghai : t.Title).Select(title => Docs.Table(title, 1, "项目\t决算数", "合计\t0.00"))];

    private static ReportDocument Report(params Block[] blocks) =>
        new($"{Name}2023年度部门决算", [new Heading(HeadingLevel.Title, $"{Name}2023年度部门决算"), .. blocks]);

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
