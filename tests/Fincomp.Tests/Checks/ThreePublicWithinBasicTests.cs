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

    private const string Receptions = "    domestic_reception: 1.50\n    foreign_reception: 0\n";

    [Theory]
    [InlineData("1.50", false)]
    [InlineData("1.52", true)]
    public void A_30217_under_a_printed_reception_subtotal_alone_is_held_against_the_subtotal(string amount, bool fires)
    {
        var yaml = TestUnits.ReplaceOnce(WithItem("30217", "公务接待费", amount), Receptions, string.Empty);

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1505").ToList();

        Assert.Equal(fires, findings.Count == 1);
        if (fires)
        {
            Assert.Contains("公务接待费小计决算数", findings[0].Message, StringComparison.Ordinal);
            Assert.Equal(TestUnits.LineOf(yaml, "reception_total: 1.50"), Assert.Single(findings[0].Related).Line);
        }
    }

    [Theory]
    [InlineData("30217", "公务接待费", Receptions + "    total: 5.50\n    vehicle_total: 4.00\n    reception_total: 1.50\n", "5.60", false)]
    [InlineData("30217", "公务接待费", Receptions + "|    reception_total: 1.50\n", "5.60", true)]
    [InlineData("30217", "公务接待费", Receptions + "|    reception_total: 1.50\n", "5.40", false)]
    [InlineData("30212", "因公出国（境）费用", "    overseas: 0\n    vehicle_purchase: 0\n", "0.02", false)]
    [InlineData("31013", "公务用车购置", "    overseas: 0\n    vehicle_purchase: 0\n", "0.02", false)]
    [InlineData("31013", "公务用车购置", "    overseas: 0\n    vehicle_purchase: 0\n", "4.10", true)]
    public void An_amount_not_written_is_not_0_the_item_is_held_against_the_printed_subtotal_or_total(string code, string name, string removed, string amount, bool fires)
    {
        // The removed lines, "|" between runs that are not next to each other.
        var yaml = removed.Split('|').Aggregate(WithItem(code, name, amount), (text, lines) => TestUnits.ReplaceOnce(text, lines, string.Empty));

        var findings = TestUnits.Check(yaml).Where(d => d.Code == "FC1505").ToList();

        Assert.Equal(fires, findings.Count == 1);
    }

    private static string WithItem(string code, string name, string amount) =>
        TestUnits.ReplaceOnce(ConsistentUnit.Yaml, Items, Items.Replace("30231", code, StringComparison.Ordinal)
            .Replace("公务用车运行维护费", name, StringComparison.Ordinal).Replace("amount: 4.0", $"amount: {amount}", StringComparison.Ordinal));
}
