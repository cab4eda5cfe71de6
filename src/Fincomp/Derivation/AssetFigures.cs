using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// 国有资产占有使用情况: vehicles by use (the four uses the Sichuan text always names, plus any other use that has
/// vehicles) and the equipment counts. Each is null when the unit did not give it, so the text never states a count
/// the data did not give.
/// </summary>
public sealed record AssetFigures(IReadOnlyList<NamedCount>? VehicleUses, int? VehicleTotal, int? GeneralEquipment, int? SpecialEquipment)
{
    public static AssetFigures From(Assets assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var vehicles = assets.Vehicles;
        return new AssetFigures(vehicles is null ? null : UsesOf(vehicles), vehicles?.Total, assets.GeneralEquipmentOver50, assets.SpecialEquipmentOver100);
    }

    private static IReadOnlyList<NamedCount> UsesOf(VehiclesByUse vehicles)
    {
        var uses = new List<NamedCount>
        {
            new("主要领导干部用车", vehicles.Leaders),
            new("机要通信用车", vehicles.Confidential),
            new("应急保障用车", vehicles.Emergency),
        };
        if (vehicles.LawEnforcement != 0)
        {
            uses.Add(new("执法执勤用车", vehicles.LawEnforcement));
        }

        if (vehicles.SpecialPurpose != 0)
        {
            uses.Add(new("特种专业技术用车", vehicles.SpecialPurpose));
        }

        uses.Add(new("其他用车", vehicles.Other));
        return uses;
    }
}
