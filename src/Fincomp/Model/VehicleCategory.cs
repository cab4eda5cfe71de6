namespace Fincomp.Model;

/// <summary>
/// One vehicle use a pack's 国有资产 sentence names ("部级领导干部用车N辆"): its name, its key under
/// <c>assets.vehicles</c> (and the C# property the loader records it under), its count in the unit file, and whether the
/// sentence names it even at 0 (the template lists it) or only when the unit has such vehicles.
/// </summary>
internal sealed record VehicleCategory(string Name, string Key, string Property, Func<VehiclesByUse, int> Count, bool Always)
{
    /// <summary>Whether the unit wrote this use's count: an unwritten one is not given, never 0.</summary>
    public bool IsGiven(VehiclesByUse vehicles) => vehicles.IsWritten(Property);
}
