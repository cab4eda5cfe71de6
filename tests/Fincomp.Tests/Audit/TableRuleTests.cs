using Fincomp.Audit;
using Fincomp.Document;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>The table arithmetic of the audit, each with a table that adds up and one that does not.</summary>
public sealed class TableRuleTests
{
    private static Table Functional(string classTotal, string item1, string item2, string total = "0.73") =>
        Docs.Table(
            "一般公共预算财政拨款支出决算表", 1,
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            $"224\t灾害防治及应急管理支出\t{classTotal}\t{classTotal}\t0.00",
            $"22401\t应急管理事务\t{classTotal}\t{classTotal}\t0.00",
            $"2240101\t行政运行\t{item1}\t{item1}\t0.00",
            $"2240150\t事业运行\t{item2}\t{item2}\t0.00",
            $"合计\t\t{total}\t{total}\t0.00");

    [Fact]
    public void A_class_that_adds_up_within_rounding_passes() =>
        Assert.Empty(AuditedBuild.Audit(Docs.Of(Functional("0.73", "0.50", "0.23"))));

    [Fact]
    public void A_class_off_by_more_than_rounding_is_a_sum_error()
    {
        var findings = AuditedBuild.Audit(Docs.Of(Functional("0.75", "0.50", "0.23", "0.75")));

        var finding = Assert.Single(findings, f => f.Code == AuditCodes.TableSum && f.Place.Row == 3 && f.Place.Column == 3);
        Assert.Contains("22401", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Related.Count);
    }

    [Fact]
    public void A_part_printed_larger_than_its_whole_is_reported_even_when_rounding_touches()
    {
        var table = Docs.Table(
            "支出决算表", 1,
            "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
            "224\t灾害防治及应急管理支出\t0.72\t0.73\t0.00",
            "22401\t应急管理事务\t0.73\t0.73\t0.00");

        var findings = AuditedBuild.Audit(Docs.Of(table));

        Assert.Contains(findings, f => f.Code == AuditCodes.PartExceedsWhole && f.Place is { Row: 2, Column: 3 } && f.Message.Contains("同行各列", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == AuditCodes.PartExceedsWhole && f.Place is { Row: 2, Column: 3 } && f.Message.Contains("其下各级科目", StringComparison.Ordinal));
    }

    [Fact]
    public void A_total_column_sums_the_columns_under_its_heading_only()
    {
        var table = new Table(
            [
                Docs.Row(Docs.Cell("科目编码", rowSpan: 2), Docs.Cell("科目名称", rowSpan: 2), Docs.Cell("年初结转和结余", rowSpan: 2), Docs.Cell("本年支出", 3)),
                Docs.Row(Docs.Cell("合计"), Docs.Cell("基本支出"), Docs.Cell("项目支出")),
                Docs.Row(Docs.Cell("合计", 2), Docs.Cell("50.00"), Docs.Cell("10.00"), Docs.Cell("4.00"), Docs.Cell("6.00")),
            ],
            2,
            [])
        { Title = "政府性基金预算财政拨款收入支出决算表" };
        Assert.Empty(AuditedBuild.Audit(Docs.Of(table)));

        var wrong = table with { Rows = [table.Rows[0], table.Rows[1], Docs.Row(Docs.Cell("合计", 2), Docs.Cell("50.00"), Docs.Cell("10.00"), Docs.Cell("4.00"), Docs.Cell("6.10"))] };
        var finding = Assert.Single(AuditedBuild.Audit(Docs.Of(wrong)));
        Assert.Equal(AuditCodes.TableSum, finding.Code);
        Assert.Equal((3, 4), (finding.Place.Row!.Value, finding.Place.Column!.Value));
    }

    [Fact]
    public void Running_totals_of_a_label_table_add_the_rows_above_and_the_balances()
    {
        string[] Rows(string incomeTotal, string grandTotal) =>
        [
            "项目\t决算数\t项目\t决算数",
            "一般公共预算财政拨款收入\t300.00\t一般公共服务支出\t320.00",
            "上级补助收入\t20.00\t\t",
            $"本年收入合计\t{incomeTotal}\t本年支出合计\t320.00",
            "年初结转和结余\t10.00\t年末结转和结余\t10.00",
            $"总计\t{grandTotal}\t总计\t330.00",
        ];

        Assert.Empty(AuditedBuild.Audit(Docs.Of(Docs.Table("收入支出决算总表", 1, Rows("320.00", "330.00")))));

        var findings = AuditedBuild.Audit(Docs.Of(Docs.Table("收入支出决算总表", 1, Rows("321.00", "330.00"))));
        Assert.Contains(findings, f => f.Code == AuditCodes.TableSum && f.Place is { Row: 4, Column: 2 });
        Assert.Contains(findings, f => f.Code == AuditCodes.TableSum && f.Place is { Row: 6, Column: 2 });
    }

    [Fact]
    public void A_leading_total_sums_the_rows_below_and_a_subtotal_the_rows_it_spans()
    {
        Table ThreePublic(string subtotal) => new(
            [
                Docs.Row(Docs.Cell("项目", 2), Docs.Cell("预算数"), Docs.Cell("决算数")),
                Docs.Row(Docs.Cell("合计", 2), Docs.Cell("7.00"), Docs.Cell("5.50")),
                Docs.Row(Docs.Cell("因公出国（境）费", 2), Docs.Cell("0.00"), Docs.Cell("0.00")),
                Docs.Row(Docs.Cell("公务用车购置及运行维护费", rowSpan: 3), Docs.Cell("小计"), Docs.Cell("5.00"), Docs.Cell(subtotal)),
                Docs.Row(Docs.Cell("公务用车购置费"), Docs.Cell("0.00"), Docs.Cell("0.00")),
                Docs.Row(Docs.Cell("公务用车运行维护费"), Docs.Cell("5.00"), Docs.Cell("4.00")),
                Docs.Row(Docs.Cell("公务接待费", 2), Docs.Cell("2.00"), Docs.Cell("1.50")),
            ],
            1,
            [])
        { Title = "一般公共预算财政拨款\"三公\"经费支出决算表" };

        Assert.Empty(AuditedBuild.Audit(Docs.Of(ThreePublic("4.00"))));

        var findings = AuditedBuild.Audit(Docs.Of(ThreePublic("4.20")));
        Assert.Contains(findings, f => f.Code == AuditCodes.TableSum && f.Place is { Row: 2, Column: 4 });
        Assert.Contains(findings, f => f.Code == AuditCodes.TableSum && f.Place is { Row: 4, Column: 4 });
    }

    [Fact]
    public void A_form_total_is_the_sum_of_its_weights_and_of_its_scores()
    {
        Table Form(string scoreTotal) => Docs.Table(
            "部门预算项目支出绩效自评表（2023年度）", 0,
            "一级指标\t二级指标\t权重\t得分",
            "产出指标\t数量指标\t60\t50",
            "效益指标\t满意度指标\t40\t40",
            $"合计\t\t100\t{scoreTotal}");

        Assert.Empty(AuditedBuild.Audit(Docs.Of(Form("90"))));

        var finding = Assert.Single(AuditedBuild.Audit(Docs.Of(Form("96"))));
        Assert.Equal(AuditCodes.TableSum, finding.Code);
        Assert.Contains("得分 96", finding.Message, StringComparison.Ordinal);
    }
}
