namespace Fincomp.Model;

/// <summary>
/// What each pack's 国有资产占有使用情况 sentence names: the vehicle uses in its order and the equipment thresholds.
/// Sichuan states 单价50万元以上通用设备 and 单价100万元以上专用设备; the Shanghai 2024 template one count of
/// 单价100万元（含）以上设备 and all eight vehicle uses, each even at 0 (when the unit
/// wrote it: an unwritten use is never printed as 0).
/// </summary>
internal static class AssetCategories
{
    private static readonly VehicleCategory[] Sichuan =
    [
        new("部级领导干部用车", "ministerial", nameof(VehiclesByUse.Ministerial), v => v.Ministerial, false),
        new("主要领导干部用车", "leaders", nameof(VehiclesByUse.Leaders), v => v.Leaders, true),
        new("机要通信用车", "confidential", nameof(VehiclesByUse.Confidential), v => v.Confidential, true),
        new("应急保障用车", "emergency", nameof(VehiclesByUse.Emergency), v => v.Emergency, true),
        new("执法执勤用车", "law_enforcement", nameof(VehiclesByUse.LawEnforcement), v => v.LawEnforcement, false),
        new("特种专业技术用车", "special_purpose", nameof(VehiclesByUse.SpecialPurpose), v => v.SpecialPurpose, false),
        new("离退休干部用车", "retired", nameof(VehiclesByUse.Retired), v => v.Retired, false),
        new("其他用车", "other", nameof(VehiclesByUse.Other), v => v.Other, true),
    ];

    private static readonly VehicleCategory[] Shanghai = [.. Sichuan.Select(c => c with { Always = true })];

    private static readonly EquipmentLine[] SichuanEquipment =
    [
        new("单价50万元以上通用设备", "assets.general_equipment_over50", a => a.GeneralEquipmentOver50),
        new("单价100万元以上专用设备（不含车辆）", "assets.special_equipment_over100", a => a.SpecialEquipmentOver100),
    ];

    private static readonly EquipmentLine[] ShanghaiEquipment =
    [
        new("单价100万元（含）以上设备（不含车辆）", "assets.equipment_over100", a => a.EquipmentOver100),
    ];

    /// <summary>The vehicle uses the pack's sentence names, in its order.</summary>
    public static IReadOnlyList<VehicleCategory> Vehicles(this TemplatePack pack) => pack == TemplatePack.Shanghai ? Shanghai : Sichuan;

    /// <summary>The equipment counts the pack's sentence states, in its order.</summary>
    public static IReadOnlyList<EquipmentLine> Equipment(this TemplatePack pack) => pack == TemplatePack.Shanghai ? ShanghaiEquipment : SichuanEquipment;
}
