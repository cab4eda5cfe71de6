using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// The three sets of "三公" amounts a unit states (预算, 决算, 上年) with their names, shared by the FC15xx rules. In
/// each set a part may be left out, and a part left out is not given rather than 0 (FC1002 names it this year).
/// </summary>
internal static class ThreePublicSets
{
    public static IEnumerable<(string Label, ThreePublicAmounts Amounts)> Of(UnitYear unit)
    {
        yield return ("预算数", unit.ThreePublic.Budget);
        yield return ("决算数", unit.ThreePublic.Actual);
        if (unit.Previous?.ThreePublic is { } previous)
        {
            yield return ("上年决算数", previous);
        }
    }

    public static Money?[] Parts(ThreePublicAmounts amounts) =>
        [amounts.Overseas, amounts.VehiclePurchase, amounts.VehicleOperation, amounts.DomesticReception, amounts.ForeignReception];
}
