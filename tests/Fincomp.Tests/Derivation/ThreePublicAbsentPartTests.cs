using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// A "三公" 决算 amount the unit did not write is not printed as 0: its sentence is left out (the items that remain are
/// numbered 1, 2, …), the share list names only the given parts, its table 7 cell stays blank, and <c>check</c> names
/// the key to add (FC1002). An amount under a 小计 written as 0 is 0, and printed.
/// </summary>
public sealed class ThreePublicAbsentPartTests
{
    private const string Written = "  actual:\n    overseas: 0\n    vehicle_purchase: 0\n    vehicle_operation: 4.00\n    domestic_reception: 1.50\n    foreign_reception: 0\n";

    private static readonly string WithoutOverseasAndForeign = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Written,
        "  actual:\n    vehicle_purchase: 0\n    vehicle_operation: 4.00\n    domestic_reception: 1.50\n");

    [Fact]
    public void Missing_parts_are_named_with_their_keys()
    {
        var missing = TestUnits.Check(WithoutOverseasAndForeign).Where(d => d.Code == "FC1002").Select(d => d.Message).ToList();

        Assert.Contains(missing, m => m.Contains("未填写 three_public.actual.overseas：", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("未填写 three_public.actual.foreign_reception：", StringComparison.Ordinal));
        Assert.DoesNotContain(TestUnits.Check(ConsistentUnit.Yaml), d => d.Message.Contains("three_public.actual.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_states_no_part_the_unit_did_not_give()
    {
        var report = FigureFixtures.Report(TestUnits.Load(WithoutOverseasAndForeign));

        Assert.DoesNotContain("因公出国（境）经费支出", report, StringComparison.Ordinal);
        Assert.DoesNotContain("外事接待支出", report, StringComparison.Ordinal);
        Assert.DoesNotContain("因公出国（境）费支出决算0", report, StringComparison.Ordinal);
        Assert.Contains("1.公务用车购置及运行维护费支出4万元", report, StringComparison.Ordinal);
        Assert.Contains("2.公务接待费支出1.5万元", report, StringComparison.Ordinal);
        var overseas = Assert.Single(FigureFixtures.Table(report, Fincomp.Derivation.StandardTableTitles.ThreePublic), row => row.StartsWith("因公出国（境）费", StringComparison.Ordinal));
        Assert.Single(overseas.Split('\t'), cell => cell.Trim() == "0.00");
    }

    [Fact]
    public void A_part_written_as_zero_is_printed()
    {
        var report = FigureFixtures.Report(TestUnits.Load(ConsistentUnit.Yaml));

        Assert.Contains("1.因公出国（境）经费支出0万元", report, StringComparison.Ordinal);
        Assert.Contains("外事接待支出0万元", report, StringComparison.Ordinal);
        var overseas = Assert.Single(FigureFixtures.Table(report, Fincomp.Derivation.StandardTableTitles.ThreePublic), row => row.StartsWith("因公出国（境）费", StringComparison.Ordinal));
        Assert.Equal(2, overseas.Split('\t').Count(cell => cell.Trim() == "0.00"));
    }

    [Fact]
    public void A_count_is_not_compared_with_an_amount_not_given()
    {
        var withGroups = TestUnits.ReplaceOnce(WithoutOverseasAndForeign, "  overseas:\n    groups: 0\n    people: 0\n", "  overseas:\n    groups: 1\n    people: 2\n");

        Assert.DoesNotContain(TestUnits.Check(withGroups), d => d.Code == "FC1504");
    }

    [Fact]
    public void A_subtotal_with_one_item_written_is_not_given()
    {
        // 国内 written, 外事 not: the 公务接待费 小计 is not known (外事 is not 0), only 国内's own sentence is stated.
        var domesticOnly = TestUnits.ReplaceOnce(WithoutOverseasAndForeign, "    reception_total: 1.50\n", string.Empty);
        var report = FigureFixtures.Report(TestUnits.Load(domesticOnly));

        Assert.DoesNotContain("公务接待费支出", report, StringComparison.Ordinal);
        Assert.Contains("国内公务接待支出1.5万元", report, StringComparison.Ordinal);
        Assert.DoesNotContain("外事接待支出", report, StringComparison.Ordinal);
        var receptions = Assert.Single(FigureFixtures.Table(report, Fincomp.Derivation.StandardTableTitles.ThreePublic), row => row.StartsWith("公务接待费", StringComparison.Ordinal));
        Assert.DoesNotContain("1.50", receptions, StringComparison.Ordinal);
    }

    private const string WrittenPrevious = "  three_public:\n    vehicle_operation: 4.00\n    domestic_reception: 1.60\n";

    /// <summary>
    /// 外事接待 written as 0 and 国内 left out, in the 预算数 and the 决算数 (no printed 小计 or 合计); last year's 合计 given.
    /// </summary>
    private static readonly string ForeignOnly = TestUnits.ReplaceOnce(
        TestUnits.ReplaceOnce(
            TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Written + "    total: 5.50\n    vehicle_total: 4.00\n    reception_total: 1.50\n",
                "  actual:\n    overseas: 0\n    vehicle_purchase: 0\n    vehicle_operation: 4.00\n    foreign_reception: 0\n"),
            WrittenBudget, "  budget:\n    overseas: 0\n    vehicle_purchase: 0.00\n    vehicle_operation: 5.00\n    foreign_reception: 0\n"),
        WrittenPrevious, WrittenPrevious + "    total: 5.60\n");

    [Fact]
    public void Foreign_reception_alone_gives_no_reception_figure_and_no_rate_over_the_parts_written()
    {
        var findings = TestUnits.Check(ForeignOnly);
        var report = FigureFixtures.Report(TestUnits.Load(ForeignOnly));

        Assert.Contains(findings, d => d.Code == "FC1002" && d.Message.Contains("未填写 three_public.actual.domestic_reception", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Code == "FC1002" && d.Message.Contains("未填写 three_public.budget.domestic_reception", StringComparison.Ordinal));

        // Neither side of the total is whole: no rate (4 of 5 would read "完成预算80%") and no change against last
        // year's 5.60; 公务用车, given in full on both sides, keeps its rate.
        // The 合计 is not known either (国内 is not 0): it is not stated, no share is taken of the 4 written, no 图7.
        Assert.DoesNotContain("“三公”经费财政拨款支出决算为", report, StringComparison.Ordinal);
        Assert.Contains("“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算4万元。", report, StringComparison.Ordinal);
        Assert.DoesNotContain("4万元，占", report, StringComparison.Ordinal);
        Assert.Contains("公务用车购置及运行维护费支出4万元，完成预算80%。", report, StringComparison.Ordinal);
        Assert.DoesNotContain("比上年度减少", report, StringComparison.Ordinal);
        Assert.DoesNotContain("公务接待费支出", report, StringComparison.Ordinal);
        Assert.Contains("外事接待支出0万元", report, StringComparison.Ordinal);

        var table = FigureFixtures.Table(report, Fincomp.Derivation.StandardTableTitles.ThreePublic);
        var receptions = Assert.Single(table, row => row.StartsWith("公务接待费", StringComparison.Ordinal));
        Assert.DoesNotContain("0.00", receptions, StringComparison.Ordinal);
        var total = Assert.Single(table, row => row.StartsWith("合计", StringComparison.Ordinal));
        Assert.DoesNotContain(total.Split('\t').Skip(1), cell => cell.Trim().Length > 0);
        Assert.Null(Fincomp.Charts.ChartCatalog.For(Fincomp.Derivation.ReportFigures.Of(TestUnits.Load(ForeignOnly))).SingleOrDefault(c => c.Key == "fig7"));
        Assert.Contains(findings, d => d.Code == "FC1002" && d.Message.Contains("不以写出的各项之和充当合计", StringComparison.Ordinal));
        Fincomp.Tests.Audit.AuditedBuild.AssertClean(Fincomp.Tests.Audit.AuditedBuild.Compile(TestUnits.Load(ForeignOnly)), "foreign reception alone");
    }

    [Fact]
    public void A_whole_budget_is_not_compared_with_an_actual_summed_over_parts_written()
    {
        // Budget 7.00 in full, 决算数 without 国内公务接待: 4 of 7 would read "完成预算57.14%" for a figure not known.
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Written + "    total: 5.50\n    vehicle_total: 4.00\n    reception_total: 1.50\n",
            "  actual:\n    overseas: 0\n    vehicle_purchase: 0\n    vehicle_operation: 4.00\n    foreign_reception: 0\n");
        var report = FigureFixtures.Report(TestUnits.Load(yaml));

        Assert.DoesNotContain("“三公”经费财政拨款支出决算为", report, StringComparison.Ordinal);
        Assert.DoesNotContain("完成预算57.14%", report, StringComparison.Ordinal);
        Assert.Contains("公务用车购置及运行维护费支出4万元，完成预算80%。", report, StringComparison.Ordinal);
        Assert.Contains(TestUnits.Check(yaml), d => d.Code == "FC1002" && d.Message.Contains("完成预算百分比", StringComparison.Ordinal)
            && d.Message.Contains("three_public.actual.domestic_reception", StringComparison.Ordinal));
    }

    private const string WrittenBudget = "  budget:\n    overseas: 0\n    vehicle_purchase: 0.00\n    vehicle_operation: 5.00\n    domestic_reception: 2.00\n    foreign_reception: 0\n    total: 7.00\n";

    /// <summary>The 预算数 without 公务接待费 (国内 and 外事) and without a printed 合计.</summary>
    private static readonly string BudgetWithoutReceptions = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, WrittenBudget,
        "  budget:\n    overseas: 0\n    vehicle_purchase: 0.00\n    vehicle_operation: 5.00\n");

    [Fact]
    public void A_budget_part_not_given_is_named_and_no_rate_is_stated_against_a_budget_without_it()
    {
        var findings = TestUnits.Check(BudgetWithoutReceptions);
        var report = FigureFixtures.Report(TestUnits.Load(BudgetWithoutReceptions));

        Assert.Contains(findings, d => d.Code == "FC1002" && d.Message.Contains("未填写 three_public.budget.domestic_reception", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Code == "FC1002" && d.Message.Contains("未填写 three_public.budget.foreign_reception", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, d => d.Severity == Fincomp.Diagnostics.Severity.Error);

        // The total and 公务接待费 have no whole budget: no rate (5.5 of a budget of 5 would read "完成预算110%").
        Assert.Contains("“三公”经费财政拨款支出决算为5.5万元。", report, StringComparison.Ordinal);
        Assert.Contains("公务接待费支出1.5万元。", report, StringComparison.Ordinal);
        Assert.DoesNotContain("完成预算110%", report, StringComparison.Ordinal);
        Assert.Contains("公务用车购置及运行维护费支出4万元，完成预算80%。", report, StringComparison.Ordinal);
        Assert.Contains("因公出国（境）经费支出0万元，未安排预算。", report, StringComparison.Ordinal);

        var table = FigureFixtures.Table(report, Fincomp.Derivation.StandardTableTitles.ThreePublic);
        Assert.Contains(table, row => row.StartsWith("合计", StringComparison.Ordinal) && !row.Contains("5.00", StringComparison.Ordinal) && row.Contains("5.50", StringComparison.Ordinal));
        Assert.Contains(table, row => row.StartsWith("公务接待费", StringComparison.Ordinal) && !row.Contains("0.00", StringComparison.Ordinal) && row.Contains("1.50", StringComparison.Ordinal));
        Fincomp.Tests.Audit.AuditedBuild.AssertClean(Fincomp.Tests.Audit.AuditedBuild.Compile(TestUnits.Load(BudgetWithoutReceptions)), "budget without receptions");
    }

    [Fact]
    public void A_printed_budget_total_over_a_part_not_given_is_the_budget_of_record()
    {
        // 合计 7.00 printed, 公务接待费 not written: no FC1501 against parts taken as 0; the total rate uses 7.00.
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, WrittenBudget,
            "  budget:\n    overseas: 0\n    vehicle_purchase: 0.00\n    vehicle_operation: 5.00\n    total: 7.00\n");
        var findings = TestUnits.Check(yaml);
        var report = FigureFixtures.Report(TestUnits.Load(yaml));

        Assert.DoesNotContain(findings, d => d.Code == "FC1501");
        Assert.Contains(findings, d => d.Code == "FC1002" && d.Message.Contains("three_public.budget.domestic_reception", StringComparison.Ordinal));
        Assert.Contains("“三公”经费财政拨款支出决算为5.5万元，完成预算78.57%", report, StringComparison.Ordinal);
        Assert.Contains("公务接待费支出1.5万元。", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_budget_given_keeps_every_rate() =>
        Assert.Contains("“三公”经费财政拨款支出决算为5.5万元，完成预算78.57%", FigureFixtures.Report(TestUnits.Load(ConsistentUnit.Yaml)), StringComparison.Ordinal);
}
