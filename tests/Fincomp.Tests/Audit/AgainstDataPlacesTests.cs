using Fincomp.Audit;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// <c>--against</c> on small documents: table cells are compared under the same column heading, a changed figure of a
/// list sentence is named with both values (once, when the audit already reports it), and a reworded sentence is
/// placed at its own paragraph with a quote that never cuts a number.
/// </summary>
public sealed class AgainstDataPlacesTests
{
    private const string Form = "部门预算项目支出绩效自评表（2023年度）";

    private static readonly ReportDocument BuiltForm = Docs.Of(
        Docs.Table(Form, 1, "预算执行情况\t\t年初预算\t调整后预算数\t权重", "\t总额\t95.60\t42.58\t10"));

    [Theory]
    [InlineData("42.58", null)]
    [InlineData("42.57", "“调整后预算数”列印为42.57，按单位数据应为42.58")]
    public void A_table_laid_out_without_a_label_column_is_compared_by_column_heading(string printed, string? wrong)
    {
        var edited = Docs.Of(Docs.Table(Form, 1, "\t年初预算\t调整后预算数\t权重", $"总额\t95.60\t{printed}\t10"));

        var findings = DocumentComparison.Compare(BuiltForm, edited).Where(f => f.Code == AuditCodes.DiffersFromData).ToList();

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
    public void A_table_without_headings_is_compared_by_position()
    {
        var built = Docs.Of(Docs.Table(Form, 0, "总额\t95.60\t42.58"));
        var edited = Docs.Of(Docs.Table(Form, 0, "总额\t95.60\t42.57"));

        var finding = Assert.Single(DocumentComparison.Compare(built, edited));

        Assert.Equal((1, 3), (finding.Place.Row, finding.Place.Column));
    }

    private const string Income = "2024年度收入合计200万元，其中：财政拨款收入150万元，占75%；其他收入50万元，占25%。";

    [Fact]
    public void A_changed_figure_of_a_list_sentence_is_named_with_both_values()
    {
        var edited = Docs.Of(Docs.Text(Income.Replace("占75%", "占76%", StringComparison.Ordinal)));

        var finding = Assert.Single(DocumentComparison.Compare(Docs.Of(Docs.Text(Income)), edited));

        Assert.Equal(AuditCodes.DiffersFromData, finding.Code);
        Assert.Equal("财政拨款收入150万元，占76%", finding.Place.Quote);
        Assert.Equal("“财政拨款收入150万元，占76%”中的76%：按单位数据应为75%。", finding.Message);
    }

    [Fact]
    public void A_figure_the_audit_already_reports_is_not_reported_again()
    {
        var edited = Docs.Of(Docs.Text(Income.Replace("占75%", "占76%", StringComparison.Ordinal)));
        var share = new AuditFinding(AuditCodes.Share, "占76%应为75%。", new AuditPlace(1, "占76%"));

        Assert.Empty(DocumentComparison.Compare(Docs.Of(Docs.Text(Income)), edited, [share]));
    }

    [Fact]
    public void A_reworded_one_sentence_paragraph_is_placed_at_itself_not_at_the_heading_before_it()
    {
        var built = Docs.Of(Docs.Text("一、单位概况"), Docs.Text("本单位为蓬溪县所属公益一类事业单位。"), Docs.Text("二、机构设置"));
        var edited = Docs.Of(Docs.Text("一、单位概况"), Docs.Text("本单位为XX县所属公益一类事业单位。"), Docs.Text("二、机构设置"));

        var finding = Assert.Single(DocumentComparison.Compare(built, edited));

        Assert.Equal(AuditCodes.NarrativeChanged, finding.Code);
        Assert.Equal(2, finding.Place.BlockIndex);
    }

    [Fact]
    public void A_quote_is_not_cut_inside_a_number()
    {
        const string kept = "2024年度一般公共预算财政拨款支出1286.45万元，占本年支出合计的87.29%。";
        var built = Docs.Of(Docs.Text(kept + "主要原因是新增项目。"));
        var edited = Docs.Of(Docs.Text(kept));

        var finding = Assert.Single(DocumentComparison.Compare(built, edited));

        Assert.EndsWith("87.29%", finding.Place.Quote, StringComparison.Ordinal);
    }
}
