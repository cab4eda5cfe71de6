using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>公务用车 held at 12-31, by type.</summary>
public sealed record VehicleFleet : ModelNode
{
    [Description("轿车辆数")]
    public int Sedan { get; init; }

    [Description("越野车辆数")]
    public int OffRoad { get; init; }

    [Description("载客汽车辆数")]
    public int Passenger { get; init; }
}
