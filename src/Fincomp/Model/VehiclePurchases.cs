using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>公务用车购置 by vehicle type.</summary>
public sealed record VehiclePurchases : ModelNode
{
    [Description("轿车")]
    public VehicleTypeCount? Sedan { get; init; }

    [Description("越野车")]
    public VehicleTypeCount? OffRoad { get; init; }

    [Description("载客汽车")]
    public VehicleTypeCount? Passenger { get; init; }
}
