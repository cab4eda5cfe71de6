using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>公务用车购置及运行维护: vehicles bought, the fleet at year end and the reason for the change.</summary>
public sealed record OfficialVehicles : ModelNode
{
    [Description("本年购置的公务用车，按车型")]
    public VehiclePurchases? Purchased { get; init; }

    [Description("截至 12 月 31 日的公务用车保有量，按车型")]
    public VehicleFleet? Fleet { get; init; }

    [Description("较上年变动的主要原因（只在与上年比较的句子后写出；上年没有给出该项时不写）")]
    public string? Reason { get; init; }
}
