using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>国有资产占有使用情况 at 12-31. A figure left out is "not given", never 0: the report then does not state it.</summary>
public sealed record Assets : ModelNode
{
    [Description("车辆，按用途")]
    public VehiclesByUse? Vehicles { get; init; }

    [Description("单价 50 万元以上通用设备台（套）数")]
    public int? GeneralEquipmentOver50 { get; init; }

    [Description("单价 100 万元以上专用设备（不含车辆）台（套）数")]
    public int? SpecialEquipmentOver100 { get; init; }

    [Description("单价 100 万元（含）以上设备（不含车辆）台（套）数，通用与专用设备合计（上海格式写出）")]
    public int? EquipmentOver100 { get; init; }
}
