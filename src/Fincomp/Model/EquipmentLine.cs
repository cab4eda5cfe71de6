namespace Fincomp.Model;

/// <summary>
/// One equipment count a pack's 国有资产 sentence states, with its price threshold in the label ("单价100万元（含）以上
/// 设备（不含车辆）"), the unit-file key that gives it and its count there (null: not given).
/// </summary>
internal sealed record EquipmentLine(string Label, string Key, Func<Assets, int?> Count);
