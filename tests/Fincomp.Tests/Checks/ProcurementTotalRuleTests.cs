using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// FC1603 on a printed 政府采购 total a cent below one of its parts: within the rounding of the sum, yet a part larger
/// than its whole, which no rounding produces. Both it and FC1604 judge with the rounding intervals of the same total.
/// </summary>
public sealed class ProcurementTotalRuleTests
{
    private static string Unit(string services, string total) =>
        TestUnits.ReplaceOnce(
            TestUnits.ReplaceOnce(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "goods: 10.00", "goods: 0"), "services: 20.00", $"services: {services}"),
            "total: 30.00\n  small_and_medium", $"total: {total}\n  small_and_medium");

    [Fact]
    public void A_total_equal_to_its_single_part_passes()
    {
        var findings = TestUnits.Check(Unit("30.00", "30.00"));

        Assert.DoesNotContain(findings, d => d.Code == "FC1603");
    }

    [Fact]
    public void A_total_a_cent_below_one_of_its_parts_is_an_error_at_that_part()
    {
        var yaml = Unit("30.00", "29.99");

        var findings = TestUnits.Check(yaml);

        var error = Assert.Single(findings, d => d.Code == "FC1603" && d.Severity == Severity.Error);
        Assert.Equal(TestUnits.LineOf(yaml, "services: 30.00"), error.Span.Line);
        Assert.Contains("政府采购服务支出 30 大于印出的政府采购总额 29.99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_a_cent_above_its_parts_is_only_a_rounding_note()
    {
        var findings = TestUnits.Check(Unit("30.00", "30.01"));

        Assert.DoesNotContain(findings, d => d.Code == "FC1603" && d.Severity == Severity.Error);
    }
}
