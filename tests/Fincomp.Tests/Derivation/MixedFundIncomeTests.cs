using System.Text.RegularExpressions;
using Fincomp.Derivation;
using Fincomp.Tables;
using Fincomp.Tests.Audit;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Tables;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>
/// Table 2 derived from spending (no <c>functional.income</c>, no balances) for a 项 paid from 一般公共预算 and 其他资金
/// (<see cref="MixedFundUnit"/>): the 其他资金 part is income of the unit's only non-fiscal source, so every row adds up;
/// with two non-fiscal sources the rows cannot say which, the source cells stay blank and FC1207 asks for income lines.
/// </summary>
public sealed partial class MixedFundIncomeTests
{
    /// <summary>MixedFundUnit without income lines and without balances: its spending (320.00, 300.00 财政拨款) is its income.</summary>
    private static readonly string FromSpending = WithoutBalances(IncomeLines().Replace(MixedFundUnit.Yaml, string.Empty));

    /// <summary>The same unit whose 20.00 of non-fiscal income is 10.00 上级补助收入 and 10.00 事业收入.</summary>
    private static readonly string TwoSources = TestUnits.ReplaceOnce(FromSpending, "    superior_subsidy: 20.00\n", "    superior_subsidy: 10.00\n    business: 10.00\n");

    private static string WithoutBalances(string yaml)
    {
        yaml = TestUnits.ReplaceOnce(yaml, "  opening_balance: 10.00\n", "  opening_balance: 0\n");
        yaml = TestUnits.ReplaceOnce(yaml, "  closing_balance: 10.00\n", "  closing_balance: 0\n");
        yaml = TestUnits.ReplaceOnce(yaml, "income_grand_total: 330.00\n    expenditure_grand_total: 330.00", "income_grand_total: 320.00\n    expenditure_grand_total: 320.00");
        yaml = TestUnits.ReplaceOnce(yaml, "  opening_balance:\n    general_budget: 5.00\n", "  opening_balance:\n    general_budget: 0\n");
        return TestUnits.ReplaceOnce(yaml, "  closing_balance:\n    general_budget: 5.0\n", "  closing_balance:\n    general_budget: 0\n");
    }

    [GeneratedRegex(@"^ *income:\n(?: *- \{ code: '\d+'.*\n)+", RegexOptions.Multiline)]
    private static partial Regex IncomeLines();

    private static IReadOnlyList<string> Rows(string yaml, params string[] codes)
    {
        var table = StandardTables.For(ReportFigures.Of(TestUnits.Load(yaml))).Single(t => t.Key == "table2").Table;
        return [.. TableText.Rows(table).Where(r => codes.Any(c => r.StartsWith(c + "\t", StringComparison.Ordinal)))];
    }

    [Fact]
    public void The_other_funds_part_of_a_row_is_income_of_the_units_only_non_fiscal_source()
    {
        Assert.Equal(
        [
            "201\t一般公共服务支出\t320.00\t300.00\t20.00\t0.00\t0.00\t0.00\t0.00",
            "20132\t组织事务\t290.00\t270.00\t20.00\t0.00\t0.00\t0.00\t0.00",
            "2013202\t一般行政管理事务\t170.00\t150.00\t20.00\t0.00\t0.00\t0.00\t0.00",
        ], Rows(FromSpending, "201", "20132", "2013202"));
        Assert.DoesNotContain(TestUnits.Check(FromSpending), d => d.Code is "FC1206" or "FC1207");
    }

    [Fact]
    public void The_rows_derived_with_the_other_funds_part_pass_the_self_audit() =>
        AuditedBuild.AssertClean(AuditedBuild.Compile(TestUnits.Load(FromSpending)), "MixedFundUnit from spending");

    [Fact]
    public void With_two_non_fiscal_sources_the_source_cells_stay_blank_and_income_lines_are_asked_for()
    {
        Assert.Equal(
        [
            "201\t一般公共服务支出\t320.00\t300.00\t\t\t\t\t",
            "20132\t组织事务\t290.00\t270.00\t\t\t\t\t",
            "2013202\t一般行政管理事务\t170.00\t150.00\t\t\t\t\t",
        ], Rows(TwoSources, "201", "20132", "2013202"));
        var finding = Assert.Single(TestUnits.Check(TwoSources), d => d.Code == "FC1207");
        Assert.Contains("functional.income", finding.Message, StringComparison.Ordinal);
        Assert.Contains("上级补助收入至其他收入各列", finding.Message, StringComparison.Ordinal);
    }
}
