using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1506: the 公务用车保有量 of the "三公" section (轿车 + 越野车 + 载客汽车) are vehicles the unit holds, so they are
/// among the vehicles 国有资产占有使用情况 counts by use (<c>assets.vehicles</c>): a fleet larger than that count makes
/// the report state two vehicle counts that cannot both be true.
/// </summary>
internal sealed class FleetWithinVehiclesRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1506", Severity.Warning, "公务用车保有量不超过车辆总数",
        "three_public.vehicles.fleet 的公务用车保有量（轿车、越野车、载客汽车之和）是单位占有的车辆的一部分，不应大于 assets.vehicles 按用途列出的车辆总数。两者都写出时才核对：车辆总数要各用途都写出才可知（写出的几种用途之和只是总数的一部分）。",
        "three_public.vehicles.fleet: { sedan: 3 }，而 assets.vehicles 共 2 辆。",
        "核对公务用车保有量与国有资产占有使用情况中的车辆数，改正写错的一方。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        if (context.Figures.ThreePublic.FleetTotal is not { } fleet || context.Figures.Assets.VehicleTotal is not { } vehicles || fleet <= vehicles)
        {
            yield break;
        }

        var fleetSpan = unit.ThreePublic.Vehicles?.Fleet?.Span ?? unit.ThreePublic.Span;
        var vehiclesSpan = unit.Assets.Vehicles?.Span ?? unit.Assets.Span;
        yield return Info.At(fleetSpan,
            $"公务用车保有量 {fleet} 辆（three_public.vehicles.fleet）多于国有资产占有使用情况中的车辆总数 {vehicles} 辆（assets.vehicles）：公务用车是单位车辆的一部分。",
            [vehiclesSpan]);
    }
}
