using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// FC1501 on last year's "三公" amounts written only in part: a 合计 or 小计 is compared only when every one of its parts
/// is written, since a part left out is not given rather than 0; a sum whose parts are all written still has to agree.
/// </summary>
public sealed class PartialPreviousThreePublicTests
{
    private static string Unit(string previous) =>
        TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "three_public:\n    vehicle_operation: 4.00\n    domestic_reception: 1.60\n",
            $"three_public: {previous}\n");

    [Theory]
    [InlineData("{total: 30.10}")]
    [InlineData("{overseas: 0, vehicle_total: 22.40, reception_total: 7.70}")]
    [InlineData("{overseas: 0, vehicle_total: 22.40, reception_total: 7.70, total: 30.10}")]
    [InlineData("{vehicle_purchase: 10.00, vehicle_total: 22.40, total: 30.10}")]
    public void Sums_with_a_part_left_out_are_not_compared(string previous)
    {
        var findings = TestUnits.Check(Unit(previous));

        Assert.DoesNotContain(findings, d => d.Code == "FC1501");
    }

    [Theory]
    [InlineData("{overseas: 0, vehicle_total: 22.40, reception_total: 7.70, total: 31.10}", "上年决算数的合计 31.1")]
    [InlineData("{overseas: 0, vehicle_purchase: 10.00, vehicle_operation: 12.40, reception_total: 7.70, total: 31.10}", "上年决算数的合计 31.1")]
    [InlineData("{vehicle_purchase: 10.00, vehicle_operation: 12.40, vehicle_total: 23.40}", "上年决算数的公务用车购置及运行维护费小计 23.4")]
    public void Sums_whose_parts_are_all_written_must_agree(string previous, string message)
    {
        var findings = TestUnits.Check(Unit(previous));

        var error = Assert.Single(findings, d => d.Code == "FC1501");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
