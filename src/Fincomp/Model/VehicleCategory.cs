namespace Fincomp.Model;

/// <summary>
/// One vehicle use a pack's 国有资产 sentence names ("部级领导干部用车N辆"): its name, its count in the unit file, and
/// whether the sentence names it even at 0 (the template lists it) or only when the unit has such vehicles.
/// </summary>
internal sealed record VehicleCategory(string Name, Func<VehiclesByUse, int> Count, bool Always);
