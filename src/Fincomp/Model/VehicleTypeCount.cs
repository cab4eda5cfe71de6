using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Vehicles of one type bought in the year and what they cost.</summary>
public sealed record VehicleTypeCount : ModelNode
{
    [Description("辆数")]
    public int Count { get; init; }

    [Description("金额（万元）")]
    public Money? Amount { get; init; }
}
