using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// 国有资产占有使用情况: vehicles by use and the equipment counts, as the pack's sentence names them
/// (<see cref="AssetCategories"/>): of the uses the unit wrote, those it always names plus any other that has vehicles.
/// A use the unit did not write is not listed (FC1002 names its key where the pack needs it), and each figure is null
/// when the unit did not give it, so the text never states a count the data did not give: the total of vehicles is
/// null unless every use is written, so a sum over the uses written is never stated as 共有车辆N辆.
/// </summary>
public sealed record AssetFigures(
    IReadOnlyList<NamedCount>? VehicleUses, int? VehicleTotal, int? GeneralEquipment, int? SpecialEquipment, IReadOnlyList<NamedEquipment> Equipment)
{
    public static AssetFigures From(Assets assets, TemplatePack pack = TemplatePack.Sichuan)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var vehicles = assets.Vehicles;
        var uses = vehicles is null
            ? null
            : pack.Vehicles().Where(c => c.IsGiven(vehicles) && (c.Always || c.Count(vehicles) != 0)).Select(c => new NamedCount(c.Name, c.Count(vehicles))).ToList();
        var equipment = pack.Equipment().Select(e => new NamedEquipment(e.Label, e.Count(assets))).ToList();
        // 共有车辆N辆 is the sum of every use: with one not written it is not known (the use left out is not 0).
        var total = vehicles is not null && pack.Vehicles().All(c => c.IsGiven(vehicles)) ? vehicles.Total : (int?)null;
        return new AssetFigures(uses, total, assets.GeneralEquipmentOver50, assets.SpecialEquipmentOver100, equipment);
    }
}
