using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// FC1505 sees what no sum rule can: a "三公" 款 of 基本支出 larger than the "三公" amount it belongs to while every
/// total of the unit still adds up.
/// </summary>
public sealed class ThreePublicWithinBasicTests
{
    private const string Items = "amount: 46.0\n    - code: \"30231\"\n      name: 公务用车运行维护费\n      amount: 4.0\n";

    [Fact]
    public void A_30231_above_the_vehicle_operation_actual_is_the_only_finding()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Items, Items.Replace("46.0", "44.0", StringComparison.Ordinal).Replace("amount: 4.0", "amount: 6.0", StringComparison.Ordinal));

        var finding = Assert.Single(TestUnits.Check(yaml));

        Assert.Equal(("FC1505", Severity.Error), (finding.Code, finding.Severity));
        Assert.Equal(TestUnits.LineOf(yaml, "amount: 6.0\n"), finding.Span.Line);
        Assert.Contains("30231", finding.Message, StringComparison.Ordinal);
        Assert.Equal(TestUnits.LineOf(yaml, "vehicle_operation: 4.00"), Assert.Single(finding.Related).Line);
    }

    [Theory]
    [InlineData("30217", "公务接待费", "1.50", false)]
    [InlineData("30217", "公务接待费", "1.52", true)]
    [InlineData("30231", "公务用车运行维护费", "4.004", false)]
    [InlineData("30212", "因公出国（境）费用", "0.02", true)]
    [InlineData("31013", "公务用车购置", "0.02", true)]
    public void Each_three_public_item_is_held_against_its_amount_within_rounding(string code, string name, string amount, bool fires)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Items, Items.Replace("30231", code, StringComparison.Ordinal)
            .Replace("公务用车运行维护费", name, StringComparison.Ordinal).Replace("amount: 4.0", $"amount: {amount}", StringComparison.Ordinal));

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1505").ToList();

        Assert.Equal(fires, findings.Count == 1);
    }
}
