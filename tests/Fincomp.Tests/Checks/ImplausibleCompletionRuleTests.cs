using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>FC1705 at its bound: ten times the budget (完成预算1000%) passes, a cent more is flagged, "三公" included.</summary>
public sealed class ImplausibleCompletionRuleTests
{
    [Fact]
    public void Spending_ten_times_the_budget_passes()
    {
        var findings = TestUnits.Check(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "budget: 150.00", "budget: 15.00"));

        Assert.DoesNotContain(findings, d => d.Code == "FC1705");
    }

    [Fact]
    public void Spending_beyond_ten_times_the_budget_is_flagged_with_the_rate_the_text_would_print()
    {
        var findings = TestUnits.Check(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "budget: 150.00", "budget: 14.99"));

        var finding = Assert.Single(findings, d => d.Code == "FC1705");
        Assert.Contains("完成预算1000.67%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_three_public_budget_of_a_cent_is_flagged()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "vehicle_operation: 5.00", "vehicle_operation: 0.01");
        yaml = TestUnits.ReplaceOnce(yaml, "total: 7.00", "total: 2.01");

        var findings = TestUnits.Check(yaml);

        Assert.Contains(findings, d => d.Code == "FC1705" && d.Message.Contains("公务用车购置及运行维护费预算数 0.01", StringComparison.Ordinal));
    }
}
