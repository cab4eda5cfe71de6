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
        var row = Fincomp.Batch.Summary.SummaryRows.From([new Fincomp.Batch.UnitOutcome("u.yaml", Fincomp.Batch.UnitStatus.Succeeded, [], [], TimeSpan.Zero) { RollUp = Fincomp.Batch.Summary.RollUpFigures.Of(figures) }])[0];

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
    public void A_mixed_fund_unit_whose_basic_spending_is_all_general_budget_prints_one_basic_figure()
    {
        var text = Report("mixed-fund-personnel-above-items");

        // 其他资金 pays only 项目支出: the statement's 基本支出 (section 三) is 一般公共预算财政拨款基本支出 (section 六).
        Assert.Contains("基本支出328.4万元，占40.23%", text, StringComparison.Ordinal);
        Assert.Contains("2023年度一般公共预算财政拨款基本支出328.4万元，其中：", text, StringComparison.Ordinal);
        Assert.Contains("人员经费268.9万元，", text, StringComparison.Ordinal);
        Assert.DoesNotContain("328.41", text, StringComparison.Ordinal);
        Assert.DoesNotContain("477.99", text, StringComparison.Ordinal);
        Assert.DoesNotContain("268.91", text, StringComparison.Ordinal);
        Assert.Equal("合计\t806.40\t328.40\t478.00", Table(text, "一般公共预算财政拨款支出决算表")[^1]);
        Assert.Equal("人员经费合计\t268.90\t公用经费合计\t59.50", Table(text, "一般公共预算财政拨款基本支出决算表")[^1]);
        Fincomp.Tests.Audit.AuditedBuild.AssertClean(Fincomp.Tests.Audit.AuditedBuild.Compile(Load("mixed-fund-personnel-above-items")), "mixed-fund-personnel-above-items");
    }

    [Fact]
    public void A_printed_income_total_within_rounding_of_the_rows_spending_keeps_the_income_column_of_table_2()
    {
        var table = Table(Report("income-total-within-rounding"), "收入决算表");

        Assert.DoesNotContain(Check("income-total-within-rounding"), d => d.Code == "FC1207" || d.Severity == Fincomp.Diagnostics.Severity.Error);
        Assert.Contains("201\t一般公共服务支出\t250.00\t250.00\t0.00\t0.00\t0.00\t0.00\t0.00", table);
        Assert.Contains("208\t社会保障和就业支出\t50.00\t0.00\t0.00\t50.00\t0.00\t0.00\t0.00", table);
        Assert.Equal("合计\t300.01\t250.00\t0.00\t50.00\t0.00\t0.00\t0.00", table[^1]);
        Fincomp.Tests.Audit.AuditedBuild.AssertClean(Fincomp.Tests.Audit.AuditedBuild.Compile(Load("income-total-within-rounding")), "income-total-within-rounding");
    }

    [Fact]
    public void An_income_total_a_cent_off_its_only_class_leaves_the_income_column_of_table_2_blank()
    {
        // Both 项 in 201 and no printed totals: 本年收入合计 250.01 + 50.00 agrees with the spending 300.00 within rounding,
        // but cannot be printed over one 类 row of 300.00, so the column stays blank and FC1207 says why.
        var text = Fincomp.Tests.Checks.TestUnits.ReplaceOnce(Text("income-total-within-rounding"), "code: \"2080199\"", "code: \"2013150\"");
        text = Fincomp.Tests.Checks.TestUnits.ReplaceOnce(text, "general_budget: 250.00", "general_budget: 250.01");
        text = Fincomp.Tests.Checks.TestUnits.ReplaceOnce(text, "  declared:\n    income_total: 300.01\n    expenditure_total: 300.01\n", string.Empty);
        var unit = Fincomp.Tests.Checks.TestUnits.Load(text);
        var row = Fincomp.Tables.StandardTables.For(unit)[1].Table.Rows.Single(r => r.Cells[0].Text == "201").Cells.Select(c => c.Text).ToList();

        Assert.Contains(Fincomp.Checks.UnitChecker.Check(unit), d => d.Code == "FC1207");
        Assert.Equal(["201", "一般公共服务支出", "", "", "0.00", "50.00", "0.00", "0.00", "0.00"], row);
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
        var row = Fincomp.Batch.Summary.SummaryRows.From([new Fincomp.Batch.UnitOutcome("u.yaml", Fincomp.Batch.UnitStatus.Succeeded, [], [], TimeSpan.Zero) { RollUp = Fincomp.Batch.Summary.RollUpFigures.Of(figures) }])[0];

        Assert.Equal(251.25m, row.Procurement);
    }
}
