using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// FC1506: the 公务用车保有量 (three_public.vehicles.fleet) are among the vehicles 国有资产占有使用情况 counts
/// (assets.vehicles, 2 in the consistent unit): more of them is a warning naming both keys; as many or fewer passes,
/// and a count not given is not compared.
/// </summary>
public sealed class FleetWithinVehiclesRuleTests
{
    private static string Fleet(int sedans) =>
        TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "fleet:\n      sedan: 2", $"fleet:\n      sedan: {sedans}");

    [Fact]
    public void A_fleet_larger_than_the_vehicles_held_is_a_warning_at_the_fleet()
    {
        var yaml = Fleet(3);

        var warning = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1506");

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(TestUnits.LineOf(yaml, "sedan: 3"), warning.Span.Line);
        Assert.Contains("公务用车保有量 3 辆", warning.Message, StringComparison.Ordinal);
        Assert.Contains("车辆总数 2 辆（assets.vehicles）", warning.Message, StringComparison.Ordinal);
        Assert.Contains(warning.Related, s => s.Line == TestUnits.LineOf(yaml, "    leaders: 0"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void A_fleet_within_the_vehicles_held_passes(int sedans) =>
        Assert.DoesNotContain(TestUnits.Check(Fleet(sedans)), d => d.Code == "FC1506");

    [Fact]
    public void Without_assets_vehicles_the_fleet_is_not_compared() =>
        Assert.DoesNotContain(
            TestUnits.Check(TestUnits.ReplaceOnce(Fleet(3), "  vehicles:\n    leaders: 0\n    confidential: 0\n    emergency: 0\n    other: 2\n    ministerial: 0\n    law_enforcement: 0\n    special_purpose: 0\n    retired: 0\n", string.Empty)),
            d => d.Code == "FC1506");
}
