using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Tests.Derivation;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// FC1604 against the 政府采购总额 the report prints: without a printed 总额 that is 货物 + 工程 + 服务, and 授予中小企业
/// 0.04 over parts of 0.01 each (总额 0.03) lies within the rounding of that sum, yet the report would print a part
/// larger than its whole and read "占100%". It is an error at the key, and a report forced out states the true ratio.
/// </summary>
public sealed class ProcurementSharesRuleTests
{
    private static string Unit(string smallAndMedium) =>
        TestUnits.ReplaceOnce(ConsistentUnit.Yaml,
            "goods: 10.00\n  works: 0\n  services: 20.00\n  total: 30.00\n  small_and_medium: 25.00\n  small_and_micro: 10.00",
            $"goods: 0.01\n  works: 0.01\n  services: 0.01\n  small_and_medium: {smallAndMedium}\n  small_and_micro: 0.01");

    [Fact]
    public void A_part_printed_above_the_sum_of_the_parts_is_an_error_at_its_key()
    {
        var yaml = Unit("0.04");

        var error = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1604");

        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(TestUnits.LineOf(yaml, "small_and_medium: 0.04"), error.Span.Line);
        Assert.Contains("授予中小企业合同金额 0.04 大于报告印出的政府采购总额 0.03（货物、工程、服务之和）", error.Message, StringComparison.Ordinal);
        Assert.Contains("procurement.total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_equal_to_the_total_passes() =>
        Assert.DoesNotContain(TestUnits.Check(Unit("0.03")), d => d.Code == "FC1604");

    [Fact]
    public void A_forced_report_never_claims_all_of_the_total_for_a_larger_part()
    {
        var report = FigureFixtures.Report(TestUnits.Load(Unit("0.04")));

        Assert.Contains("授予中小企业合同金额0.04万元，占政府采购支出总额的133.33%", report, StringComparison.Ordinal);
        Assert.DoesNotContain("占政府采购支出总额的100%", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.04", "0.03", "133.33")]
    [InlineData("100.004", "100", "100")]
    [InlineData("0.03", "0.03", "100")]
    public void A_share_is_capped_at_100_only_where_the_part_prints_no_larger_than_its_whole(string part, string whole, string percent) =>
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture),
            Display.Share(decimal.Parse(part, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(whole, System.Globalization.CultureInfo.InvariantCulture)));
}
