using Xunit;
using static Fincomp.Tests.Derivation.FigureFixtures;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// A printed total that agrees with its parts within rounding is the value everywhere the quantity appears: its table
/// rows, the text, the year-on-year change and the share denominators. Each fixture is a situation from published
/// disclosures where the parts re-add to a cent off.
/// </summary>
public sealed class FiguresOfRecordTests
{
    [Fact]
    public void A_balanced_fiscal_table_stays_balanced_when_its_items_re_add_a_cent_off()
    {
        var text = Report("balanced-fiscal-table");

        Assert.Contains("2023年度收、支总计均为2961.68万元。与2022年度相比，收、支总计各增加63.14万元", text, StringComparison.Ordinal);
        Assert.Contains("2023年度财政拨款收、支总计均为2961.68万元。与2022年度相比，财政拨款收、支总计各增加63.14万元", text, StringComparison.Ordinal);
        Assert.Contains("一般公共预算财政拨款支出2961.68万元，占本年支出合计的100%。与2022年度相比，一般公共预算财政拨款支出增加63.14万元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2961.69", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2,961.69", text, StringComparison.Ordinal);
        Assert.DoesNotContain("63.15", text, StringComparison.Ordinal);
        Assert.Contains("总计\t2,961.68\t总计\t2,961.68\t2,961.68\t0.00\t0.00", Table(text, "财政拨款收入支出决算总表"));
        Assert.Contains("本年收入合计\t2,961.68\t本年支出合计\t2,961.68\t2,961.68\t0.00\t0.00", Table(text, "财政拨款收入支出决算总表"));
        Assert.Equal("合计\t2,961.68\t1,000.23\t1,961.45", Table(text, "一般公共预算财政拨款支出决算表")[^1]);
    }

    [Fact]
    public void The_summary_change_is_the_change_the_text_states()
    {
        var figures = Fincomp.Derivation.ReportFigures.Of(Load("balanced-fiscal-table"));
        var row = Fincomp.Batch.Summary.SummaryRows.From([new Fincomp.Batch.UnitOutcome("u.yaml", Fincomp.Batch.UnitStatus.Succeeded, [], [], TimeSpan.Zero) { Figures = figures }])[0];

        Assert.Equal(63.14m, figures.GrandTotalChange);
        Assert.Equal(figures.GrandTotalChange, row.Change);
        Assert.Contains("收、支总计各增加63.14万元", Report("balanced-fiscal-table"), StringComparison.Ordinal);
    }

    [Fact]
    public void Personnel_and_public_costs_a_cent_off_the_basic_spending_leave_one_basic_figure_and_add_up_to_it()
    {
        var text = Report("personnel-public-vs-basic");

        Assert.Contains("基本支出188.49万元，占22.51%", text, StringComparison.Ordinal);
        Assert.Contains("2023年度一般公共预算财政拨款基本支出188.49万元，其中：", text, StringComparison.Ordinal);

        // Controlled rounding: the larger of the two (人员经费 98.12) is the dependent cell, 188.49 − 90.38.
        Assert.Contains("人员经费98.11万元。", text, StringComparison.Ordinal);
        Assert.Contains("公用经费90.38万元。", text, StringComparison.Ordinal);
        Assert.Equal("人员经费合计\t98.11\t公用经费合计\t90.38", Table(text, "一般公共预算财政拨款基本支出决算表")[^1]);
        Assert.DoesNotContain("98.12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("188.5万元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("188.50", text, StringComparison.Ordinal);
        Assert.Equal("合计\t837.44\t188.49\t648.95", Table(text, "一般公共预算财政拨款支出决算表")[^1]);
    }

    [Fact]
    public void The_printed_public_costs_are_the_302_row_when_302_is_their_only_class()
    {
        var text = Report("public-items-vs-printed");
        var table6 = Table(text, "一般公共预算财政拨款基本支出决算表");

        Assert.Contains(table6, row => row.EndsWith("302\t商品和服务支出\t184.65", StringComparison.Ordinal));
        Assert.Equal("人员经费合计\t100.00\t公用经费合计\t184.65", table6[^1]);
        Assert.Contains("公用经费184.65万元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("184.64", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_procurement_total_within_rounding_is_printed_and_is_the_share_denominator()
    {
        var text = Report("procurement-total-within-rounding");

        Assert.Contains("政府采购支出总额251.25万元，其中：政府采购货物支出100.42万元、政府采购工程支出50.42万元、政府采购服务支出100.42万元。", text, StringComparison.Ordinal);
        Assert.Contains("授予中小企业合同金额200万元，占政府采购支出总额的79.6%", text, StringComparison.Ordinal);
        Assert.Contains("授予小微企业合同金额100万元，占政府采购支出总额的39.8%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("251.26", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_row_takes_the_procurement_total_of_record()
    {
        var figures = Fincomp.Derivation.ReportFigures.Of(Load("procurement-total-within-rounding"));
        var row = Fincomp.Batch.Summary.SummaryRows.From([new Fincomp.Batch.UnitOutcome("u.yaml", Fincomp.Batch.UnitStatus.Succeeded, [], [], TimeSpan.Zero) { Figures = figures }])[0];

        Assert.Equal(251.25m, row.Procurement);
    }
}
